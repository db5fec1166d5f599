package dev.threadpools.shutdown.exercises;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Exercise 03: stop a pool and resume its backlog in another, losing nothing.
 *
 * <p>Implement {@link #resume} so that it
 * <ol>
 *   <li>stops {@code old} at once: running tasks are interrupted, queued tasks do not run there;</li>
 *   <li>hands every task that was still queued in {@code old} to {@code next}, in queue order, so that
 *       each runs exactly once overall;</li>
 *   <li>returns how many tasks {@code next} accepted, and the ones it rejected (in order) instead of
 *       dropping them;</li>
 *   <li>rejects a null pool with a {@link NullPointerException}.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 06-shutdown -Pexercises -Dexercise=03}
 */
public final class Exercise03_ResumeBacklog {

    /**
     * @param moved          how many tasks the next pool accepted
     * @param rejectedByNext the tasks the next pool refused, in queue order
     */
    public record Moved(int moved, List<Runnable> rejectedByNext) {
    }

    private Exercise03_ResumeBacklog() {
    }

    public static Moved resume(ExecutorService old, ExecutorService next) {
        throw new UnsupportedOperationException("Exercise 03 is not solved yet. Hint: shutdownNow() "
                + "returns the queue; execute() each task on next and catch RejectedExecutionException.");
    }
}
