package dev.threadpools.rejection.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import dev.threadpools.rejection.SaturatedPool;
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

    @Test
    void countsRejectionsOfARunningPoolAsSaturatedAndLetsTheDelegateDecide() {
        var meter = new Exercise02_RejectionMeter(new ThreadPoolExecutor.DiscardPolicy());
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, meter)) {
            for (int i = 0; i < 3; i++) {
                saturated.executor().execute(saturated.task("dropped-" + i));
            }
            assertThat(meter.saturated()).as("rejections while the pool ran").isEqualTo(3);
            assertThat(meter.afterShutdown()).as("rejections after shutdown").isZero();
            assertThat(saturated.releaseAndAwaitTermination()).as("DiscardPolicy, the delegate, dropped them")
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

            assertThat(meter.afterShutdown()).as("rejections after shutdown").isEqualTo(2);
            assertThat(meter.saturated()).as("rejections while the pool ran").isZero();
        }
    }

    @Test
    void countsARejectionEvenWhenTheDelegateThrows() {
        var meter = new Exercise02_RejectionMeter(new ThreadPoolExecutor.AbortPolicy());
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, meter)) {
            assertThatThrownBy(() -> saturated.executor().execute(saturated.task("rejected")))
                    .as("AbortPolicy, the delegate, must still throw")
                    .isInstanceOf(RejectedExecutionException.class);
            assertThat(meter.saturated()).as("counted although the delegate threw").isEqualTo(1);
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
                future.get(30, TimeUnit.SECONDS);
            }
            assertThat(meter.saturated()).as("no increment may be lost").isEqualTo((long) producers * perProducer);
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void refusesANullDelegate() {
        assertThatThrownBy(() -> new Exercise02_RejectionMeter(null)).isInstanceOf(NullPointerException.class);
    }
}
