package dev.threadpools.shutdown.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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

    private static final Duration LONG = Duration.ofSeconds(10);
    private static final Duration SHORT = Duration.ofMillis(100);

    private final ExecutorService pool = Executors.newSingleThreadExecutor(new TrackingThreadFactory("ex01"));
    private final InterruptProbe running = new InterruptProbe(Kind.HONOURS_INTERRUPT);
    private final Runnable queued1 = () -> { };
    private final Runnable queued2 = () -> { };

    @AfterEach
    void cleanUp() throws InterruptedException {
        running.close();
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private void oneRunningTwoQueued() throws InterruptedException {
        pool.execute(running);
        pool.execute(queued1);
        pool.execute(queued2);
        assertThat(running.awaitStarted(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aPoolThatDrainsReturnsNothingAndRanEverything() {
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            pool.execute(ran::incrementAndGet);
        }

        List<Runnable> neverRun = Exercise01_GracefulShutdown.shutdownGracefully(pool, LONG, LONG);

        assertThat(neverRun).as("nothing left over when every task finished").isEmpty();
        assertThat(ran).as("all 50 tasks ran").hasValue(50);
        assertThat(pool.isTerminated()).as("the pool is terminated").isTrue();
    }

    @Test
    void tasksThatFinishWithinTheDrainTimeAreNotInterrupted() throws InterruptedException {
        oneRunningTwoQueued();
        AtomicBoolean callEnded = new AtomicBoolean();
        Thread releaser = new Thread(() -> {
            await().until(() -> pool.isShutdown() || callEnded.get());
            running.release(); // the running task finishes on its own, well within the drain time
        }, "releaser");
        releaser.start();

        List<Runnable> neverRun;
        try {
            neverRun = Exercise01_GracefulShutdown.shutdownGracefully(pool, LONG, LONG);
        } finally {
            callEnded.set(true);
            releaser.join();
        }

        assertThat(running.ending()).as("the running task finished by itself, it was not interrupted")
                .isEqualTo(Ending.RELEASED);
        assertThat(neverRun).as("the queued tasks ran during the drain").isEmpty();
    }

    @Test
    void returnsTheQueuedTasksWhenItHasToCancel() throws InterruptedException {
        oneRunningTwoQueued();

        List<Runnable> neverRun = Exercise01_GracefulShutdown.shutdownGracefully(pool, SHORT, LONG);

        assertThat(neverRun).as("the two queued tasks, in order: what shutdownNow() returned")
                .containsExactly(queued1, queued2);
        assertThat(running.ending()).as("the running task was interrupted").isEqualTo(Ending.INTERRUPTED);
        assertThat(pool.isTerminated()).as("terminated within the cancel time").isTrue();
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
        await().until(() -> pool.isShutdown() || !caller.isAlive());

        caller.interrupt();
        caller.join();

        if (failed.get() != null) {
            throw failed.get();
        }
        assertThat(neverRun.get()).as("the queued tasks are returned, not lost").containsExactly(queued1, queued2);
        assertThat(interruptedAfter).as("the caller's interrupt status must be restored").isTrue();
        assertThat(running.awaitEnded(10, TimeUnit.SECONDS)).as("the running task was interrupted").isTrue();
    }

    @Test
    void rejectsNullsAndNegativeDurations() {
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(null, LONG, LONG))
                .as("null pool").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(pool, null, LONG))
                .as("null drain").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(pool, LONG, null))
                .as("null cancel").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(pool, Duration.ofSeconds(-1), LONG))
                .as("negative drain").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_GracefulShutdown.shutdownGracefully(pool, LONG, Duration.ofSeconds(-1)))
                .as("negative cancel").isInstanceOf(IllegalArgumentException.class);
        assertThat(pool.isShutdown()).as("a rejected call must not shut the pool down").isFalse();
    }
}
