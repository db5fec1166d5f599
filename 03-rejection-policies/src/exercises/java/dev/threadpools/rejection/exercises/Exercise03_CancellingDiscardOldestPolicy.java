package dev.threadpools.rejection.exercises;

import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Exercise 03: discard without leaving anyone waiting forever.
 *
 * <p>{@code DiscardOldestPolicy} throws away a queued task and leaves its {@code Future} incomplete:
 * whoever calls {@code get()} on it waits forever (see Demo04). After {@code shutdown()} it does the
 * same to the new task, and over a {@code SynchronousQueue} it recurses until the stack overflows
 * (see Demo03).
 *
 * <p>Implement {@link #rejectedExecution} so that
 * <ol>
 *   <li>while the pool runs, it removes the head of the queue, <em>cancels</em> it if it is a
 *       {@link java.util.concurrent.Future} (as {@code submit} makes it), and hands {@code task} to
 *       {@code executor.execute} again;</li>
 *   <li>if the queue has no head to remove, it does not call {@code execute} again: it cancels
 *       {@code task} instead (if it is a Future);</li>
 *   <li>after {@code shutdown()} it cancels {@code task} (if it is a Future) and touches nothing else.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 03-rejection-policies -Pexercises -Dexercise=03}
 */
public final class Exercise03_CancellingDiscardOldestPolicy implements RejectedExecutionHandler {

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
        throw new UnsupportedOperationException("Exercise 03 is not solved yet. Hint: "
                + "executor.getQueue().poll(), then 'if (discarded instanceof Future<?> f) f.cancel(false)'.");
    }
}
