package dev.threadpools.basics.exercises;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Reference solution of exercise 02; the task is described in the learner's copy. */
public final class Exercise02_InvokeAllWithDeadline {

    private Exercise02_InvokeAllWithDeadline() {
    }

    public static <T> List<T> gatherWithin(ExecutorService pool, List<? extends Callable<T>> tasks,
                                           Duration timeout, T fallback) throws InterruptedException {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(tasks, "tasks");
        if (timeout.isNegative()) { // also the null check
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        // invokeAll with a timeout returns by the deadline at the latest, every Future done: the ones
        // that had not finished are cancelled (and interrupted if they were running).
        List<? extends Future<T>> futures = pool.invokeAll(tasks, timeout.toNanos(), TimeUnit.NANOSECONDS);
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            results.add(future.state() == Future.State.SUCCESS ? future.resultNow() : fallback);
        }
        return results;
    }
}
