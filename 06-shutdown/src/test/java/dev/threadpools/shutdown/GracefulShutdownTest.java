package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import dev.threadpools.shutdown.GracefulShutdown.Outcome;
import dev.threadpools.shutdown.GracefulShutdown.Report;
import dev.threadpools.shutdown.InterruptProbe.Ending;
import dev.threadpools.shutdown.InterruptProbe.Kind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two-phase shutdown against every kind of task: it drains what finishes, cancels what listens,
 * names what is stuck, and never loses the tasks that were still queued.
 */
class GracefulShutdownTest {

    private static final Duration LONG = Duration.ofSeconds(10);
    /** Phase timeouts that a stuck task is sure to outlast; short, so that the test is fast. */
    private static final Duration SHORT = Duration.ofMillis(100);

    private final TrackingThreadFactory threads = new TrackingThreadFactory("graceful");
    private final ExecutorService pool = Executors.newFixedThreadPool(1, threads);

    /** A test that fails half-way has not shut its pool down; this keeps the failure from spreading. */
    @AfterEach
    void shutDownWhateverIsLeft() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool terminated").isTrue();
    }

    /** A probe of {@code kind} running on the pool's only worker, with {@code queued} waiting behind it. */
    private InterruptProbe runningAhead(Kind kind, Runnable... queued) throws InterruptedException {
        InterruptProbe running = new InterruptProbe(kind);
        pool.execute(running);
        for (Runnable task : queued) {
            pool.execute(task);
        }
        assertThat(running.awaitStarted(10, TimeUnit.SECONDS)).as("%s started", kind).isTrue();
        return running;
    }

    /** What a shutdown reported to an interrupted caller, and whether the caller's interrupt status survived. */
    private record InterruptedCall(Report report, boolean interruptedAfter) {
    }

    /**
     * Runs {@code shutdown} on a caller thread of its own, interrupts that caller once {@code reached}
     * holds (the phase the test interrupts), and returns what the call reported.
     */
    private InterruptedCall interruptTheCallerOnce(GracefulShutdown shutdown, Callable<Boolean> reached)
            throws InterruptedException {
        AtomicReference<Report> report = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            report.set(shutdown.shutdown(pool, threads::alive));
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        }, "caller");
        caller.start();
        org.awaitility.Awaitility.await().until(reached);

        caller.interrupt();
        caller.join();
        return new InterruptedCall(report.get(), interruptedAfter.get());
    }

    @Test
    void drainsAPoolWhoseTasksFinishInTime() {
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            pool.execute(ran::incrementAndGet);
        }

        Report report = new GracefulShutdown(LONG, LONG).shutdown(pool, threads::alive);

        assertThat(report.outcome()).isEqualTo(Outcome.DRAINED);
        assertThat(report.neverRun()).isEmpty();
        assertThat(report.stillAlive()).isEmpty();
        assertThat(ran).hasValue(100);
    }

    @Test
    void letsARunningTaskFinishDuringTheDrainPhaseWithoutInterruptingIt() throws InterruptedException {
        AtomicInteger queuedRan = new AtomicInteger();
        try (InterruptProbe running = runningAhead(Kind.HONOURS_INTERRUPT, queuedRan::incrementAndGet)) {
            AtomicReference<Report> report = new AtomicReference<>();
            // No time at all for the cancel phase: only a drain phase that really waits can succeed.
            Thread caller = new Thread(() -> report.set(new GracefulShutdown(LONG, Duration.ZERO)
                    .shutdown(pool, threads::alive)), "caller");
            caller.start();
            org.awaitility.Awaitility.await().until(pool::isShutdown);

            running.release(); // the running task finishes while the caller is in the drain phase
            caller.join();

            assertThat(report.get().outcome()).as("finished within the drain timeout").isEqualTo(Outcome.DRAINED);
            assertThat(running.ending()).as("the drain phase interrupts nobody").isEqualTo(Ending.RELEASED);
            assertThat(queuedRan).as("the queued task ran during the drain").hasValue(1);
            assertThat(report.get().neverRun()).isEmpty();
        }
    }

    @Claim("J82")
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {
            "HONOURS_INTERRUPT", "BUSY_LOOP_CHECKING", "LOCK_INTERRUPTIBLY", "SOCKET_CHANNEL_READ"})
    void cancelsATaskThatListensAndReturnsTheQueuedTasks(Kind kind) throws InterruptedException {
        Runnable queued1 = () -> { };
        Runnable queued2 = () -> { };
        try (InterruptProbe running = runningAhead(kind, queued1, queued2)) {
            Report report = new GracefulShutdown(SHORT, LONG).shutdown(pool, threads::alive);

            assertThat(report.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(report.neverRun()).as("the queued tasks, in order, not lost").containsExactly(queued1, queued2);
            assertThat(report.stillAlive()).isEmpty();
            assertThat(pool.isTerminated()).isTrue();
            assertThat(running.ending()).as("%s stopped on the interrupt", kind).isEqualTo(Ending.INTERRUPTED);
        }
    }

    @Claim("J82")
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SWALLOWS_INTERRUPT", "BUSY_LOOP", "LOCK", "SYNCHRONIZED", "SOCKET_READ"})
    void namesTheThreadOfATaskThatCannotBeStopped(Kind kind) throws InterruptedException {
        Runnable queued = () -> { };
        try (InterruptProbe running = runningAhead(kind, queued)) {
            Report report = new GracefulShutdown(SHORT, SHORT).shutdown(pool, threads::alive);

            assertThat(report.outcome()).isEqualTo(Outcome.STUCK);
            assertThat(report.neverRun()).containsExactly(queued);
            assertThat(report.stillAlive()).as("the thread the stuck task holds").containsExactlyElementsOf(threads.created());
            assertThat(running.ending()).as("%s still runs", kind).isEqualTo(Ending.NOT_ENDED);
        } finally {
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("ends once released").isTrue();
        }
    }

    @Claim("J65")
    @Test
    void anInterruptedCallerCancelsAtOnceKeepsTheTasksAndGetsItsInterruptBack() throws InterruptedException {
        Runnable queued = () -> { };
        try (InterruptProbe running = runningAhead(Kind.HONOURS_INTERRUPT, queued)) {
            InterruptedCall call = interruptTheCallerOnce(new GracefulShutdown(LONG, LONG), pool::isShutdown);

            assertThat(call.report().outcome()).isEqualTo(Outcome.INTERRUPTED);
            assertThat(call.report().neverRun()).containsExactly(queued);
            assertThat(call.interruptedAfter()).as("interrupt status restored").isTrue();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the running task was interrupted").isTrue();
            assertThat(running.ending()).isEqualTo(Ending.INTERRUPTED);
        }
    }

    @Test
    void anInterruptDuringTheCancelPhaseKeepsTheTasksShutdownNowAlreadyReturned() throws InterruptedException {
        Runnable queued = () -> { };
        try (InterruptProbe deaf = runningAhead(Kind.SWALLOWS_INTERRUPT, queued)) {
            // No drain phase: shutdownNow() at once, then a long wait for a task that will not stop.
            // Once the deaf task has caught the interrupt, shutdownNow() has been called and has taken
            // the queue: the caller is interrupted in the cancel phase.
            InterruptedCall call = interruptTheCallerOnce(new GracefulShutdown(Duration.ZERO, LONG),
                    deaf::interruptDelivered);

            assertThat(call.report().outcome()).isEqualTo(Outcome.INTERRUPTED);
            assertThat(call.report().neverRun())
                    .as("what the first shutdownNow() returned is kept, although the queue is empty by now")
                    .containsExactly(queued);
            assertThat(call.report().stillAlive()).as("the deaf task still holds its thread")
                    .containsExactlyElementsOf(threads.created());
            assertThat(call.interruptedAfter()).as("interrupt status restored").isTrue();
        } finally {
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("ends once released").isTrue();
        }
    }

    @Claim("J65")
    @Test
    void theSeedsVersionLosesTheQueuedTasks() throws InterruptedException {
        AtomicInteger queuedRan = new AtomicInteger();
        try (InterruptProbe running = runningAhead(Kind.HONOURS_INTERRUPT, queuedRan::incrementAndGet)) {
            seedsShutdown(pool, SHORT, SHORT);

            assertThat(pool.isTerminated()).isTrue();
            assertThat(running.ending()).as("the cancel phase interrupted it").isEqualTo(Ending.INTERRUPTED);
            assertThat(queuedRan).as("the queued task never ran, and nobody holds it any more").hasValue(0);
        }
    }

    /**
     * The seed's snippet, timeouts shortened: the list {@code shutdownNow} returns is dropped and the
     * only trace of failure is a line on stderr. Kept here as the wrong half of the pair.
     */
    private static void seedsShutdown(ExecutorService executor, Duration drain, Duration cancel) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                if (!executor.awaitTermination(cancel.toMillis(), TimeUnit.MILLISECONDS)) {
                    System.err.println("Pool did not terminate");
                }
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void rejectsNullsAndNegativeTimeouts() {
        assertThatThrownBy(() -> new GracefulShutdown(null, LONG)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GracefulShutdown(LONG, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GracefulShutdown(Duration.ofMillis(-1), LONG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drainTimeout");
        assertThatThrownBy(() -> new GracefulShutdown(LONG, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cancelTimeout");
        assertThatCode(() -> new GracefulShutdown(Duration.ZERO, Duration.ZERO))
                .as("zero is a valid timeout: do not wait in that phase").doesNotThrowAnyException();
        GracefulShutdown shutdown = new GracefulShutdown(LONG, LONG);
        assertThatThrownBy(() -> shutdown.shutdown(null, List::of)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> shutdown.shutdown(pool, null)).isInstanceOf(NullPointerException.class);
        pool.shutdown();
    }
}
