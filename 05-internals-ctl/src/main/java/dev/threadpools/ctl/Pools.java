package dev.threadpools.ctl;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The two pools of this module made the same way, with the default abort policy and a callback
 * from {@code terminated()}. Both methods fit {@link CtlWalkthrough.PoolMaker}.
 */
public final class Pools {

    private Pools() {
    }

    /** The JDK's {@code ThreadPoolExecutor}. */
    public static ObservablePool jdk(int core, int max, long keepAliveMillis, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, Consumer<ObservablePool> inTerminated) {
        return new JdkObservablePool(core, max, keepAliveMillis, TimeUnit.MILLISECONDS, queue, threadFactory,
                new ThreadPoolExecutor.AbortPolicy()) {
            @Override
            protected void terminated() {
                inTerminated.accept(this);
            }
        };
    }

    /** This module's {@link ScratchThreadPoolExecutor}. */
    public static ObservablePool scratch(int core, int max, long keepAliveMillis, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, Consumer<ObservablePool> inTerminated) {
        return new ScratchThreadPoolExecutor(core, max, keepAliveMillis, TimeUnit.MILLISECONDS, queue, threadFactory,
                new ScratchThreadPoolExecutor.AbortPolicy()) {
            @Override
            protected void terminated() {
                inTerminated.accept(this);
            }
        };
    }
}
