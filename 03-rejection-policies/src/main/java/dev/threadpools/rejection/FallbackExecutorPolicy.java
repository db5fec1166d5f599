package dev.threadpools.rejection;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Hands a rejected task to another executor: the "overflow" pool.
 *
 * <p>Right when the overflow has somewhere else to go: a second pool with its own, separate limit
 * (a degraded path, a different downstream), or a bulkhead that keeps a slow class of work from
 * starving the rest. The producer is not slowed and the task is not lost as long as the fallback
 * accepts it; if the fallback rejects too, its {@code RejectedExecutionException} reaches the producer.
 *
 * <p>After {@code shutdown()} of the primary pool the task is rejected, not forwarded: a pool that is
 * shutting down promised to take no new work, and forwarding would let work start after its owner
 * believes it has stopped.
 *
 * <h2>Failure modes</h2>
 * <ul>
 *   <li>A fallback with an unbounded queue only moves the overload, and hides it: the primary never
 *       looks full. Bound the fallback too, and count what it receives.</li>
 *   <li>If both pools call the same slow downstream, the fallback adds load where it hurts.</li>
 *   <li>Tasks on the fallback miss the primary's hooks, thread names and thread-local context, and
 *       run out of order with the primary's queue.</li>
 *   <li>The fallback has a lifecycle of its own: shut it down after the primary.</li>
 * </ul>
 */
public final class FallbackExecutorPolicy implements RejectedExecutionHandler {

    private final Executor fallback;

    /** @throws NullPointerException if {@code fallback} is null */
    public FallbackExecutorPolicy(Executor fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
        QueueHandOff.rejectIfShutdown(task, executor);
        fallback.execute(task);
    }
}
