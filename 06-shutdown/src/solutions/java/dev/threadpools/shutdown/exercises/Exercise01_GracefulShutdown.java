package dev.threadpools.shutdown.exercises;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 01, reference solution: the two-phase shutdown that keeps what never ran.
 */
public final class Exercise01_GracefulShutdown {

    private Exercise01_GracefulShutdown() {
    }

    public static List<Runnable> shutdownGracefully(ExecutorService pool, Duration drain, Duration cancel) {
        Objects.requireNonNull(pool, "pool");
        requireNotNegative(drain, "drain");
        requireNotNegative(cancel, "cancel");
        pool.shutdown();
        List<Runnable> neverRun = new ArrayList<>();
        try {
            if (!pool.awaitTermination(drain.toNanos(), TimeUnit.NANOSECONDS)) {
                neverRun.addAll(pool.shutdownNow());
                pool.awaitTermination(cancel.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            neverRun.addAll(pool.shutdownNow());
            Thread.currentThread().interrupt();
        }
        return neverRun;
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }
}
