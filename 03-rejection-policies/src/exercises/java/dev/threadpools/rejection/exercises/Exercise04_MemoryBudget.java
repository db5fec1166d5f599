package dev.threadpools.rejection.exercises;

import java.util.concurrent.ThreadPoolExecutor;

/**
 * Exercise 04: keep a fast producer within a memory budget, and lose nothing.
 *
 * <p>A producer reads records from a file far faster than {@code workers} threads can process them.
 * Each waiting task holds a record in memory, and the budget allows at most {@code maxQueuedTasks}
 * of them at any time. Choose the queue and the rejection policy, and configure the pool, so that
 * <ol>
 *   <li>the pool has exactly {@code workers} threads and never holds more than {@code maxQueuedTasks}
 *       tasks in its queue;</li>
 *   <li>while the pool runs, no task is dropped and the producer never gets an exception: a producer
 *       that is too fast is slowed down instead;</li>
 *   <li>after {@code shutdown()} a submitted task is not lost in silence: the producer gets a
 *       {@link java.util.concurrent.RejectedExecutionException};</li>
 *   <li>{@code workers < 1} or {@code maxQueuedTasks < 1} throw {@link IllegalArgumentException}.</li>
 * </ol>
 * Which built-in policy comes closest? Which of the rules does it break? (The README's section on
 * the handler after shutdown has the answer.)
 *
 * <p>Check: {@code ./mvnw -q test -pl 03-rejection-policies -Pexercises -Dexercise=04}
 */
public final class Exercise04_MemoryBudget {

    private Exercise04_MemoryBudget() {
    }

    public static ThreadPoolExecutor create(int workers, int maxQueuedTasks) {
        throw new UnsupportedOperationException("Exercise 04 is not solved yet. Hint: "
                + "new ArrayBlockingQueue<>(maxQueuedTasks), and a handler that runs the task on the caller "
                + "while the pool runs but throws once executor.isShutdown().");
    }
}
