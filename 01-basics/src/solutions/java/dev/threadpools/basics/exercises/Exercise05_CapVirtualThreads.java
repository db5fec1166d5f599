package dev.threadpools.basics.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** Reference solution of exercise 05; the task is described in the learner's copy. */
public final class Exercise05_CapVirtualThreads {

    private Exercise05_CapVirtualThreads() {
    }

    public static <T> List<T> runAllCapped(List<? extends Callable<T>> tasks, int maxConcurrent)
            throws InterruptedException, ExecutionException {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be positive, was " + maxConcurrent);
        }
        Semaphore permits = new Semaphore(maxConcurrent);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>(tasks.size()); // NPE here if tasks is null
            for (Callable<T> task : tasks) {
                // The permit is taken inside the task: a virtual thread blocked on a semaphore costs
                // next to nothing, and the submitting thread never waits.
                futures.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        return task.call();
                    } finally {
                        permits.release(); // also when the task fails, or the next one never starts
                    }
                }));
            }
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
