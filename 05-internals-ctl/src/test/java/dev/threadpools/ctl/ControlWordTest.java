package dev.threadpools.ctl;

import static dev.threadpools.ctl.ControlWord.FOR_NEW_TASK;
import static dev.threadpools.ctl.ControlWord.TO_DRAIN_QUEUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.ctl.ControlWord.Transition;
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
 * The lifecycle table of {@link ControlWord}: every transition it allows is reachable with the
 * methods the pool uses, and every other one is refused, from every state.
 */
class ControlWordTest {

    private static final int[] STATES = {Ctl.RUNNING, Ctl.SHUTDOWN, Ctl.STOP, Ctl.TIDYING, Ctl.TERMINATED};

    /** Every move the pool can attempt on the word, by name. */
    private static final List<Move> MOVES = List.of(
            new Move("advanceRunState(SHUTDOWN)", w -> w.advanceRunState(Ctl.SHUTDOWN)),
            new Move("advanceRunState(STOP)", w -> w.advanceRunState(Ctl.STOP)),
            new Move("tryEnterTidying()", ControlWord::tryEnterTidying),
            new Move("markTerminated()", w -> {
                try {
                    w.markTerminated();
                } catch (IllegalStateException refused) {
                    // refused moves leave the word alone; the test checks exactly that
                }
            }));

    private record Move(String name, Consumer<ControlWord> action) {
    }

    private static ControlWord wordIn(int state, int workers) {
        return new ControlWord(Ctl.ctlOf(state, workers));
    }

    @Claim("J92")
    @Test
    void noMoveFromAnyStateLeavesTheTable() {
        for (int from : STATES) {
            for (int workers : new int[] {0, 3}) {
                for (Move move : MOVES) {
                    ControlWord word = wordIn(from, workers);
                    move.action().accept(word);
                    int to = Ctl.runStateOf(word.get());
                    assertThat(to == from || Transition.isAllowed(from, to))
                            .as("%s from %s with %d workers went to %s", move.name(), Ctl.nameOf(from), workers,
                                    Ctl.nameOf(to))
                            .isTrue();
                    assertThat(to >= from).as("%s moved %s backwards", move.name(), Ctl.nameOf(from)).isTrue();
                }
            }
        }
    }

    @Test
    void everyTransitionInTheTableIsMadeByOneOfTheMoves() {
        Set<Transition> made = new HashSet<>();
        for (int from : STATES) {
            for (Move move : MOVES) {
                ControlWord word = wordIn(from, 0);
                move.action().accept(word);
                int to = Ctl.runStateOf(word.get());
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
                    allowed.add(Ctl.nameOf(from) + "->" + Ctl.nameOf(to));
                }
            }
        }
        assertThat(allowed).containsExactly("RUNNING->SHUTDOWN", "RUNNING->STOP", "SHUTDOWN->STOP",
                "SHUTDOWN->TIDYING", "STOP->TIDYING", "TIDYING->TERMINATED");
    }

    @Test
    void advancingKeepsTheWorkerCountAndSaysWhetherItMoved() {
        ControlWord word = wordIn(Ctl.RUNNING, 3);

        int before = word.advanceRunState(Ctl.SHUTDOWN);
        assertThat(Ctl.runStateOf(before)).as("this call moved it").isEqualTo(Ctl.RUNNING);
        assertThat(word.get()).isEqualTo(Ctl.ctlOf(Ctl.SHUTDOWN, 3));

        word.advanceRunState(Ctl.STOP);
        int again = word.advanceRunState(Ctl.SHUTDOWN);
        assertThat(Ctl.runStateOf(again)).as("already past SHUTDOWN: no move").isEqualTo(Ctl.STOP);
        assertThat(word.get()).as("STOP never goes back to SHUTDOWN").isEqualTo(Ctl.ctlOf(Ctl.STOP, 3));
    }

    @Test
    void tidyingNeedsAShutDownPoolWithoutWorkers() {
        assertThat(wordIn(Ctl.SHUTDOWN, 1).tryEnterTidying()).as("a worker is left").isFalse();
        assertThat(wordIn(Ctl.RUNNING, 0).tryEnterTidying()).as("still running").isFalse();
        ControlWord word = wordIn(Ctl.STOP, 0);
        assertThat(word.tryEnterTidying()).isTrue();
        assertThat(word.tryEnterTidying()).as("only once").isFalse();
        word.markTerminated();
        assertThat(word.get()).isEqualTo(Ctl.ctlOf(Ctl.TERMINATED, 0));
        assertThatThrownBy(word::markTerminated).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void movesValidateTheirArguments() {
        ControlWord word = new ControlWord();
        assertThatThrownBy(() -> word.advanceRunState(Ctl.TIDYING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> word.advanceRunState(Ctl.RUNNING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(word::decrement).as("no worker to remove").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> word.compareAndDecrement(word.get())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> word.tryIncrement(-1, FOR_NEW_TASK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> word.tryIncrement(Ctl.COUNT_MASK + 1, FOR_NEW_TASK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShutDownPoolTakesOnlyAWorkerThatDrainsTheQueue() {
        ControlWord word = wordIn(Ctl.SHUTDOWN, 0);
        assertThat(word.tryIncrement(5, FOR_NEW_TASK)).as("a worker with a new task").isFalse();
        assertThat(word.tryIncrement(5, TO_DRAIN_QUEUE)).as("a worker for queued tasks").isTrue();
        word.advanceRunState(Ctl.STOP);
        assertThat(word.tryIncrement(5, TO_DRAIN_QUEUE)).as("STOP takes no worker at all").isFalse();
        assertThat(word.tryIncrement(1, FOR_NEW_TASK)).isFalse();
        assertThat(Ctl.workerCountOf(word.get())).isEqualTo(1);
    }

    @Test
    void aDecrementDecidedOnAStaleWordIsRefused() {
        ControlWord word = wordIn(Ctl.RUNNING, 3);
        int seen = word.get();
        assertThat(word.tryIncrement(5, FOR_NEW_TASK)).isTrue(); // another worker joined since "seen" was read

        assertThat(word.compareAndDecrement(seen)).as("the word changed since it was read").isFalse();
        assertThat(word.get()).as("a refused decrement leaves the word alone").isEqualTo(Ctl.ctlOf(Ctl.RUNNING, 4));
        assertThat(word.compareAndDecrement(word.get())).as("decided on the current word").isTrue();
        assertThat(word.get()).isEqualTo(Ctl.ctlOf(Ctl.RUNNING, 3));
    }

    @Test
    void incrementStopsAtTheLimit() {
        ControlWord word = new ControlWord();
        assertThat(word.tryIncrement(2, FOR_NEW_TASK)).isTrue();
        assertThat(word.tryIncrement(2, FOR_NEW_TASK)).isTrue();
        assertThat(word.tryIncrement(2, FOR_NEW_TASK)).isFalse();
        assertThat(Ctl.workerCountOf(word.get())).isEqualTo(2);
    }

    @Test
    void aShutdownRacingWorkerChangesLosesNoCountAndNeverGoesBack() throws Exception {
        int threads = 4;
        int rounds = 10_000;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            ControlWord word = new ControlWord();
            CyclicBarrier start = new CyclicBarrier(threads + 2); // the workers, the stopper, this thread
            List<Thread> racers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                racers.add(startRecordingFailures(failures, () -> {
                    awaitBarrier(start);
                    for (int r = 0; r < rounds; r++) {
                        if (word.tryIncrement(Ctl.COUNT_MASK, TO_DRAIN_QUEUE)) {
                            word.decrement();
                        }
                    }
                }));
            }
            racers.add(startRecordingFailures(failures, () -> {
                awaitBarrier(start);
                word.advanceRunState(Ctl.SHUTDOWN);
                word.advanceRunState(Ctl.STOP);
            }));
            awaitBarrier(start);
            for (Thread t : racers) {
                t.join();
            }
            // A lost count can also show up as a decrement that finds 0 and throws in its thread.
            assertThat(failures).as("attempt %d: exceptions thrown in the racing threads", attempt).isEmpty();
            assertThat(word.get()).as("attempt %d: every increment undone, state STOP", attempt)
                    .isEqualTo(Ctl.ctlOf(Ctl.STOP, 0));
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
