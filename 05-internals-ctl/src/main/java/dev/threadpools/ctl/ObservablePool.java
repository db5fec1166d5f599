package dev.threadpools.ctl;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the lesson reads from a pool: the ctl word and the {@code ThreadPoolExecutor} getters and
 * setters. Both {@link JdkObservablePool} (the JDK's pool) and {@link ScratchThreadPoolExecutor}
 * (ours) implement it with the JDK's method names, so a demo or a test written against this
 * interface runs unchanged on both.
 *
 * <p>{@link #jdk} and {@link #scratch} make the two pools the same way, with their three hooks given
 * as {@link Hooks}: the walkthrough (so the demos) and the contract tests make their pools here.
 */
public interface ObservablePool extends ExecutorService {

    /**
     * The current ctl word.
     *
     * @return run state in the high 3 bits, worker count in the low 29 (see {@link CtlBits})
     */
    int ctl();

    /** {@return the number of workers kept even when idle (unless core threads may time out)} */
    int getCorePoolSize();

    /**
     * Changes the core size while the pool runs.
     *
     * @param corePoolSize the new core size, from 0 to the maximum size
     */
    void setCorePoolSize(int corePoolSize);

    /** {@return the most workers the pool may have} */
    int getMaximumPoolSize();

    /**
     * Changes the maximum size while the pool runs.
     *
     * @param maximumPoolSize the new maximum, positive and at least the core size
     */
    void setMaximumPoolSize(int maximumPoolSize);

    /**
     * {@return how long a worker that may time out waits for a task before it leaves}
     *
     * @param unit the unit of the result
     */
    long getKeepAliveTime(TimeUnit unit);

    /**
     * Changes the keep-alive time while the pool runs.
     *
     * @param time how long a worker that may time out waits for a task; not negative
     * @param unit the unit of {@code time}
     */
    void setKeepAliveTime(long time, TimeUnit unit);

    /** {@return whether core workers time out like the others} */
    boolean allowsCoreThreadTimeOut();

    /**
     * Lets core workers time out like the others, or not.
     *
     * @param value true to let them time out (needs a positive keep-alive time)
     */
    void allowCoreThreadTimeOut(boolean value);

    /**
     * Starts one core worker ahead of any task.
     *
     * @return false if the core is already full
     */
    boolean prestartCoreThread();

    /**
     * Starts every missing core worker ahead of any task.
     *
     * @return how many were started
     */
    int prestartAllCoreThreads();

    /** {@return the workers the pool holds now} */
    int getPoolSize();

    /** {@return about how many workers are running a task now} */
    int getActiveCount();

    /** {@return the most workers the pool has held at once} */
    int getLargestPoolSize();

    /** {@return about how many tasks have ever been scheduled: completed, running and queued} */
    long getTaskCount();

    /** {@return about how many tasks have completed} */
    long getCompletedTaskCount();

    /** {@return the queue of waiting tasks, for watching and debugging only} */
    BlockingQueue<Runnable> getQueue();

    /**
     * Takes a task out of the queue, so that it never runs.
     *
     * @param task the task to take out
     * @return whether it was queued
     */
    boolean remove(Runnable task);

    /** Takes every cancelled {@code Future} out of the queue. */
    void purge();

    /** {@return whether the pool is shut down but not yet terminated} */
    boolean isTerminating();

    /**
     * A pool's three hooks ({@code beforeExecute}, {@code afterExecute}, {@code terminated}) as
     * callbacks, so that one caller can give the same hooks to either pool; the defaults do nothing.
     */
    interface Hooks {

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
    static ObservablePool jdk(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, RejectedExecutionHandler handler, Hooks hooks) {
        Objects.requireNonNull(hooks, "hooks");
        // This body and the one in scratch() are alike on purpose: a pool takes its hooks only by
        // being subclassed (they are protected methods, as in the JDK), and the two pools share no
        // superclass that has them, so each needs its own subclass. Everything else is shared.
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

    /** This module's {@link ScratchThreadPoolExecutor}, with {@code hooks}; see {@link #jdk}. */
    static ObservablePool scratch(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, ScratchThreadPoolExecutor.RejectionHandler handler, Hooks hooks) {
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
}
