package dev.threadpools.anatomy;

/**
 * What a {@link HookedThreadPoolExecutor} tells an observer. Each method has an empty default, so an
 * observer implements only what it needs.
 *
 * <p>Threading: {@link #beforeTask} and {@link #afterTask} run on the worker thread that runs the
 * task, immediately around it, so a {@code ThreadLocal} set or read there is the task's own.
 * {@link #terminated} runs once, on whichever thread finishes the pool off. A hook that throws is not
 * swallowed: from {@code beforeTask} the task does not run; from either hook the worker dies and the
 * pool replaces it. Keep hooks short and safe.
 */
public interface PoolHooks {

    /** Called on {@code worker} just before it runs {@code task}. */
    default void beforeTask(Thread worker, Runnable task) {
    }

    /**
     * Called on the worker right after {@code task} ended.
     *
     * @param failure what the task threw, or {@code null} if it completed normally. For tasks passed to
     *                {@code submit} this is the exception the {@code Future} holds, which the bare
     *                {@code afterExecute} hook never sees (see {@link HookedThreadPoolExecutor}).
     */
    default void afterTask(Runnable task, Throwable failure) {
    }

    /** Called once when the pool has terminated: shut down, queue empty, every worker gone. */
    default void terminated() {
    }
}
