package dev.threadpools.ctl.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.ctl.CtlBits;
import dev.threadpools.kit.Exercise;
import org.junit.jupiter.api.Test;

@Exercise(Exercise01_PackUnpack.class)
class Exercise01_PackUnpackTest {

    private static final int[] STATES = {CtlBits.RUNNING, CtlBits.SHUTDOWN, CtlBits.STOP, CtlBits.TIDYING, CtlBits.TERMINATED};
    private static final int[] COUNTS = {0, 1, 2, 7, 1 << 20, CtlBits.COUNT_MASK - 1, CtlBits.COUNT_MASK};

    @Test
    void packsLikeTheJdk() {
        assertThat(CtlBits.toBinary(Exercise01_PackUnpack.ctlOf(CtlBits.RUNNING, 0)))
                .as("ctlOf(RUNNING, 0), the word of a new pool, in binary: state bits | count bits")
                .isEqualTo(CtlBits.toBinary(0b111 << 29));
        assertThat(CtlBits.toBinary(Exercise01_PackUnpack.ctlOf(CtlBits.STOP, 5)))
                .as("ctlOf(STOP, 5) in binary: STOP in the top 3 bits | 5 in the low 29")
                .isEqualTo(CtlBits.toBinary((1 << 29) | 5));
    }

    @Test
    void unpacksWhatItPacked() {
        for (int state : STATES) {
            for (int count : COUNTS) {
                int ctl = Exercise01_PackUnpack.ctlOf(state, count);
                assertThat(CtlBits.toBinary(Exercise01_PackUnpack.runStateOf(ctl)))
                        .as("runStateOf(ctlOf(%s, %d)) in binary: the state bits of %1$s, count bits all 0",
                                CtlBits.nameOf(state), count)
                        .isEqualTo(CtlBits.toBinary(state));
                assertThat(Exercise01_PackUnpack.workerCountOf(ctl)).as("workerCountOf(ctlOf(%s, %d))",
                        CtlBits.nameOf(state), count).isEqualTo(count);
            }
        }
    }

    @Test
    void comparesStatesWhateverTheCount() {
        for (int i = 0; i < STATES.length; i++) {
            for (int j = 0; j < STATES.length; j++) {
                int fullest = CtlBits.ctlOf(STATES[i], CtlBits.COUNT_MASK);
                int emptiest = CtlBits.ctlOf(STATES[i], 0);
                boolean expected = i >= j;
                assertThat(Exercise01_PackUnpack.runStateAtLeast(fullest, STATES[j]))
                        .as("runStateAtLeast(%s with max workers, %s)", CtlBits.nameOf(STATES[i]), CtlBits.nameOf(STATES[j]))
                        .isEqualTo(expected);
                assertThat(Exercise01_PackUnpack.runStateAtLeast(emptiest, STATES[j]))
                        .as("runStateAtLeast(%s with no workers, %s)", CtlBits.nameOf(STATES[i]), CtlBits.nameOf(STATES[j]))
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void rejectsFieldsThatDoNotFit() {
        assertThatThrownBy(() -> Exercise01_PackUnpack.ctlOf(CtlBits.RUNNING, CtlBits.COUNT_MASK + 1),
                "ctlOf(RUNNING, 2^29): a count that would spill into the state bits must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PackUnpack.ctlOf(CtlBits.RUNNING, -1),
                "ctlOf(RUNNING, -1): a negative count must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PackUnpack.ctlOf(CtlBits.STOP | 1, 0),
                "ctlOf(STOP | 1, 0): a run state with count bits set must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
    }
}
