package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.TaskGate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** The delay of a task that is meant to run: short, so that the test is fast. */
    private static final long DELAY_MILLIS = 50;

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
        // The only worker is busy until after shutdown(), so the delayed task cannot run before it,
        // however slow this thread is.
        TaskGate blocker = new TaskGate();
        pool.execute(blocker.task());
        blocker.awaitStarted(1);
        AtomicBoolean shutDownWhenItRan = new AtomicBoolean();
        long scheduledAt = System.nanoTime();
        ScheduledFuture<?> delayed = pool.schedule(() -> {
            shutDownWhenItRan.set(pool.isShutdown());
            ran.incrementAndGet();
        }, DELAY_MILLIS, TimeUnit.MILLISECONDS);

        pool.shutdown();
        blocker.open();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        long terminatedAfterNanos = System.nanoTime() - scheduledAt;
        assertThat(ran).as("the delayed task ran").hasValue(1);
        assertThat(shutDownWhenItRan).as("it ran after shutdown()").isTrue();
        assertThat(delayed.isDone()).isTrue();
        assertThat(terminatedAfterNanos).as("the pool terminated no earlier than the task's delay")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(DELAY_MILLIS));
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
        assertThat(ranTwice.await(10, TimeUnit.SECONDS)).as("the periodic task is running").isTrue();

        pool.shutdown();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(periodic.isCancelled()).isTrue();
    }

    @Test
    void withThePeriodicPolicyAPeriodicTaskKeepsRunningAfterShutdownUntilShutdownNow()
            throws InterruptedException {
        pool.setContinueExistingPeriodicTasksAfterShutdownPolicy(true);
        CountDownLatch ranTwice = new CountDownLatch(2);
        CountDownLatch ranTwiceAfterShutdown = new CountDownLatch(2);
        ScheduledFuture<?> periodic = pool.scheduleAtFixedRate(() -> {
            ranTwice.countDown();
            if (pool.isShutdown()) { // counts only the runs that come after shutdown()
                ranTwiceAfterShutdown.countDown();
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        assertThat(ranTwice.await(10, TimeUnit.SECONDS)).as("the periodic task is running").isTrue();

        pool.shutdown();

        assertThat(ranTwiceAfterShutdown.await(10, TimeUnit.SECONDS)).as("still running after shutdown()").isTrue();
        assertThat(pool.isTerminated()).as("a periodic task holds the pool open").isFalse();
        List<Runnable> neverRun = pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("shutdownNow() ends it").isTrue();
        if (neverRun.isEmpty()) {
            assertThat(periodic.isCancelled()).as("it was running at shutdownNow(), so it was not rescheduled")
                    .isTrue();
        } else {
            assertThat(neverRun).as("it was waiting for its next run, so it came back").containsExactly((Runnable) periodic);
            assertThat(periodic.isDone()).as("returned, not cancelled").isFalse();
        }
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

        assertThat(pool.getQueue()).as("with removeOnCancel only the earlier one is left")
                .containsExactly((Runnable) kept);
    }
}
