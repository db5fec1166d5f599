package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CtlTest {

    @Claim({"J45", "J91"})
    @ParameterizedTest
    @ValueSource(strings = {"COUNT_BITS", "COUNT_MASK", "RUNNING", "SHUTDOWN", "STOP", "TIDYING", "TERMINATED"})
    void everyConstantEqualsTheJdksPrivateOne(String name) throws ReflectiveOperationException {
        int ours = Ctl.class.getField(name).getInt(null);
        int jdks = (Integer) JdkObservablePool.readPrivate(null, name);

        assertThat(ours).as("Ctl.%s against ThreadPoolExecutor.%s", name, name).isEqualTo(jdks);
    }

    @Claim({"J45", "J91"})
    @Test
    void aFreshJdkPoolIsRunningWithNoWorkers() {
        JdkObservablePool pool = new JdkObservablePool(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Executors.defaultThreadFactory(), new ThreadPoolExecutor.AbortPolicy());
        try {
            assertThat(pool.ctl()).isEqualTo(Ctl.ctlOf(Ctl.RUNNING, 0));
        } finally {
            pool.shutdown();
        }
        assertThat(pool.ctl()).as("shut down with no workers: straight to TERMINATED")
                .isEqualTo(Ctl.ctlOf(Ctl.TERMINATED, 0));
    }

    @Claim({"J46", "J91"})
    @Test
    void theCountHoldsAboutHalfABillionWorkers() {
        assertThat(Ctl.COUNT_MASK).isEqualTo(536_870_911);
        assertThat(Ctl.toBinary(Ctl.ctlOf(Ctl.SHUTDOWN, Ctl.COUNT_MASK))).isEqualTo("000|" + "1".repeat(29));
        assertThat(Ctl.workerCountOf(Ctl.ctlOf(Ctl.RUNNING, Ctl.COUNT_MASK))).as("the largest count, unpacked")
                .isEqualTo(536_870_911);
        assertThat(Ctl.runStateOf(Ctl.ctlOf(Ctl.RUNNING, Ctl.COUNT_MASK))).as("the state beside the largest count")
                .isEqualTo(Ctl.RUNNING);
    }

    @Test
    void runningIsTheOnlyNegativeState() {
        assertThat(Ctl.ctlOf(Ctl.RUNNING, Ctl.COUNT_MASK)).isNegative();
        assertThat(Ctl.ctlOf(Ctl.SHUTDOWN, 0)).isZero();
        assertThat(Ctl.nameOf(Ctl.runStateOf(Ctl.ctlOf(Ctl.TIDYING, 7)))).isEqualTo("TIDYING");
        assertThatThrownBy(() -> Ctl.nameOf(4 << Ctl.COUNT_BITS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Claim({"J46", "J91"})
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
            assertThat(Ctl.runStateAtLeast(emptyLater, states[i]))
                    .as("%s with no workers is at least %s", Ctl.nameOf(states[i]), Ctl.nameOf(states[i])).isTrue();
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
        ControlWord count = new ControlWord();
        assertThat(count.tryIncrement()).isTrue();
        count.advanceRunState(Ctl.SHUTDOWN);

        assertThat(count.tryIncrement()).isFalse();
        assertThat(Ctl.workerCountOf(count.get())).isEqualTo(1);
    }
}
