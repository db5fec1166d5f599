package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.ctl.CtlWalkthrough.Step;
import dev.threadpools.kit.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The walk-through of demos 01 and 02 (and of the README) is what both pools really do. */
class CtlWalkthroughTest {

    /** state name, worker count, queued: the README's table without the bits. */
    private static final List<String> EXPECTED = List.of(
            "RUNNING 0 0", "RUNNING 1 0", "RUNNING 2 0", "RUNNING 2 1", "RUNNING 2 2", "RUNNING 3 2", "RUNNING 4 2",
            "RUNNING 4 2", "RUNNING 2 0", "RUNNING 2 1", "SHUTDOWN 2 1", "TIDYING 0 0", "TERMINATED 0 0",
            "RUNNING 1 2", "STOP 1 0", "TIDYING 0 0", "TERMINATED 0 0");

    @Claim({"J47", "J49", "J92", "J100"})
    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void bothPoolsLiveTheSameLife(PoolFlavour flavour) throws InterruptedException {
        CtlWalkthrough.PoolMaker maker = flavour == PoolFlavour.JDK ? CtlWalkthrough.JDK_POOL : CtlWalkthrough.SCRATCH_POOL;

        List<Step> steps = new CtlWalkthrough(maker, 20).run();

        assertThat(steps).extracting(s -> CtlBits.nameOf(s.runState()) + " " + s.workerCount() + " " + s.queued())
                .containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void rejectsANonPositiveKeepAliveAndANullMaker() {
        assertThatThrownBy(() -> new CtlWalkthrough(CtlWalkthrough.JDK_POOL, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CtlWalkthrough(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
