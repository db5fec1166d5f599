package dev.threadpools.ctl.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.ctl.Ctl;
import dev.threadpools.kit.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_AdvanceRunState.class)
class Exercise02_AdvanceRunStateTest {

    @Test
    void movesForwardAndKeepsTheCount() {
        AtomicInteger ctl = new AtomicInteger(Ctl.ctlOf(Ctl.RUNNING, 3));

        int before = Exercise02_AdvanceRunState.advanceRunState(ctl, Ctl.SHUTDOWN);

        assertThat(before).as("returns the word it replaced").isEqualTo(Ctl.ctlOf(Ctl.RUNNING, 3));
        assertThat(ctl.get()).as("SHUTDOWN with the 3 workers kept").isEqualTo(Ctl.ctlOf(Ctl.SHUTDOWN, 3));
    }

    @Test
    void neverMovesBackwards() {
        AtomicInteger ctl = new AtomicInteger(Ctl.ctlOf(Ctl.STOP, 2));

        int result = Exercise02_AdvanceRunState.advanceRunState(ctl, Ctl.SHUTDOWN);

        assertThat(ctl.get()).as("SHUTDOWN must not overwrite STOP").isEqualTo(Ctl.ctlOf(Ctl.STOP, 2));
        assertThat(result).as("returns the current word when it changes nothing").isEqualTo(Ctl.ctlOf(Ctl.STOP, 2));
    }

    @Test
    void acceptsOnlyShutdownAndStopAsTargets() {
        AtomicInteger ctl = new AtomicInteger(Ctl.ctlOf(Ctl.RUNNING, 0));

        assertThatThrownBy(() -> Exercise02_AdvanceRunState.advanceRunState(ctl, Ctl.TIDYING))
                .as("TIDYING needs an empty pool: not a target").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise02_AdvanceRunState.advanceRunState(ctl, Ctl.RUNNING))
                .as("RUNNING is not a target").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void losesNoWorkerCountChangedByOtherThreadsMeanwhile() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            AtomicInteger ctl = new AtomicInteger(Ctl.ctlOf(Ctl.RUNNING, 0));
            int workers = 2;
            int increments = 2_000;
            CyclicBarrier start = new CyclicBarrier(workers + 1);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    awaitQuietly(start);
                    for (int i = 0; i < increments; i++) {
                        ctl.incrementAndGet(); // a worker being added, as the pool's CAS would
                    }
                }));
            }
            awaitQuietly(start);
            Exercise02_AdvanceRunState.advanceRunState(ctl, Ctl.SHUTDOWN);
            Exercise02_AdvanceRunState.advanceRunState(ctl, Ctl.STOP);
            for (Thread t : threads) {
                t.join();
            }
            assertThat(ctl.get()).as("attempt %d: STOP and every one of the %d added workers (a plain set() "
                    + "loses the ones added between your read and your write)", attempt, workers * increments)
                    .isEqualTo(Ctl.ctlOf(Ctl.STOP, workers * increments));
        }
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
