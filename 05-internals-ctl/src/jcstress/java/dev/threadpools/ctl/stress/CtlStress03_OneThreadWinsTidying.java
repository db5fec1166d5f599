package dev.threadpools.ctl.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.threadpools.ctl.CtlBits;
import dev.threadpools.ctl.CtlWord;
import dev.threadpools.ctl.ScratchThreadPoolExecutor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Stress 03: two threads try to finish the pool at the same moment.
 *
 * <p>In a pool every worker that exits, every {@code shutdown()} and every removal from the queue
 * calls {@code tryTerminate()}; several can find "shut down, no workers, empty queue" at once. Exactly
 * one may move to TIDYING, because the winner runs {@code terminated()}, and a hook that runs twice
 * (closing a connection pool twice, say) is a bug. Exactly one, not zero: if nobody wins, the pool
 * never terminates and {@code awaitTermination} waits forever.
 *
 * <p>First on the ctl model, with a broken twin; then on both real pools, where the outcome is
 * observable from outside: a pool with no workers is finished by whichever of {@code shutdown()} and
 * {@code shutdownNow()} gets there, and {@code terminated()} counts its calls.
 */
public final class CtlStress03_OneThreadWinsTidying {

    private CtlStress03_OneThreadWinsTidying() {
    }

    /*
     * Observed outcomes (under each variant) are from one run of
     *     ./mvnw -q compile -pl 05-internals-ctl -Djcstress   (jcstress 0.16, -m quick)
     * on 2 cores (AMD EPYC), Linux, Temurin JDK 25.0.3+9, 2026-12-07, with other builds running
     * (load average 5 to 12; 17 min for the 13 variants): samples summed over the 14 JVM
     * configurations of each variant. Each variant stands alone, as in jcstress-samples: a broken
     * twin repeats the actors of the variant it mirrors, so that only the implementation differs.
     */

    /** The model: {@link CtlWord#tryEnterTidying}, a CAS from the observed word. r1, r2 = who won. */
    @JCStressTest
    @Outcome(id = {"1, 0", "0, 1"}, expect = ACCEPTABLE, desc = "Exactly one thread won TIDYING.")
    @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "Both won: terminated() would run twice.")
    @Outcome(id = "0, 0", expect = FORBIDDEN, desc = "Nobody won: the pool would never terminate.")
    @State
    public static class Cas {
        private final CtlWord ctl = new CtlWord();

        public Cas() {
            ctl.advanceRunState(CtlBits.STOP);
        }

        @Actor
        public void lastWorkerExits(II_Result r) {
            r.r1 = ctl.tryEnterTidying() ? 1 : 0;
        }

        @Actor
        public void shutdownNowReturns(II_Result r) {
            r.r2 = ctl.tryEnterTidying() ? 1 : 0;
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *   RESULT     SAMPLES     FREQ      EXPECT
     *     0, 1  13,970,988   61.13%  Acceptable
     *     1, 0   8,885,172   38.87%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */

    /** Broken twin: check "STOP with no workers", then set TIDYING. Both threads can pass the check. */
    @JCStressTest
    @Outcome(id = {"1, 0", "0, 1"}, expect = ACCEPTABLE, desc = "The threads happened not to overlap.")
    @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "Both won: terminated() would run twice.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else is expected.")
    @State
    public static class BrokenCheckThenSet {
        private final AtomicInteger ctl = new AtomicInteger(CtlBits.ctlOf(CtlBits.STOP, 0));

        private int brokenTryEnterTidying() {
            int c = ctl.get();
            if (CtlBits.runStateOf(c) != CtlBits.STOP || CtlBits.workerCountOf(c) != 0) {
                return 0;
            }
            ctl.set(CtlBits.ctlOf(CtlBits.TIDYING, 0));
            return 1;
        }

        @Actor
        public void lastWorkerExits(II_Result r) {
            r.r1 = brokenTryEnterTidying();
        }

        @Actor
        public void shutdownNowReturns(II_Result r) {
            r.r2 = brokenTryEnterTidying();
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *   RESULT    SAMPLES     FREQ      EXPECT
     *     0, 1  6,325,830   52.94%  Acceptable
     *     1, 0  5,480,208   45.87%  Acceptable
     *     1, 1    142,021    1.19%   Forbidden
     *
     * Forbidden outcome seen in 14 of 14 JVM configurations.
     */

    /**
     * Both real pools, raced in the same sample (one jcstress test instead of two keeps the suite
     * within its CI budget: each test costs about 40 s of JVM start-up here). r1, r2 = the JDK pool's
     * {@code terminated()} calls and {@code isTerminated()}; r3, r4 = the same for ours.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Each pool ran terminated() once and is terminated.")
    @Outcome(id = {"2, 1, 1, 1", "1, 1, 2, 1"}, expect = FORBIDDEN, desc = "A pool ran terminated() twice.")
    @Outcome(expect = FORBIDDEN, desc = "A pool did not terminate.")
    @State
    public static class BothPools {
        private final AtomicInteger jdkCalls = new AtomicInteger();
        private final AtomicInteger scratchCalls = new AtomicInteger();
        private final ThreadPoolExecutor jdk = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>()) {
            @Override
            protected void terminated() {
                jdkCalls.incrementAndGet();
            }
        };
        private final ScratchThreadPoolExecutor scratch = new ScratchThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>()) {
            @Override
            protected void terminated() {
                scratchCalls.incrementAndGet();
            }
        };

        @Actor
        public void callShutdown() {
            jdk.shutdown();
            scratch.shutdown();
        }

        @Actor
        public void callShutdownNow() {
            jdk.shutdownNow();
            scratch.shutdownNow();
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            r.r1 = jdkCalls.get();
            r.r2 = jdk.isTerminated() ? 1 : 0;
            r.r3 = scratchCalls.get();
            r.r4 = scratch.isTerminated() ? 1 : 0;
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *       RESULT    SAMPLES     FREQ      EXPECT
     *   1, 1, 1, 1  2,828,276  100.00%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */
}
