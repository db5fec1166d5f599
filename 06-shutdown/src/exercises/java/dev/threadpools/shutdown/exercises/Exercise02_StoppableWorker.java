package dev.threadpools.shutdown.exercises;

import java.util.concurrent.BlockingQueue;

/**
 * Exercise 02: make an interrupt-deaf task stoppable.
 *
 * <p>This worker cannot be stopped by {@code shutdownNow()}, which only interrupts its thread:
 * <pre>{@code
 * public void run() {
 *     while (true) {
 *         long n;
 *         try {
 *             n = work.take();
 *         } catch (InterruptedException e) {
 *             continue;                               // swallowed: the interrupt is gone
 *         }
 *         for (long round = 0; round < n; round++) {  // never looks at the interrupt status
 *             Thread.onSpinWait();
 *         }
 *         sum += n;
 *     }
 * }
 * }</pre>
 *
 * <p>Write the same worker so that
 * <ol>
 *   <li>it takes each number {@code n} from {@code work}, spends {@code n} rounds of busy work on it
 *       ({@link #FOREVER} never finishes), then adds {@code n} to {@link #sum()};</li>
 *   <li>{@link #inProgress()} is the number being worked on, or -1 while it waits for the next;</li>
 *   <li>an interrupt ends {@code run()} promptly, whether it arrives while the worker waits for work or
 *       while it is in the middle of the busy work; a number it did not finish is not added;</li>
 *   <li>when {@code run()} ends because of an interrupt, the thread's interrupt status is still set,
 *       so that the code that runs the task sees it too;</li>
 *   <li>a null queue is rejected with a {@link NullPointerException}.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 06-shutdown -Pexercises -Dexercise=02}
 */
public final class Exercise02_StoppableWorker implements Runnable {

    /** A number whose busy work never ends. */
    public static final long FOREVER = Long.MAX_VALUE;

    public Exercise02_StoppableWorker(BlockingQueue<Long> work) {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: keep the queue in "
                + "a field and the sum and the number in progress in volatile fields.");
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: let take() throw "
                + "InterruptedException out of the loop, check Thread.currentThread().isInterrupted() in "
                + "the busy loop, and re-interrupt the thread in the catch block.");
    }

    public long sum() {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet.");
    }

    public long inProgress() {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet.");
    }
}
