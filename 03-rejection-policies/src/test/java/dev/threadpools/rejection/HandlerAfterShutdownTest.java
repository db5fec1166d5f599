package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The handler is also called for every task submitted after {@code shutdown()}, whether the pool is
 * full or not. Here the pool is shut down while its worker is still blocked and one task is queued
 * (state SHUTDOWN: queued work still runs, new work is refused), with room left in the queue, so the
 * only reason for the rejection is the shutdown.
 *
 * <p>Only {@code AbortPolicy} tells the producer. The other three built-in policies lose the task
 * without a trace: {@code CallerRunsPolicy} and {@code DiscardOldestPolicy} check
 * {@code isShutdown()} and then do nothing, {@code DiscardPolicy} never does anything.
 */
class HandlerAfterShutdownTest {

    /** Counts the calls, then lets the real policy act: proves the handler was reached. */
    private final AtomicInteger handlerCalls = new AtomicInteger();

    private SaturatedPool shutDownWithRoomInTheQueue(RejectedExecutionHandler policy) {
        SaturatedPool saturated = new SaturatedPool(1, new ArrayBlockingQueue<>(10),
                (task, executor) -> {
                    handlerCalls.incrementAndGet();
                    policy.rejectedExecution(task, executor);
                });
        saturated.executor().execute(saturated.task("queued-before-shutdown"));
        saturated.executor().shutdown();
        return saturated;
    }

    @Claim("J26")
    @Test
    void abortPolicyThrowsAfterShutdown() {
        try (SaturatedPool saturated = shutDownWithRoomInTheQueue(new ThreadPoolExecutor.AbortPolicy())) {
            assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                    .isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("Shutting down");
            assertThat(handlerCalls).hasValue(1);
            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-before-shutdown");
        }
    }

    @Claim({"J37", "J77", "J88", "J96"})
    @Test
    void callerRunsPolicyDropsTheTaskSilentlyAfterShutdown() {
        try (SaturatedPool saturated = shutDownWithRoomInTheQueue(new ThreadPoolExecutor.CallerRunsPolicy())) {
            saturated.executor().execute(saturated.task("late"));   // no exception, and not run here

            assertThat(handlerCalls).hasValue(1);
            assertThat(saturated.ranLabels()).isEmpty();
            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-before-shutdown");
        }
    }

    @Test
    void discardPolicyDropsTheTaskSilentlyAfterShutdown() {
        try (SaturatedPool saturated = shutDownWithRoomInTheQueue(new ThreadPoolExecutor.DiscardPolicy())) {
            saturated.executor().execute(saturated.task("late"));

            assertThat(handlerCalls).hasValue(1);
            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-before-shutdown");
        }
    }

    @Claim({"J40", "J88"})
    @Test
    void discardOldestPolicyDropsTheNewTaskAfterShutdownAndKeepsTheQueuedOne() {
        try (SaturatedPool saturated = shutDownWithRoomInTheQueue(new ThreadPoolExecutor.DiscardOldestPolicy())) {
            saturated.executor().execute(saturated.task("late"));

            assertThat(handlerCalls).hasValue(1);
            assertThat(saturated.executor().getQueue()).as("the oldest task was not polled").hasSize(1);
            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-before-shutdown");
        }
    }

    @Test
    void aTaskSubmittedAfterShutdownToASilentPolicyHasAFutureThatNeverCompletes() {
        try (SaturatedPool saturated = shutDownWithRoomInTheQueue(new ThreadPoolExecutor.CallerRunsPolicy())) {
            Future<?> late = saturated.executor().submit(saturated.task("late"));

            saturated.releaseAndAwaitTermination();

            assertThat(late).isNotDone();
            assertThatThrownBy(() -> late.get(50, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        }
    }
}
