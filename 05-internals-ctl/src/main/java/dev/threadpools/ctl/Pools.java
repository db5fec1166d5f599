package dev.threadpools.ctl;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The two pools of this module made the same way, with their three hooks given as callbacks, so
 * that the walkthrough, the demos and the contract tests run identical pools of either kind.
 *
 * <p>Each pool takes its hooks by being subclassed ({@code beforeExecute}, {@code afterExecute} and
 * {@code terminated} are protected methods, as in the JDK), and the two pools share no superclass
 * that has them, so each kind needs its own subclass: the one pair of look-alike classes here.
 */
public final class Pools {

    private Pools() {
    }

    /** A pool's three hooks as callbacks; the defaults do nothing. */
    public interface Hooks {

        /** No hook does anything: the pool as constructed. */
        Hooks NONE = new Hooks() { };

        default void beforeExecute(Thread thread, Runnable task) {
        }

        default void afterExecute(Runnable task, Throwable failure) {
        }

        /** @param pool the pool whose {@code terminated()} is running (in TIDYING) */
        default void terminated(ObservablePool pool) {
        }

        /** Hooks that only call {@code inTerminated} from {@code terminated()}. */
        static Hooks onTerminated(Consumer<ObservablePool> inTerminated) {
            Objects.requireNonNull(inTerminated, "inTerminated");
            return new Hooks() {
                @Override
                public void terminated(ObservablePool pool) {
                    inTerminated.accept(pool);
                }
            };
        }
    }

    /** The JDK's {@code ThreadPoolExecutor}, its ctl word readable, with {@code hooks}. */
    public static ObservablePool jdk(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, RejectedExecutionHandler handler, Hooks hooks) {
        Objects.requireNonNull(hooks, "hooks");
        return new JdkObservablePool(core, max, keepAlive, unit, queue, threadFactory, handler) {
            @Override
            protected void beforeExecute(Thread thread, Runnable task) {
                hooks.beforeExecute(thread, task);
            }

            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                hooks.afterExecute(task, failure);
            }

            @Override
            protected void terminated() {
                hooks.terminated(this);
            }
        };
    }

    /** This module's {@link ScratchThreadPoolExecutor}, with {@code hooks}. */
    public static ObservablePool scratch(int core, int max, long keepAlive, TimeUnit unit,
            BlockingQueue<Runnable> queue, ThreadFactory threadFactory,
            ScratchThreadPoolExecutor.RejectionHandler handler, Hooks hooks) {
        Objects.requireNonNull(hooks, "hooks");
        return new ScratchThreadPoolExecutor(core, max, keepAlive, unit, queue, threadFactory, handler) {
            @Override
            protected void beforeExecute(Thread thread, Runnable task) {
                hooks.beforeExecute(thread, task);
            }

            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                hooks.afterExecute(task, failure);
            }

            @Override
            protected void terminated() {
                hooks.terminated(this);
            }
        };
    }

    /** The walkthrough's JDK pool: abort policy, {@code inTerminated} called from {@code terminated()}. */
    public static ObservablePool jdk(int core, int max, long keepAliveMillis, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, Consumer<ObservablePool> inTerminated) {
        return jdk(core, max, keepAliveMillis, TimeUnit.MILLISECONDS, queue, threadFactory,
                new ThreadPoolExecutor.AbortPolicy(), Hooks.onTerminated(inTerminated));
    }

    /** The walkthrough's scratch pool, made as {@link #jdk(int, int, long, BlockingQueue, ThreadFactory, Consumer)}. */
    public static ObservablePool scratch(int core, int max, long keepAliveMillis, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, Consumer<ObservablePool> inTerminated) {
        return scratch(core, max, keepAliveMillis, TimeUnit.MILLISECONDS, queue, threadFactory,
                new ScratchThreadPoolExecutor.AbortPolicy(), Hooks.onTerminated(inTerminated));
    }
}
