package dev.threadpools.shutdown.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Exercise 03, reference solution: stop a pool and hand its backlog to another.
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
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(next, "next");
        int moved = 0;
        List<Runnable> rejected = new ArrayList<>();
        for (Runnable task : old.shutdownNow()) {
            try {
                next.execute(task);
                moved++;
            } catch (RejectedExecutionException e) {
                rejected.add(task);
            }
        }
        return new Moved(moved, List.copyOf(rejected));
    }
}
