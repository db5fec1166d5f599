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

class CtlBitsTest {

    @Claim({"J45", "J91"})
    @ParameterizedTest
    @ValueSource(strings = {"COUNT_BITS", "COUNT_MASK", "RUNNING", "SHUTDOWN", "STOP", "TIDYING", "TERMINATED"})
    void everyConstantEqualsTheJdksPrivateOne(String name) throws ReflectiveOperationException {
        int ours = CtlBits.class.getField(name).getInt(null);
        int jdks = (Integer) JdkObservablePool.readPrivate(null, name);

        assertThat(ours).as("CtlBits.%s against ThreadPoolExecutor.%s", name, name).isEqualTo(jdks);
    }

    @Claim({"J45", "J91"})
    @Test
    void aFreshJdkPoolIsRunningWithNoWorkers() {
        JdkObservablePool pool = new JdkObservablePool(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Executors.defaultThreadFactory(), new ThreadPoolExecutor.AbortPolicy());
        try {
            assertThat(pool.ctl()).isEqualTo(CtlBits.ctlOf(CtlBits.RUNNING, 0));
        } finally {
            pool.shutdown();
        }
        assertThat(pool.ctl()).as("shut down with no workers: straight to TERMINATED")
                .isEqualTo(CtlBits.ctlOf(CtlBits.TERMINATED, 0));
    }

    @Claim({"J46", "J91"})
    @Test
    void theCountHoldsAboutHalfABillionWorkers() {
        assertThat(CtlBits.COUNT_MASK).isEqualTo(536_870_911);
        assertThat(CtlBits.toBinary(CtlBits.ctlOf(CtlBits.SHUTDOWN, CtlBits.COUNT_MASK))).isEqualTo("000|" + "1".repeat(29));
        assertThat(CtlBits.workerCountOf(CtlBits.ctlOf(CtlBits.RUNNING, CtlBits.COUNT_MASK))).as("the largest count, unpacked")
                .isEqualTo(536_870_911);
        assertThat(CtlBits.runStateOf(CtlBits.ctlOf(CtlBits.RUNNING, CtlBits.COUNT_MASK))).as("the state beside the largest count")
                .isEqualTo(CtlBits.RUNNING);
    }

    @Test
    void runningIsTheOnlyNegativeState() {
        assertThat(CtlBits.ctlOf(CtlBits.RUNNING, CtlBits.COUNT_MASK)).isNegative();
        assertThat(CtlBits.ctlOf(CtlBits.SHUTDOWN, 0)).isZero();
        assertThat(CtlBits.nameOf(CtlBits.runStateOf(CtlBits.ctlOf(CtlBits.TIDYING, 7)))).isEqualTo("TIDYING");
        assertThatThrownBy(() -> CtlBits.nameOf(4 << CtlBits.COUNT_BITS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Claim({"J46", "J91"})
    @Test
    void packsStateIntoTheHighThreeBitsAndCountIntoTheLow29() {
        int ctl = CtlBits.ctlOf(CtlBits.STOP, 5);

        assertThat(CtlBits.runStateOf(ctl)).isEqualTo(CtlBits.STOP);
        assertThat(CtlBits.workerCountOf(ctl)).isEqualTo(5);
        assertThat(CtlBits.toBinary(ctl)).isEqualTo("001|00000000000000000000000000101");
        assertThat(CtlBits.toBinary(CtlBits.ctlOf(CtlBits.RUNNING, 0))).isEqualTo("111|00000000000000000000000000000");
    }

    @Test
    void statesAreOrderedWhateverTheWorkerCount() {
        int[] states = {CtlBits.RUNNING, CtlBits.SHUTDOWN, CtlBits.STOP, CtlBits.TIDYING, CtlBits.TERMINATED};
        for (int i = 1; i < states.length; i++) {
            int fullerEarlier = CtlBits.ctlOf(states[i - 1], CtlBits.COUNT_MASK);
            int emptyLater = CtlBits.ctlOf(states[i], 0);
            assertThat(fullerEarlier).as("%s with max workers < %s with none",
                    CtlBits.nameOf(states[i - 1]), CtlBits.nameOf(states[i])).isLessThan(emptyLater);
            assertThat(CtlBits.runStateAtLeast(emptyLater, states[i - 1])).isTrue();
            assertThat(CtlBits.runStateAtLeast(fullerEarlier, states[i])).isFalse();
            assertThat(CtlBits.runStateAtLeast(emptyLater, states[i]))
                    .as("%s with no workers is at least %s", CtlBits.nameOf(states[i]), CtlBits.nameOf(states[i])).isTrue();
        }
    }

    @Test
    void rejectsValuesThatDoNotFit() {
        assertThatThrownBy(() -> CtlBits.ctlOf(CtlBits.RUNNING, CtlBits.COUNT_MASK + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CtlBits.ctlOf(CtlBits.RUNNING, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CtlBits.ctlOf(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void incrementStopsOnceThePoolIsShutDown() {
        CtlWord count = new CtlWord();
        assertThat(count.tryIncrement()).isTrue();
        count.advanceRunState(CtlBits.SHUTDOWN);

        assertThat(count.tryIncrement()).isFalse();
        assertThat(CtlBits.workerCountOf(count.get())).isEqualTo(1);
    }
}
