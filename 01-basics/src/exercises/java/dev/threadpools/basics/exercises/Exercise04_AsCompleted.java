package dev.threadpools.basics.exercises;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Exercise 04: Python's {@code as_completed} in Java: handle each result as soon as it is ready.
 *
 * <pre>
 * futures = [executor.submit(task) for task in tasks]
 * for future in as_completed(futures):
 *     action(future.result())
 * </pre>
 * Implement {@link #forEachAsCompleted} so that it
 * <ol>
 *   <li>runs every task on {@code executor} (the caller's: do not shut it down);</li>
 *   <li>calls {@code action} on the calling thread with each successful result, in the order the
 *       tasks <em>finish</em>, not the order they were submitted: a slow first task must not hold
 *       back the results of the others;</li>
 *   <li>skips failed tasks and returns how many failed;</li>
 *   <li>returns after every task has finished;</li>
 *   <li>throws {@link NullPointerException} if any argument is null.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 01-basics -Pexercises -Dexercise=04}
 */
public final class Exercise04_AsCompleted {

    private Exercise04_AsCompleted() {
    }

    public static <T> int forEachAsCompleted(Executor executor, List<? extends Callable<T>> tasks,
                                             Consumer<? super T> action) throws InterruptedException {
        throw new UnsupportedOperationException("Exercise 04 is not solved yet. Hint: "
                + "new ExecutorCompletionService<>(executor); submit every task to it, then take() "
                + "as many Futures as there were tasks: each comes out when its task is done.");
    }
}
