package dev.threadpools.basics.exercises;

import java.util.concurrent.Future;

/**
 * Exercise 03: make a task's failure visible to its caller, in its own type.
 *
 * <p>{@code submit} keeps a task's exception inside the Future, and {@code get()} hands it back
 * wrapped in an {@code ExecutionException}: callers end up with {@code catch (ExecutionException e)}
 * blocks that forget to look at the cause. Implement {@link #join} so that it waits for the task and
 * <ol>
 *   <li>returns the task's result when it succeeded;</li>
 *   <li>rethrows the very same exception object when the task threw a {@code RuntimeException} or
 *       an {@code Error} (not a copy, not wrapped);</li>
 *   <li>throws a {@code java.util.concurrent.CompletionException} whose cause is the task's
 *       exception when the task threw a checked exception;</li>
 *   <li>throws {@code CancellationException} when the task was cancelled;</li>
 *   <li>throws {@link NullPointerException} if {@code future} is null.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 01-basics -Pexercises -Dexercise=03}
 */
public final class Exercise03_SurfaceTheFailure {

    private Exercise03_SurfaceTheFailure() {
    }

    public static <T> T join(Future<T> future) throws InterruptedException {
        throw new UnsupportedOperationException("Exercise 03 is not solved yet. Hint: "
                + "call future.get(), catch ExecutionException and look at getCause(): "
                + "rethrow it if it is a RuntimeException or an Error, wrap it otherwise.");
    }
}
