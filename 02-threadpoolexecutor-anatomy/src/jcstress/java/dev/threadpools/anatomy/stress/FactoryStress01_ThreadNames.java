package dev.threadpools.anatomy.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.threadpools.anatomy.PoolThreadFactory;
import dev.threadpools.anatomy.SeedThreadFactory;
import java.util.concurrent.ThreadFactory;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * Factory stress 01: two threads ask one {@code ThreadFactory} for a thread at the same moment, as a
 * pool does when two threads call {@code execute()} at once (proven in {@code ThreadFactoryTest}).
 *
 * <p>{@code r1}, {@code r2}: the names the two threads got. Two distinct names are the only correct
 * outcome; the same name twice means the counter lost an update.
 */
public final class FactoryStress01_ThreadNames {

    private FactoryStress01_ThreadNames() {
    }

    /*
     * Observed outcomes (under each variant) are from one run of
     *     ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Djcstress   (jcstress 0.16, -m quick)
     * on 2 cores (AMD EPYC), Linux, Temurin JDK 25.0.3+9, 2026-12-07, with other builds running
     * (load average about 9; 2 min 9 s): samples summed over the 14 JVM configurations of each
     * variant. Each variant stands alone, as in jcstress-samples: the broken variant repeats the
     * actors of the fixed one, so that only the factory differs.
     */

    private static final Runnable NOTHING = () -> { };

    /** The seed's factory: {@code "my-pool-worker-" + count++} on a plain int. */
    @JCStressTest
    @Outcome(id = {"my-pool-worker-1, my-pool-worker-2", "my-pool-worker-2, my-pool-worker-1"}, expect = ACCEPTABLE,
            desc = "The calls did not overlap, or count++ happened to be read-modify-written one after the other.")
    @Outcome(id = {"my-pool-worker-1, my-pool-worker-1", "my-pool-worker-2, my-pool-worker-2"}, expect = FORBIDDEN,
            desc = "Both read the same count: two workers share a name.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else is expected.")
    @State
    public static class BrokenSeedCounter {
        private final ThreadFactory factory = new SeedThreadFactory();

        @Actor
        public void firstExecute(LL_Result r) {
            r.r1 = factory.newThread(NOTHING).getName();
        }

        @Actor
        public void secondExecute(LL_Result r) {
            r.r2 = factory.newThread(NOTHING).getName();
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *                               RESULT    SAMPLES     FREQ      EXPECT
     *   my-pool-worker-1, my-pool-worker-2  5,285,336   60.99%  Acceptable
     *   my-pool-worker-2, my-pool-worker-1  3,363,147   38.81%  Acceptable
     *   my-pool-worker-1, my-pool-worker-1     17,715    0.20%   Forbidden
     *
     * Forbidden outcome seen in 14 of 14 JVM configurations.
     */

    /** The fix: {@link PoolThreadFactory}, whose counter is an {@code AtomicInteger}. */
    @JCStressTest
    @Outcome(id = {"w-1, w-2", "w-2, w-1"}, expect = ACCEPTABLE, desc = "Distinct names in either order.")
    @Outcome(expect = FORBIDDEN, desc = "A repeated name would be a lost update.")
    @State
    public static class AtomicCounter {
        private final ThreadFactory factory = new PoolThreadFactory("w");

        @Actor
        public void firstExecute(LL_Result r) {
            r.r1 = factory.newThread(NOTHING).getName();
        }

        @Actor
        public void secondExecute(LL_Result r) {
            r.r2 = factory.newThread(NOTHING).getName();
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *     RESULT    SAMPLES     FREQ      EXPECT
     *   w-1, w-2  6,465,798   63.49%  Acceptable
     *   w-2, w-1  3,718,060   36.51%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */
}
