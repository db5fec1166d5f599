package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link ScheduledThreadPoolExecutor} does at shutdown with tasks that are not due yet, and the
 * three policies that decide it. "Far future" tasks are scheduled an hour ahead: they can only run if
 * the test is wrong.
 */
class ScheduledShutdownTest {

    private final ScheduledThreadPoolExecutor pool =
            new ScheduledThreadPoolExecutor(1, new TrackingThreadFactory("scheduled"));
    private final AtomicInteger ran = new AtomicInteger();

    @AfterEach
    void shutDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theDefaultsRunDelayedTasksButStopPeriodicOnesAtShutdown() {
        assertThat(pool.getExecuteExistingDelayedTasksAfterShutdownPolicy()).isTrue();
        assertThat(pool.getContinueExistingPeriodicTasksAfterShutdownPolicy()).isFalse();
        assertThat(pool.getRemoveOnCancelPolicy()).isFalse();
    }

    @Test
    void aDelayedTaskStillRunsAfterShutdownAndTheWaitIncludesItsDelay() throws InterruptedException {
        ScheduledFuture<?> delayed = pool.schedule(ran::incrementAndGet, 50, TimeUnit.MILLISECONDS);

        pool.shutdown();

        assertThat(pool.isTerminated()).as("waits for the delayed task").isFalse();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(delayed.isDone()).isTrue();
        assertThat(ran).hasValue(1);
    }

    @Test
    void aFarFutureDelayedTaskHoldsShutdownOpenForItsWholeDelay() throws InterruptedException {
        pool.schedule(ran::incrementAndGet, 1, TimeUnit.HOURS);

        pool.shutdown();

        assertThat(pool.awaitTermination(100, TimeUnit.MILLISECONDS))
                .as("shutdown() of a pool with a task due in an hour terminates in an hour").isFalse();
    }

    @Test
    void withoutTheDelayedPolicyShutdownCancelsTasksThatAreNotDue() throws InterruptedException {
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ScheduledFuture<?> delayed = pool.schedule(ran::incrementAndGet, 1, TimeUnit.HOURS);

        pool.shutdown();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(delayed.isCancelled()).as("cancelled, so a get() does not hang").isTrue();
        assertThat(ran).hasValue(0);
    }

    @Test
    void aPeriodicTaskStopsAtShutdownByDefault() throws InterruptedException {
        CountDownLatch ranTwice = new CountDownLatch(2);
        ScheduledFuture<?> periodic = pool.scheduleAtFixedRate(ranTwice::countDown, 0, 1, TimeUnit.MILLISECONDS);
        ranTwice.await();

        pool.shutdown();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(periodic.isCancelled()).isTrue();
    }

    @Test
    void withThePeriodicPolicyAPeriodicTaskKeepsRunningAfterShutdownUntilShutdownNow()
            throws InterruptedException {
        pool.setContinueExistingPeriodicTasksAfterShutdownPolicy(true);
        CountDownLatch ranTwice = new CountDownLatch(2);
        CountDownLatch ranTwiceMoreAfterShutdown = new CountDownLatch(4);
        ScheduledFuture<?> periodic = pool.scheduleAtFixedRate(() -> {
            ranTwice.countDown();
            ranTwiceMoreAfterShutdown.countDown();
        }, 0, 1, TimeUnit.MILLISECONDS);
        ranTwice.await();

        pool.shutdown();

        assertThat(ranTwiceMoreAfterShutdown.await(10, TimeUnit.SECONDS)).as("still running").isTrue();
        assertThat(pool.isTerminated()).isFalse();
        List<Runnable> neverRun = pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(neverRun.size() + (periodic.isDone() ? 1 : 0)).as("stopped by shutdownNow").isPositive();
    }

    @Test
    void shutdownNowReturnsTheTasksThatWereNotDue() throws InterruptedException {
        ScheduledFuture<?> first = pool.schedule(ran::incrementAndGet, 1, TimeUnit.HOURS);
        ScheduledFuture<?> second = pool.schedule(ran::incrementAndGet, 2, TimeUnit.HOURS);

        List<Runnable> neverRun = pool.shutdownNow();

        assertThat(neverRun).containsExactlyInAnyOrder((Runnable) first, (Runnable) second);
        assertThat(first.isDone()).as("returned, not cancelled: a get() on it would hang").isFalse();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCancelledTaskStaysInTheQueueUntilItsDelayUnlessRemoveOnCancelIsSet() {
        ScheduledFuture<?> kept = pool.schedule(ran::incrementAndGet, 1, TimeUnit.HOURS);
        kept.cancel(false);
        assertThat(pool.getQueue()).as("by default a cancelled task waits out its delay in the queue").hasSize(1);

        pool.setRemoveOnCancelPolicy(true);
        ScheduledFuture<?> removed = pool.schedule(ran::incrementAndGet, 1, TimeUnit.HOURS);
        removed.cancel(false);

        assertThat(pool.getQueue()).as("with removeOnCancel only the earlier one is left").hasSize(1);
    }
}
