package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Claim;
import dev.threadpools.shutdown.InterruptProbe.Ending;
import dev.threadpools.shutdown.InterruptProbe.Kind;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed claim: "shutdownNow() only sends interrupt(), tasks must handle it themselves". Checked for
 * every way a task can wait: the interrupt is always delivered; whether it stops the task depends on
 * the task alone.
 */
class ShutdownNowAndInterruptsTest {

    /** How long an interrupt-deaf task is given to prove that it really does not stop. */
    private static final long DEAF_FOR_MILLIS = 200;

    private final TrackingThreadFactory threads = new TrackingThreadFactory("probe");
    private final ExecutorService pool = Executors.newSingleThreadExecutor(threads);

    /** Runs once the test has closed (so released) its probe: ends the pool of a test that failed half-way too. */
    @AfterEach
    void shutDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool terminated").isTrue();
    }

    /** A probe of {@code kind} running on the pool's only worker. */
    private InterruptProbe running(Kind kind) throws InterruptedException {
        InterruptProbe task = new InterruptProbe(kind);
        pool.execute(task);
        assertThat(task.awaitStarted(10, TimeUnit.SECONDS)).as("%s started", kind).isTrue();
        return task;
    }

    @Claim("J100")
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {
            "HONOURS_INTERRUPT", "BUSY_LOOP_CHECKING", "LOCK_INTERRUPTIBLY", "SOCKET_CHANNEL_READ"})
    void shutdownNowStopsATaskThatListensForInterrupts(Kind kind) throws InterruptedException {
        try (InterruptProbe task = running(kind)) {
            pool.shutdownNow();

            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("%s stops on interrupt", kind).isTrue();
            assertThat(task.ending()).isEqualTo(Ending.INTERRUPTED);
        }
    }

    @Claim({"J49", "J100"})
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SWALLOWS_INTERRUPT", "BUSY_LOOP", "LOCK", "SYNCHRONIZED", "SOCKET_READ"})
    void shutdownNowDeliversTheInterruptButCannotStopADeafTask(Kind kind) throws InterruptedException {
        try (InterruptProbe task = running(kind)) {
            pool.shutdownNow(); // has called interrupt() on the worker by the time it returns

            assertThat(pool.awaitTermination(DEAF_FOR_MILLIS, TimeUnit.MILLISECONDS))
                    .as("%s keeps running although interrupted", kind).isFalse();
            assertThat(task.ending()).isEqualTo(Ending.NOT_ENDED);

            task.release();

            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(task.ending()).as("%s ended only when released", kind).isEqualTo(Ending.RELEASED);
            // Delivered, not lost: the swallowing task caught it, every other kind still has it set.
            assertThat(task.interruptDelivered() || task.interruptStatusAtEnd())
                    .as("the interrupt reached %s although it did not stop it", kind).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"BUSY_LOOP", "LOCK", "SYNCHRONIZED", "SOCKET_READ"})
    void anInterruptNobodyCheckedIsStillPendingWhenTheDeafTaskEnds(Kind kind) throws InterruptedException {
        try (InterruptProbe task = running(kind)) {
            pool.shutdownNow();

            task.release();

            assertThat(task.awaitEnded(10, TimeUnit.SECONDS)).isTrue();
            assertThat(task.interruptStatusAtEnd())
                    .as("the next interruptible call of %s would see it", kind).isTrue();
        }
    }

    @Test
    void aThreadWaitingInLockHidesItsInterruptUntilItHasTheLock() throws InterruptedException {
        try (InterruptProbe task = running(Kind.LOCK)) {
            Thread worker = threads.created().get(0);

            pool.shutdownNow();

            // AQS consumes the interrupt while parked and re-asserts it only after acquiring.
            await().until(() -> worker.getState() == Thread.State.WAITING && !worker.isInterrupted());
            task.release();
            assertThat(task.awaitEnded(10, TimeUnit.SECONDS)).isTrue();
            assertThat(task.interruptStatusAtEnd()).isTrue();
        }
    }

    @Test
    void aSwallowingTaskClearsTheInterruptSoNothingLaterSeesIt() throws InterruptedException {
        try (InterruptProbe task = running(Kind.SWALLOWS_INTERRUPT)) {
            pool.shutdownNow();
            await().until(task::interruptDelivered);

            task.release();

            assertThat(task.awaitEnded(10, TimeUnit.SECONDS)).isTrue();
            assertThat(task.interruptStatusAtEnd()).as("catching InterruptedException clears the status")
                    .isFalse();
        }
    }

    @Test
    void shutdownWithoutNowInterruptsNothing() throws InterruptedException {
        try (InterruptProbe task = running(Kind.HONOURS_INTERRUPT)) {
            pool.shutdown();

            assertThat(pool.awaitTermination(DEAF_FOR_MILLIS, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(task.interruptDelivered()).isFalse();
            task.release();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(task.ending()).isEqualTo(Ending.RELEASED);
        }
    }

    @Test
    void aProbeNeedsAKind() {
        assertThatThrownBy(() -> new InterruptProbe(null)).isInstanceOf(NullPointerException.class);
    }
}
