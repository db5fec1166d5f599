package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What happens to an exception thrown by a task, depending on how the task was handed over (Demo03).
 * The pool has one thread, so "the task ran on another thread" can only mean the worker was replaced.
 */
class ExecuteVsSubmitTest {

    private final IllegalStateException failure = new IllegalStateException("boom");
    private final Runnable failing = () -> {
        throw failure;
    };
    /** Completed by the handler with the thread that died and what it died of. */
    private final CompletableFuture<Thread> diedThread = new CompletableFuture<>();
    private final CompletableFuture<Throwable> diedOf = new CompletableFuture<>();
    private final NamedThreadFactory threads = new NamedThreadFactory("worker", () -> { }, (thread, thrown) -> {
        diedOf.complete(thrown);
        diedThread.complete(thread);
    });
    private final ExecutorService pool = Executors.newFixedThreadPool(1, threads);

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void executeHandsTheExceptionToTheUncaughtExceptionHandlerOfTheWorker() throws Exception {
        pool.execute(failing);

        assertThat(diedOf.get(5, TimeUnit.SECONDS)).isSameAs(failure);
        assertThat(diedThread.get().getName()).isEqualTo("worker_0");
    }

    @Test
    void executeKillsTheWorkerAndThePoolReplacesIt() throws Exception {
        pool.execute(failing);
        Thread dead = diedThread.get(5, TimeUnit.SECONDS);
        dead.join(5_000);

        assertThat(dead.isAlive()).as("the worker that threw has ended").isFalse();
        assertThat(pool.submit(() -> Thread.currentThread().getName()).get())
                .as("the next task runs on a new worker").isEqualTo("worker_1");
        assertThat(threads.created()).isEqualTo(2);
    }

    @Claim("J15")
    @Test
    void submitKeepsTheExceptionInTheFutureUntilGet() throws Exception {
        Future<?> future = pool.submit(failing);

        assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class).cause().isSameAs(failure);
        assertThat(future.state()).isEqualTo(Future.State.FAILED);
        assertThat(future.exceptionNow()).isSameAs(failure);
    }

    @Test
    void submitNeitherKillsTheWorkerNorCallsTheHandler() throws Exception {
        Future<?> future = pool.submit(failing);
        // Same single worker: the next task can only start after the failing one has finished.
        assertThat(pool.submit(() -> Thread.currentThread().getName()).get()).isEqualTo("worker_0");

        assertThat(future.isDone()).isTrue();
        assertThat(threads.created()).as("no replacement was needed").isEqualTo(1);
        assertThat(diedThread).as("the UncaughtExceptionHandler was never called").isNotDone();
    }
}
