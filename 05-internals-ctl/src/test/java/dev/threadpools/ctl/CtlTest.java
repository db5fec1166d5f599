package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CtlTest {

    @Test
    void packsStateIntoTheHighThreeBitsAndCountIntoTheLow29() {
        int ctl = Ctl.ctlOf(Ctl.STOP, 5);

        assertThat(Ctl.runStateOf(ctl)).isEqualTo(Ctl.STOP);
        assertThat(Ctl.workerCountOf(ctl)).isEqualTo(5);
        assertThat(Ctl.toBinary(ctl)).isEqualTo("001|00000000000000000000000000101");
        assertThat(Ctl.toBinary(Ctl.ctlOf(Ctl.RUNNING, 0))).isEqualTo("111|00000000000000000000000000000");
    }

    @Test
    void statesAreOrderedWhateverTheWorkerCount() {
        int[] states = {Ctl.RUNNING, Ctl.SHUTDOWN, Ctl.STOP, Ctl.TIDYING, Ctl.TERMINATED};
        for (int i = 1; i < states.length; i++) {
            int fullerEarlier = Ctl.ctlOf(states[i - 1], Ctl.COUNT_MASK);
            int emptyLater = Ctl.ctlOf(states[i], 0);
            assertThat(fullerEarlier).as("%s with max workers < %s with none",
                    Ctl.nameOf(states[i - 1]), Ctl.nameOf(states[i])).isLessThan(emptyLater);
            assertThat(Ctl.runStateAtLeast(emptyLater, states[i - 1])).isTrue();
            assertThat(Ctl.runStateAtLeast(fullerEarlier, states[i])).isFalse();
        }
    }

    @Test
    void rejectsValuesThatDoNotFit() {
        assertThatThrownBy(() -> Ctl.ctlOf(Ctl.RUNNING, Ctl.COUNT_MASK + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ctl.ctlOf(Ctl.RUNNING, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ctl.ctlOf(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void incrementStopsOnceThePoolIsShutDown() {
        WorkerCount count = new WorkerCount();
        assertThat(count.tryIncrement()).isTrue();
        count.ctl.set(Ctl.ctlOf(Ctl.SHUTDOWN, Ctl.workerCountOf(count.get())));

        assertThat(count.tryIncrement()).isFalse();
        assertThat(Ctl.workerCountOf(count.get())).isEqualTo(1);
    }
}
