package dev.threadpools.shutdown.exercises;

import static dev.threadpools.shutdown.exercises.NamedTasks.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.threadpools.kit.Exercise;
import dev.threadpools.shutdown.InterruptProbe;
import dev.threadpools.shutdown.InterruptProbe.Ending;
import dev.threadpools.shutdown.InterruptProbe.Kind;
import dev.threadpools.shutdown.TrackingThreadFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Exercise(Exercise01_GracefulShutdown.class)
class Exercise01_GracefulShutdownTest {

    /** A drain or cancel time no correct case comes near: its tasks end in milliseconds. */
    private static final Duration LONG = Duration.ofSeconds(1);
    private static final Duration SHORT = Duration.ofMillis(100);
    /** How long after drain + cancel a call may take to return before the test calls it stuck. */
    private static final Duration SLACK = Duration.ofSeconds(1);
    /** How long the test waits for its own tasks to start or end, which takes milliseconds. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final ExecutorService pool = Executors.newSingleThreadExecutor(new TrackingThreadFactory("ex01"));
    private final InterruptProbe running = new InterruptProbe(Kind.HONOURS_INTERRUPT);
    private final Runnable queued1 = named("queued task 1");
    private final Runnable queued2 = named("queued task 2");

    @AfterEach
    void cleanUp() throws InterruptedException {
        running.close();
        pool.shutdownNow();
        assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("after the test, the pool terminated within %d ms of shutdownNow()", WITHIN.toMillis()).isTrue();
    }

    private void oneRunningTwoQueued() throws InterruptedException {
        pool.execute(running);
        pool.execute(queued1);
        pool.execute(queued2);
        assertThat(running.awaitStarted(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("the test's first task started on the pool's only thread").isTrue();
    }

    /** The method under test, failing with an explanation if it waits longer than it was told to. */
    private List<Runnable> shutdownGracefully(Duration drain, Duration cancel) {
        Duration bound = drain.plus(cancel).plus(SLACK);
        return assertTimeoutPreemptively(bound, () -> Exercise01_GracefulShutdown.shutdownGracefully(pool, drain, cancel),
                () -> "shutdownGracefully(pool, drain " + drain.toMillis() + " ms, cancel " + cancel.toMillis()
                        + " ms) did not return within " + bound.toMillis() + " ms: it must wait at most drain + "
                        + "cancel");
    }

    @Test
    void aPoolThatDrainsReturnsNothingAndRanEverything() {
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            pool.execute(ran::incrementAndGet);
        }

        List<Runnable> neverRun = shutdownGracefully(LONG, LONG);

        assertThat(neverRun).as("shutdownGracefully on a pool of 50 quick tasks: the tasks it returns as never "
                + "run (none, as every task finished)").isEmpty();
        assertThat(ran).as("shutdownGracefully on a pool of 50 quick tasks: tasks that ran").hasValue(50);
        assertThat(pool.isTerminated()).as("shutdownGracefully on a pool of 50 quick tasks: the pool must be "
                + "terminated when the call returns").isTrue();
    }

    @Test
    void tasksThatFinishWithinTheDrainTimeAreNotInterrupted() throws InterruptedException {
        oneRunningTwoQueued();
        AtomicBoolean callEnded = new AtomicBoolean();
        Thread releaser = new Thread(() -> {
            await().atMost(LONG.plus(LONG).plus(SLACK)).until(() -> pool.isShutdown() || callEnded.get());
            running.release(); // the running task finishes on its own, well within the drain time
        }, "releaser");
        releaser.start();

        List<Runnable> neverRun;
        try {
            neverRun = shutdownGracefully(LONG, LONG);
        } finally {
            callEnded.set(true);
            releaser.join();
        }

        assertThat(running.ending()).as("shutdownGracefully(pool, a long drain, ...) with a running task that "
                + "finishes right after shutdown(): how it ended (it must finish by itself, not be interrupted)")
                .isEqualTo(Ending.RELEASED);
        assertThat(neverRun).as("shutdownGracefully(pool, a long drain, ...) with 1 running and 2 queued tasks that "
                + "all finish in time: the tasks it returns as never run (none)").isEmpty();
    }

    @Test
    void returnsTheQueuedTasksWhenItHasToCancel() throws InterruptedException {
        oneRunningTwoQueued();

        List<Runnable> neverRun = shutdownGracefully(SHORT, LONG);

        assertThat(neverRun).as("shutdownGracefully(pool, a short drain, a long cancel) with 1 running task that "
                + "only ends on an interrupt and 2 queued: the tasks it returns, the two queued ones in order (what "
                + "shutdownNow() returned)").containsExactly(queued1, queued2);
        assertThat(running.ending()).as("shutdownGracefully(pool, a short drain, a long cancel): how the running task "
                + "ended (it must be interrupted once the drain time is over)").isEqualTo(Ending.INTERRUPTED);
        assertThat(pool.isTerminated()).as("shutdownGracefully(pool, a short drain, a long cancel): the pool must be "
                + "terminated when the call returns").isTrue();
    }

    @Test
    void anInterruptedCallerCancelsReturnsTheTasksAndKeepsItsInterruptStatus() throws InterruptedException {
        oneRunningTwoQueued();
        AtomicReference<List<Runnable>> neverRun = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                neverRun.set(Exercise01_GracefulShutdown.shutdownGracefully(pool, LONG, LONG));
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            } catch (RuntimeException e) {
                failed.set(e); // rethrown below, on the test's thread, where the hint is shown
            }
        }, "caller");
        caller.start();
        await().atMost(WITHIN).until(() -> pool.isShutdown() || !caller.isAlive());

        caller.interrupt();
        caller.join(WITHIN.toMillis());

        assertThat(caller.isAlive()).as("shutdownGracefully(pool, a long drain, a long cancel) whose caller is interrupted while it "
                + "waits: it must return at once, but it had not returned %d ms after the interrupt",
                WITHIN.toMillis()).isFalse();
        if (failed.get() != null) {
            throw failed.get();
        }
        assertThat(neverRun.get()).as("shutdownGracefully(pool, a long drain, a long cancel) whose caller is interrupted while it "
                + "waits: the tasks it returns, the 2 queued ones (cancel on the interrupt, and return what "
                + "shutdownNow() gave back)").containsExactly(queued1, queued2);
        assertThat(interruptedAfter).as("shutdownGracefully(pool, a long drain, a long cancel) whose caller is interrupted while it "
                + "waits: the caller's interrupt status after the call (it must be set again)").isTrue();
        assertThat(running.awaitEnded(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("shutdownGracefully(pool, a long drain, a long cancel) whose caller is interrupted while it waits: the running "
                        + "task must be interrupted, but it had not ended %d ms later", WITHIN.toMillis()).isTrue();
    }

    @Test
    void rejectsNullsAndNegativeDurations() {
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(null, LONG, LONG),
                "shutdownGracefully(null, drain, cancel): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(pool, null, LONG),
                "shutdownGracefully(pool, null, cancel): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(pool, LONG, null),
                "shutdownGracefully(pool, drain, null): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(pool, Duration.ofSeconds(-1), LONG),
                "shutdownGracefully(pool, drain -1 s, cancel): a negative drain time must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(pool, LONG, Duration.ofSeconds(-1)),
                "shutdownGracefully(pool, drain, cancel -1 s): a negative cancel time must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThat(pool.isShutdown()).as("after the refused calls of shutdownGracefully: the pool must not be shut "
                + "down (check the arguments before shutdown())").isFalse();
    }
}
