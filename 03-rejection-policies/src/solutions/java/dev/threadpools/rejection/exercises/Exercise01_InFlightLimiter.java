package dev.threadpools.rejection.exercises;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reference solution of exercise 01; the task is described in the learner's copy. */
public final class Exercise01_InFlightLimiter {

    private final Executor executor;
    private final int maxInFlight;
    /** Invariant: available permits + tasks handed over and not yet finished == maxInFlight. */
    private final Semaphore permits;

    public Exercise01_InFlightLimiter(Executor executor, int maxInFlight) {
        this.executor = Objects.requireNonNull(executor, "executor");
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        this.permits = new Semaphore(maxInFlight);
    }

    public void execute(Runnable task, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(unit, "unit");
        if (!permits.tryAcquire(timeout, unit)) {
            throw new RejectedExecutionException("no room within " + timeout + " " + unit
                    + ": " + maxInFlight + " tasks in flight");
        }
        // Exactly one release per acquire: by the task when it ends (however it ends), or here if the
        // executor refuses it. The flag matters for an executor that runs the task on this thread
        // and lets its exception through: both paths would otherwise release.
        AtomicBoolean permitHeld = new AtomicBoolean(true);
        Runnable releaseOnce = () -> {
            if (permitHeld.compareAndSet(true, false)) {
                permits.release();
            }
        };
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    releaseOnce.run();
                }
            });
        } catch (RuntimeException | Error e) {
            releaseOnce.run();
            throw e;
        }
    }

    public int inFlight() {
        return maxInFlight - permits.availablePermits();
    }
}
