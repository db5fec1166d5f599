package dev.threadpools.ctl;

import static dev.threadpools.ctl.CtlWord.FOR_NEW_TASK;
import static dev.threadpools.ctl.CtlWord.TO_DRAIN_QUEUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.ctl.CtlWord.Transition;
import dev.threadpools.kit.Claim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle table of {@link CtlWord}: every transition it allows is reachable with the
 * methods the pool uses, and every other one is refused, from every state.
 */
class CtlWordTest {

    private static final int[] STATES = {CtlBits.RUNNING, CtlBits.SHUTDOWN, CtlBits.STOP, CtlBits.TIDYING, CtlBits.TERMINATED};

    /** Every move the pool can attempt on the word, by name. */
    private static final List<Move> MOVES = List.of(
            new Move("advanceRunState(SHUTDOWN)", w -> w.advanceRunState(CtlBits.SHUTDOWN)),
            new Move("advanceRunState(STOP)", w -> w.advanceRunState(CtlBits.STOP)),
            new Move("tryEnterTidying()", CtlWord::tryEnterTidying),
            new Move("markTerminated()", w -> {
                try {
                    w.markTerminated();
                } catch (IllegalStateException refused) {
                    // refused moves leave the word alone; the test checks exactly that
                }
            }));

    private record Move(String name, Consumer<CtlWord> action) {
    }

    private static CtlWord wordIn(int state, int workers) {
        return new CtlWord(CtlBits.ctlOf(state, workers));
    }

    @Claim("J92")
    @Test
    void noMoveFromAnyStateLeavesTheTable() {
        for (int from : STATES) {
            for (int workers : new int[] {0, 3}) {
                for (Move move : MOVES) {
                    CtlWord word = wordIn(from, workers);
                    move.action().accept(word);
                    int to = CtlBits.runStateOf(word.get());
                    assertThat(to == from || Transition.isAllowed(from, to))
                            .as("%s from %s with %d workers went to %s", move.name(), CtlBits.nameOf(from), workers,
                                    CtlBits.nameOf(to))
                            .isTrue();
                    assertThat(to >= from).as("%s moved %s backwards", move.name(), CtlBits.nameOf(from)).isTrue();
                }
            }
        }
    }

    @Test
    void everyTransitionInTheTableIsMadeByOneOfTheMoves() {
        Set<Transition> made = new HashSet<>();
        for (int from : STATES) {
            for (Move move : MOVES) {
                CtlWord word = wordIn(from, 0);
                move.action().accept(word);
                int to = CtlBits.runStateOf(word.get());
                for (Transition t : Transition.values()) {
                    if (t.from() == from && t.to() == to) {
                        made.add(t);
                    }
                }
            }
        }
        assertThat(made).containsExactlyInAnyOrder(Transition.values());
    }

    @Test
    void theTableListsSixTransitionsAndForbidsTheOtherNineteenPairs() {
        List<String> allowed = new ArrayList<>();
        for (int from : STATES) {
            for (int to : STATES) {
                if (Transition.isAllowed(from, to)) {
                    allowed.add(CtlBits.nameOf(from) + "->" + CtlBits.nameOf(to));
                }
            }
        }
        assertThat(allowed).containsExactly("RUNNING->SHUTDOWN", "RUNNING->STOP", "SHUTDOWN->STOP",
                "SHUTDOWN->TIDYING", "STOP->TIDYING", "TIDYING->TERMINATED");
    }

    @Test
    void advancingKeepsTheWorkerCountAndSaysWhetherItMoved() {
        CtlWord word = wordIn(CtlBits.RUNNING, 3);

        int before = word.advanceRunState(CtlBits.SHUTDOWN);
        assertThat(CtlBits.runStateOf(before)).as("this call moved it").isEqualTo(CtlBits.RUNNING);
        assertThat(word.get()).isEqualTo(CtlBits.ctlOf(CtlBits.SHUTDOWN, 3));

        word.advanceRunState(CtlBits.STOP);
        int again = word.advanceRunState(CtlBits.SHUTDOWN);
        assertThat(CtlBits.runStateOf(again)).as("already past SHUTDOWN: no move").isEqualTo(CtlBits.STOP);
        assertThat(word.get()).as("STOP never goes back to SHUTDOWN").isEqualTo(CtlBits.ctlOf(CtlBits.STOP, 3));
    }

    @Test
    void tidyingNeedsAShutDownPoolWithoutWorkers() {
        assertThat(wordIn(CtlBits.SHUTDOWN, 1).tryEnterTidying()).as("a worker is left").isFalse();
        assertThat(wordIn(CtlBits.RUNNING, 0).tryEnterTidying()).as("still running").isFalse();
        CtlWord word = wordIn(CtlBits.STOP, 0);
        assertThat(word.tryEnterTidying()).isTrue();
        assertThat(word.tryEnterTidying()).as("only once").isFalse();
        word.markTerminated();
        assertThat(word.get()).isEqualTo(CtlBits.ctlOf(CtlBits.TERMINATED, 0));
        assertThatThrownBy(word::markTerminated).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void movesValidateTheirArguments() {
        CtlWord word = new CtlWord();
        assertThatThrownBy(() -> word.advanceRunState(CtlBits.TIDYING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> word.advanceRunState(CtlBits.RUNNING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(word::decrement).as("no worker to remove").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> word.compareAndDecrement(word.get())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> word.tryIncrement(-1, FOR_NEW_TASK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> word.tryIncrement(CtlBits.COUNT_MASK + 1, FOR_NEW_TASK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShutDownPoolTakesOnlyAWorkerThatDrainsTheQueue() {
        CtlWord word = wordIn(CtlBits.SHUTDOWN, 0);
        assertThat(word.tryIncrement(5, FOR_NEW_TASK)).as("a worker with a new task").isFalse();
        assertThat(word.tryIncrement(5, TO_DRAIN_QUEUE)).as("a worker for queued tasks").isTrue();
        word.advanceRunState(CtlBits.STOP);
        assertThat(word.tryIncrement(5, TO_DRAIN_QUEUE)).as("STOP takes no worker at all").isFalse();
        assertThat(word.tryIncrement(1, FOR_NEW_TASK)).isFalse();
        assertThat(CtlBits.workerCountOf(word.get())).isEqualTo(1);
    }

    @Test
    void aDecrementDecidedOnAStaleWordIsRefused() {
        CtlWord word = wordIn(CtlBits.RUNNING, 3);
        int seen = word.get();
        assertThat(word.tryIncrement(5, FOR_NEW_TASK)).isTrue(); // another worker joined since "seen" was read

        assertThat(word.compareAndDecrement(seen)).as("the word changed since it was read").isFalse();
        assertThat(word.get()).as("a refused decrement leaves the word alone").isEqualTo(CtlBits.ctlOf(CtlBits.RUNNING, 4));
        assertThat(word.compareAndDecrement(word.get())).as("decided on the current word").isTrue();
        assertThat(word.get()).isEqualTo(CtlBits.ctlOf(CtlBits.RUNNING, 3));
    }

    @Test
    void incrementStopsAtTheLimit() {
        CtlWord word = new CtlWord();
        assertThat(word.tryIncrement(2, FOR_NEW_TASK)).isTrue();
        assertThat(word.tryIncrement(2, FOR_NEW_TASK)).isTrue();
        assertThat(word.tryIncrement(2, FOR_NEW_TASK)).isFalse();
        assertThat(CtlBits.workerCountOf(word.get())).isEqualTo(2);
    }

    @Test
    void aShutdownRacingWorkerChangesLosesNoCountAndNeverGoesBack() throws Exception {
        int threads = 4;
        int rounds = 10_000;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            CtlWord word = new CtlWord();
            CyclicBarrier start = new CyclicBarrier(threads + 2); // the workers, the stopper, this thread
            List<Thread> racers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                racers.add(startRecordingFailures(failures, () -> {
                    awaitBarrier(start);
                    for (int r = 0; r < rounds; r++) {
                        if (word.tryIncrement(CtlBits.COUNT_MASK, TO_DRAIN_QUEUE)) {
                            word.decrement();
                        }
                    }
                }));
            }
            racers.add(startRecordingFailures(failures, () -> {
                awaitBarrier(start);
                word.advanceRunState(CtlBits.SHUTDOWN);
                word.advanceRunState(CtlBits.STOP);
            }));
            awaitBarrier(start);
            for (Thread t : racers) {
                t.join();
            }
            // A lost count can also show up as a decrement that finds 0 and throws in its thread.
            assertThat(failures).as("attempt %d: exceptions thrown in the racing threads", attempt).isEmpty();
            assertThat(word.get()).as("attempt %d: every increment undone, state STOP", attempt)
                    .isEqualTo(CtlBits.ctlOf(CtlBits.STOP, 0));
        }
    }

    private static Thread startRecordingFailures(List<Throwable> failures, Runnable body) {
        return Thread.ofPlatform().start(() -> {
            try {
                body.run();
            } catch (Throwable failure) {
                failures.add(failure);
            }
        });
    }

    private static void awaitBarrier(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
