package dev.threadpools.basics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Exercise(Exercise03_SurfaceTheFailure.class)
class Exercise03_SurfaceTheFailureTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void closePool() {
        pool.close();
    }

    private <T> Future<T> run(Callable<T> task) {
        return pool.submit(task);
    }

    @Test
    void returnsTheResultOfATaskThatSucceeded() throws Exception {
        assertThat(Exercise03_SurfaceTheFailure.join(run(() -> 42)))
                .as("join(future of a task that returned 42): the task's result").isEqualTo(42);
    }

    @Test
    void rethrowsTheSameRuntimeExceptionTheTaskThrew() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> Exercise03_SurfaceTheFailure.join(run(() -> {
            throw failure;
        })), "join(future of a task that threw IllegalStateException(\"boom\")): expected that very exception, "
                + "not wrapped").isSameAs(failure);
    }

    @Test
    void rethrowsTheSameErrorTheTaskThrew() {
        AssertionError failure = new AssertionError("invariant broken");

        assertThatThrownBy(() -> Exercise03_SurfaceTheFailure.join(run(() -> {
            throw failure;
        })), "join(future of a task that threw AssertionError(\"invariant broken\")): expected that very "
                + "Error, not wrapped").isSameAs(failure);
    }

    @Test
    void wrapsACheckedExceptionInACompletionException() {
        IOException failure = new IOException("disk on fire");

        assertThatThrownBy(() -> Exercise03_SurfaceTheFailure.join(run(() -> {
            throw failure;
        })), "join(future of a task that threw IOException(\"disk on fire\")): expected a CompletionException "
                + "whose cause is that IOException").isInstanceOf(CompletionException.class).cause().isSameAs(failure);
    }

    @Test
    void throwsCancellationExceptionForACancelledTask() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        pool.submit(() -> {
            release.await(); // keeps the only thread busy, so the next task stays queued
            return null;
        });
        Future<String> queued = run(() -> "never");
        queued.cancel(false);
        release.countDown();

        assertThatThrownBy(() -> Exercise03_SurfaceTheFailure.join(queued),
                "join(future of a task cancelled before it ran): expected a CancellationException")
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void rejectsANullFuture() {
        assertThatThrownBy(() -> Exercise03_SurfaceTheFailure.join(null),
                "join(null): expected a NullPointerException").isInstanceOf(NullPointerException.class);
    }
}
