package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.RecordingThreadFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The extension example of {@link ScratchThreadPoolExecutor}'s class comment does what it says. */
class TimingPoolTest {

    /** The simulated work of the slowest task: the longest time reported must be at least this. */
    private static final Duration WORKLOAD = Duration.ofMillis(20);

    @Test
    void reportsOnceWhenItTerminatesHowManyTasksRanHowManyFailedAndTheLongest() throws Exception {
        RecordingThreadFactory threads = new RecordingThreadFactory("timed");
        List<TimingPool.Report> reports = new CopyOnWriteArrayList<>();
        TimingPool pool = new TimingPool(2, threads, reports::add);
        Future<?> failedInsideItsFuture;
        try {
            pool.execute(() -> {
                try {
                    Thread.sleep(WORKLOAD.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            pool.execute(() -> {
                throw new IllegalStateException("fails in its worker");
            });
            pool.execute(() -> { });
            failedInsideItsFuture = pool.submit(() -> {
                throw new IllegalStateException("fails inside its Future");
            });
        } finally {
            pool.shutdown();
        }

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool terminated").isTrue();
        assertThat(reports).as("reports, one from terminated()").hasSize(1);
        TimingPool.Report report = reports.get(0);
        assertThat(report.tasks()).as("tasks timed").isEqualTo(4);
        assertThat(report.failed()).as("failures seen by afterExecute: only the execute()d task's").isEqualTo(1);
        assertThat(report.longest()).as("the longest task").isGreaterThanOrEqualTo(WORKLOAD);
        assertThat(threads.uncaught()).as("what killed a worker").singleElement()
                .extracting(Throwable::getMessage).isEqualTo("fails in its worker");
        assertThat(failedInsideItsFuture).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                .withMessageContaining("fails inside its Future");
    }
}
