package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Under load, with shutdown racing the submitters, every submitted task ends in exactly one of three
 * places: it ran, it came back from {@code shutdownNow}, or {@code execute} rejected it. The ledger
 * counts each task by number, so a lost task and a task run twice are both caught.
 */
class NothingLostTest {

    private static final int SUBMITTERS = 2;
    private static final int TASKS_PER_SUBMITTER = 10_000;
    private static final int TASKS = SUBMITTERS * TASKS_PER_SUBMITTER;
    /** Each submitter's tasks go in three phases; see {@link #raceShutdown}. */
    private static final int BEFORE_RACE = 4_000;
    private static final int RACING = 5_000;
    /**
     * How many racing tasks each submitter has handed over before the shutdown is let go, so that the
     * shutdown falls inside the racing phase rather than before it.
     */
    private static final int RACE_LEAD = 50;

    @RepeatedTest(3)
    void shutdownNowRacingSubmittersLosesNoTask() throws InterruptedException {
        TaskLedger ledger = raceShutdown(ThreadPoolExecutor::shutdownNow);

        assertEveryTaskAccountedFor(ledger);
    }

    @RepeatedTest(3)
    void shutdownRacingSubmittersRunsEveryAcceptedTask() throws InterruptedException {
        TaskLedger ledger = raceShutdown(pool -> {
            pool.shutdown();
            return List.of();
        });

        // Nothing comes back from shutdown(), so "each task in exactly one place" here means: every
        // task execute() accepted ran.
        assertEveryTaskAccountedFor(ledger);
    }

    private static void assertEveryTaskAccountedFor(TaskLedger ledger) {
        long expectedSum = (long) TASKS * (TASKS - 1) / 2;
        assertThat(ledger.ran() + ledger.returned() + ledger.rejected())
                .as("ran %d + returned %d + rejected %d", ledger.ran(), ledger.returned(), ledger.rejected())
                .isEqualTo(TASKS);
        assertThat(ledger.sumOfRan() + ledger.sumOfReturned() + ledger.sumOfRejected()).isEqualTo(expectedSum);
        assertThat(ledger.everyTaskAccountedForOnce()).as("each task in exactly one place").isTrue();
        assertThat(ledger.ran() + ledger.returned())
                .as("accepted: at least all submitted before the race and the racing lead")
                .isGreaterThanOrEqualTo(SUBMITTERS * (BEFORE_RACE + RACE_LEAD));
        assertThat(ledger.rejected()).as("rejected: at least all submitted after the shutdown")
                .isGreaterThanOrEqualTo(SUBMITTERS * (TASKS_PER_SUBMITTER - BEFORE_RACE - RACING));
    }

    /**
     * Two submitters each execute their share of numbered tasks in three phases: the first
     * {@link #BEFORE_RACE} tasks before the shutdown (all accepted); the next {@link #RACING} at the
     * same time as this thread calls {@code stop} (the race: the outcome of each is open, except that
     * {@code stop} waits until each submitter has handed over its first {@link #RACE_LEAD}); the rest
     * after {@code stop} has returned (all rejected). {@code stop} shuts the pool down and returns the
     * tasks it took out of the queue. Returns the ledger once the pool has terminated.
     */
    private static TaskLedger raceShutdown(Function<ThreadPoolExecutor, List<Runnable>> stop)
            throws InterruptedException {
        TaskLedger ledger = new TaskLedger(TASKS);
        CyclicBarrier raceStart = new CyclicBarrier(SUBMITTERS + 1);
        CountDownLatch racing = new CountDownLatch(SUBMITTERS);
        CountDownLatch stopped = new CountDownLatch(1);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new TrackingThreadFactory("worker"));
        List<Thread> submitters = new ArrayList<>();
        try {
            for (int s = 0; s < SUBMITTERS; s++) {
                int first = s * TASKS_PER_SUBMITTER;
                Thread submitter = new Thread(() -> {
                    try {
                        for (int i = 0; i < TASKS_PER_SUBMITTER; i++) {
                            if (i == BEFORE_RACE) {
                                raceStart.await();
                            } else if (i == BEFORE_RACE + RACING) {
                                stopped.await();
                            }
                            TaskLedger.Task task = ledger.task(first + i);
                            try {
                                pool.execute(task);
                            } catch (RejectedExecutionException e) {
                                ledger.rejected(task);
                            }
                            if (i == BEFORE_RACE + RACE_LEAD - 1) {
                                racing.countDown();
                            }
                        }
                    } catch (InterruptedException | BrokenBarrierException e) {
                        throw new AssertionError("submitter stopped early", e);
                    }
                }, "submitter-" + s);
                submitters.add(submitter);
                submitter.start();
            }
            awaitBarrier(raceStart);
            assertThat(racing.await(10, TimeUnit.SECONDS)).as("both submitters are racing").isTrue();
            ledger.returned(stop.apply(pool));
            stopped.countDown();
            for (Thread submitter : submitters) {
                submitter.join();
            }
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            return ledger;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitBarrier(CyclicBarrier barrier) throws InterruptedException {
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new AssertionError("a submitter failed before the race", e);
        }
    }

    @Test
    void theLedgerValidatesItsArguments() {
        assertThatThrownBy(() -> new TaskLedger(-1)).isInstanceOf(IllegalArgumentException.class);
        TaskLedger ledger = new TaskLedger(3);
        assertThatThrownBy(() -> ledger.task(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.task(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLedgerKeepsEachOutcomeInItsOwnColumn() {
        TaskLedger ledger = new TaskLedger(6);
        ledger.task(1).run();
        ledger.task(2).run();
        ledger.returned(List.of(ledger.task(3)));
        ledger.rejected(ledger.task(4));
        ledger.rejected(ledger.task(5));

        assertThat(List.of(ledger.ran(), ledger.returned(), ledger.rejected())).containsExactly(2, 1, 2);
        assertThat(List.of(ledger.sumOfRan(), ledger.sumOfReturned(), ledger.sumOfRejected()))
                .as("sums of the task numbers: 1+2, 3, 4+5").containsExactly(3L, 3L, 9L);
        assertThat(ledger.timesRun(1)).isEqualTo(1);
        assertThat(ledger.timesRun(3)).as("returned is not ran").isZero();
        assertThat(ledger.everyTaskAccountedForOnce()).as("task 0 is in no column").isFalse();

        ledger.task(0).run();

        assertThat(ledger.everyTaskAccountedForOnce()).as("now each of the six is in exactly one column").isTrue();
    }

    @Test
    void theLedgerCatchesALostLastTask() {
        TaskLedger ledger = new TaskLedger(3);
        ledger.task(0).run();
        ledger.task(1).run();

        assertThat(ledger.everyTaskAccountedForOnce()).as("task 2 never ran, came back nor was rejected").isFalse();
    }

    @Test
    void anEmptyLedgerIsValidAndComplete() {
        assertThat(new TaskLedger(0).everyTaskAccountedForOnce()).as("nothing submitted, nothing lost").isTrue();
    }

    @Test
    void theLedgerCatchesALostTaskAndADuplicateThatWouldCancelOut() {
        TaskLedger ledger = new TaskLedger(4);
        // Tasks 1 and 2 ran twice each, tasks 0 and 3 never: both the count and the sum still add up.
        ledger.task(1).run();
        ledger.task(1).run();
        ledger.task(2).run();
        ledger.task(2).run();

        assertThat(ledger.ran()).as("the total says 4 of 4").isEqualTo(4);
        assertThat(ledger.sumOfRan()).as("1+1+2+2 is 0+1+2+3").isEqualTo(6);
        assertThat(ledger.everyTaskAccountedForOnce()).as("only the per-number check sees it").isFalse();
    }
}
