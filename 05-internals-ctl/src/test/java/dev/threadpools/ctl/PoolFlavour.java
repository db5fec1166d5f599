package dev.threadpools.ctl;

import dev.threadpools.ctl.ObservablePool.Hooks;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** The two pools every contract case runs against. */
public enum PoolFlavour implements PoolFactory {

    JDK, SCRATCH;

    @Override
    public ObservablePool create(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, Policy policy, Hooks hooks) {
        return switch (this) {
            case JDK -> ObservablePool.jdk(core, max, keepAlive, unit, queue, threadFactory,
                    Policy.jdkHandler(policy), hooks);
            case SCRATCH -> ObservablePool.scratch(core, max, keepAlive, unit, queue, threadFactory,
                    Policy.scratchHandler(policy), hooks);
        };
    }
}
