package dev.threadpools.basics.exercises;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * Exercise 02: gather the results of a batch, but do not wait past a deadline.
 *
 * <p>A page calls several services and must render within {@code timeout}, with a placeholder for
 * any part that failed or was too slow. Implement {@link #gatherWithin} so that it
 * <ol>
 *   <li>runs every task on {@code pool} (the pool is the caller's: do not shut it down);</li>
 *   <li>returns one element per task, in the order of {@code tasks}: the task's result if it
 *       succeeded, {@code fallback} if it threw or had not finished when {@code timeout} ran out;</li>
 *   <li>returns by the deadline (plus scheduling noise) even if a task never finishes, and cancels
 *       such a task with an interrupt so that it does not keep a pool thread busy;</li>
 *   <li>throws {@link NullPointerException} if {@code pool}, {@code tasks} or {@code timeout} is null
 *       and {@link IllegalArgumentException} if {@code timeout} is negative.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 01-basics -Pexercises -Dexercise=02}
 */
public final class Exercise02_InvokeAllWithDeadline {

    private Exercise02_InvokeAllWithDeadline() {
    }

    public static <T> List<T> gatherWithin(ExecutorService pool, List<? extends Callable<T>> tasks,
                                           Duration timeout, T fallback) throws InterruptedException {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: "
                + "pool.invokeAll(tasks, timeout, unit) cancels whatever is not done by the deadline; "
                + "then Future.state() tells SUCCESS from FAILED and CANCELLED, and resultNow() reads a value.");
    }
}
