package dev.threadpools.basics.exercises;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * Exercise 01: replace thread-per-task with a pool.
 *
 * <p>Today this code runs every task on a thread of its own:
 * <pre>{@code
 * for (Callable<T> task : tasks) {
 *     new Thread(() -> results.add(task.call())).start();   // one thread per task
 * }
 * }</pre>
 *
 * <p>Implement {@link #runAll} so that it
 * <ol>
 *   <li>runs every task on a pool of at most {@code poolSize} threads, all made by
 *       {@code threadFactory};</li>
 *   <li>returns the results in the order of {@code tasks} (not in the order they finish);</li>
 *   <li>leaves no thread running when it returns: the pool is yours to shut down;</li>
 *   <li>rejects {@code poolSize < 1} with an {@link IllegalArgumentException}.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 01-basics -Pexercises -Dexercise=01}
 */
public final class Exercise01_PoolInsteadOfThreads {

    private Exercise01_PoolInsteadOfThreads() {
    }

    public static <T> List<T> runAll(List<Callable<T>> tasks, int poolSize, ThreadFactory threadFactory)
            throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: "
                + "Executors.newFixedThreadPool(poolSize, threadFactory) in a try-with-resources block; "
                + "submit each task, keep the Futures in a list, and read them in order with get().");
    }
}
