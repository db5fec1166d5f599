package dev.threadpools.basics.exercises;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * Exercise 05: limit how many virtual threads use a scarce resource at once.
 *
 * <p>Virtual threads are cheap, so there is no point pooling them; but the database behind them
 * still has only {@code maxConcurrent} connections. A pool size is the wrong tool for that limit; a
 * {@link java.util.concurrent.Semaphore} is the right one. Implement {@link #runAllCapped} so that it
 * <ol>
 *   <li>runs every task on a virtual thread of its own;</li>
 *   <li>never has more than {@code maxConcurrent} tasks running at the same time, and does reach
 *       {@code maxConcurrent} when there is enough work;</li>
 *   <li>returns the results in the order of {@code tasks}; if a task failed, throws the
 *       {@link ExecutionException} that its Future throws, after every task has finished;</li>
 *   <li>keeps going after a failure: a failed task must not hold on to its share of the limit;</li>
 *   <li>throws {@link IllegalArgumentException} if {@code maxConcurrent < 1} and
 *       {@link NullPointerException} if {@code tasks} is null.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 01-basics -Pexercises -Dexercise=05}
 */
public final class Exercise05_CapVirtualThreads {

    private Exercise05_CapVirtualThreads() {
    }

    public static <T> List<T> runAllCapped(List<? extends Callable<T>> tasks, int maxConcurrent)
            throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("Exercise 05 is not solved yet. Hint: "
                + "Executors.newVirtualThreadPerTaskExecutor() in try-with-resources; wrap each task so "
                + "that it acquire()s a Semaphore(maxConcurrent) first and release()s it in a finally block.");
    }
}
