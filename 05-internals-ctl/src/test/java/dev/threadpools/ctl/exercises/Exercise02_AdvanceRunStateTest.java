package dev.threadpools.ctl.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.threadpools.ctl.CtlBits;
import dev.threadpools.kit.Exercise;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_AdvanceRunState.class)
class Exercise02_AdvanceRunStateTest {

    /** A compare-and-set loop ends within microseconds: one still running after this never will. */
    private static final Duration STUCK = Duration.ofSeconds(2);
    /** Tries of the race, each with the worker count changing while the state advances. */
    private static final int ATTEMPTS = 30;
    /** Far below the largest count (2^29 - 1), and far more than the adders reach before they are stopped. */
    private static final int MAX_ADDED = 1 << 24;
    /** Between two additions: a few times as long as the read-to-write gap of a single update. */
    private static final long ADDER_PAUSE_NANOS = 100;

    @Test
    void movesForwardAndKeepsTheCount() {
        AtomicInteger ctl = new AtomicInteger(CtlBits.ctlOf(CtlBits.RUNNING, 3));

        int before = Exercise02_AdvanceRunState.advanceRunState(ctl, CtlBits.SHUTDOWN);

        assertThat(word(before)).as("advanceRunState(ctl = RUNNING with 3 workers, SHUTDOWN): the value "
                + "returned, the word it replaced (RUNNING with 3 workers)").isEqualTo(word(CtlBits.ctlOf(CtlBits.RUNNING, 3)));
        assertThat(word(ctl.get())).as("advanceRunState(ctl = RUNNING with 3 workers, SHUTDOWN): ctl "
                + "afterwards, SHUTDOWN with the 3 workers kept").isEqualTo(word(CtlBits.ctlOf(CtlBits.SHUTDOWN, 3)));
    }

    @Test
    void neverMovesBackwards() {
        AtomicInteger ctl = new AtomicInteger(CtlBits.ctlOf(CtlBits.STOP, 2));

        int result = Exercise02_AdvanceRunState.advanceRunState(ctl, CtlBits.SHUTDOWN);

        assertThat(word(ctl.get())).as("advanceRunState(ctl = STOP with 2 workers, SHUTDOWN): ctl "
                + "afterwards, unchanged STOP with 2 workers (SHUTDOWN must not overwrite STOP)")
                .isEqualTo(word(CtlBits.ctlOf(CtlBits.STOP, 2)));
        assertThat(word(result)).as("advanceRunState(ctl = STOP with 2 workers, SHUTDOWN): the value "
                + "returned, the current word when nothing changes").isEqualTo(word(CtlBits.ctlOf(CtlBits.STOP, 2)));
    }

    @Test
    void acceptsOnlyShutdownAndStopAsTargets() {
        AtomicInteger ctl = new AtomicInteger(CtlBits.ctlOf(CtlBits.RUNNING, 0));

        assertThatThrownBy(() -> Exercise02_AdvanceRunState.advanceRunState(ctl, CtlBits.TIDYING),
                "advanceRunState(ctl, TIDYING): TIDYING needs an empty pool, so it is not a target; expected an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise02_AdvanceRunState.advanceRunState(ctl, CtlBits.RUNNING),
                "advanceRunState(ctl, RUNNING): RUNNING is not a target; expected an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void losesNoWorkerCountChangedByOtherThreadsMeanwhile() throws InterruptedException {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            AtomicInteger ctl = new AtomicInteger(CtlBits.ctlOf(CtlBits.RUNNING, 0));
            AtomicInteger added = new AtomicInteger();
            AtomicBoolean advanced = new AtomicBoolean();
            CountDownLatch adding = new CountDownLatch(1);
            // Adds workers, as the pool's CAS would, until the state has been advanced: so the count
            // keeps changing for as long as advanceRunState runs. One adder leaves the second core to
            // the test's thread, so that both run at once; the pause between two additions leaves a
            // compare-and-set room to succeed, while a plain set() still loses additions.
            Thread adder = Thread.ofPlatform().start(() -> {
                do {
                    ctl.incrementAndGet();
                    added.incrementAndGet();
                    adding.countDown();
                    long next = System.nanoTime() + ADDER_PAUSE_NANOS;
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                } while (!advanced.get() && added.get() < MAX_ADDED);
            });
            try {
                assertThat(adding.await(STUCK.toMillis(), TimeUnit.MILLISECONDS))
                        .as("the test's thread that adds workers started").isTrue();
                assertTimeoutPreemptively(STUCK, () -> {
                    Exercise02_AdvanceRunState.advanceRunState(ctl, CtlBits.SHUTDOWN);
                    Exercise02_AdvanceRunState.advanceRunState(ctl, CtlBits.STOP);
                }, () -> "advanceRunState(ctl, SHUTDOWN), then STOP, while another thread adds workers: did not "
                        + "return within " + STUCK.toMillis() + " ms (does your loop read ctl again before each "
                        + "retry?)");
            } finally {
                advanced.set(true);
                adder.join(); // it sees the flag within its next increment
            }
            assertThat(word(ctl.get())).as("advanceRunState(ctl, SHUTDOWN), then STOP, while another thread adds "
                    + "workers, attempt %d: ctl afterwards must be STOP with every one of the %d workers added (a "
                    + "plain set() loses the ones added between your read and your write)", attempt, added.get())
                    .isEqualTo(word(CtlBits.ctlOf(CtlBits.STOP, added.get())));
        }
    }

    /** A ctl word as the learner compares it: state bits | count bits, and the count in decimal. */
    private static String word(int ctl) {
        return CtlBits.toBinary(ctl) + " (" + CtlBits.workerCountOf(ctl) + " workers)";
    }
}
