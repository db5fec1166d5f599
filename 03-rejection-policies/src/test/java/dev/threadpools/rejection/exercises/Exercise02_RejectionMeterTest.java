package dev.threadpools.rejection.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import dev.threadpools.rejection.SaturatedPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_RejectionMeter.class)
class Exercise02_RejectionMeterTest {

    /** 20,000 counter increments take milliseconds: a caller still busy after this is stuck. */
    private static final Duration WITHIN = Duration.ofSeconds(3);

    @Test
    void countsRejectionsOfARunningPoolAsSaturatedAndLetsTheDelegateDecide() {
        var meter = new Exercise02_RejectionMeter(new ThreadPoolExecutor.DiscardPolicy());
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, meter)) {
            for (int i = 0; i < 3; i++) {
                saturated.executor().execute(saturated.task("dropped-" + i));
            }
            assertThat(meter.saturated()).as("meter over DiscardPolicy, 3 tasks rejected by a full running pool: "
                    + "saturated()").isEqualTo(3);
            assertThat(meter.afterShutdown()).as("meter over DiscardPolicy, 3 tasks rejected by a full running "
                    + "pool: afterShutdown()").isZero();
            assertThat(saturated.releaseAndAwaitTermination()).as("meter over DiscardPolicy, 3 tasks rejected by a "
                    + "full pool: the tasks that ran (the delegate, DiscardPolicy, must have dropped the 3)")
                    .containsExactly("queued-1");
        }
    }

    @Test
    void countsRejectionsAfterShutdownSeparately() {
        var meter = new Exercise02_RejectionMeter(new ThreadPoolExecutor.DiscardPolicy());
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, meter)) {
            saturated.executor().shutdown();
            saturated.executor().execute(saturated.task("late-1"));
            saturated.executor().execute(saturated.task("late-2"));

            assertThat(meter.afterShutdown()).as("meter over DiscardPolicy, 2 tasks rejected after shutdown(): "
                    + "afterShutdown()").isEqualTo(2);
            assertThat(meter.saturated()).as("meter over DiscardPolicy, 2 tasks rejected after shutdown(): "
                    + "saturated()").isZero();
        }
    }

    @Test
    void countsARejectionEvenWhenTheDelegateThrows() {
        var meter = new Exercise02_RejectionMeter(new ThreadPoolExecutor.AbortPolicy());
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, meter)) {
            assertThatThrownBy(() -> saturated.executor().execute(saturated.task("rejected")),
                    "meter over AbortPolicy, execute(task) on a full pool: the delegate's RejectedExecutionException "
                            + "must reach the caller").isInstanceOf(RejectedExecutionException.class);
            assertThat(meter.saturated()).as("meter over AbortPolicy, 1 task rejected by a full pool: saturated(), "
                    + "counted although the delegate threw").isEqualTo(1);
        }
    }

    @Test
    void theCountIsExactWhenManyProducersAreRejectedAtOnce() throws Exception {
        var meter = new Exercise02_RejectionMeter(new ThreadPoolExecutor.DiscardPolicy());
        int producers = 4;
        int perProducer = 5_000;
        ExecutorService threads = Executors.newFixedThreadPool(producers);
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, meter)) {
            CyclicBarrier start = new CyclicBarrier(producers);
            List<Future<?>> done = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < perProducer; i++) {
                        meter.rejectedExecution(() -> { }, saturated.executor());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                assertThat(future).as("%d threads each calling rejectedExecution %d times at once: each caller must "
                        + "return normally within %d ms", producers, perProducer, WITHIN.toMillis()).succeedsWithin(WITHIN);
            }
            assertThat(meter.saturated()).as("%d threads each calling rejectedExecution %d times at once: "
                    + "saturated() (no increment may be lost)", producers, perProducer)
                    .isEqualTo((long) producers * perProducer);
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                    .as("the test's %d calling threads ended", producers).isTrue();
        }
    }

    @Test
    void refusesANullDelegate() {
        assertThatThrownBy(() -> new Exercise02_RejectionMeter(null),
                "new Exercise02_RejectionMeter(null): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
    }
}
