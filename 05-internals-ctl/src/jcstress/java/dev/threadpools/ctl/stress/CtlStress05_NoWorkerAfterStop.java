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
import org.openjdk.jcstress.infra.results.IIIIII_Result;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Stress 05: a worker is being added while {@code shutdownNow()} moves the pool to STOP.
 *
 * <p>{@code shutdownNow()} interrupts the workers it knows about; a worker counted after STOP would
 * not be interrupted and could start running tasks in a stopped pool. The defence is that the count
 * is incremented by a CAS on the whole word: if the state changed between the check and the write,
 * the CAS fails and the check is made again, now seeing STOP.
 *
 * <p>First on the ctl model, with a broken twin. Result: {@code r1} = whether the worker was counted;
 * {@code r2} = the worker count in the word that STOP replaced (the workers that existed "before
 * STOP"); {@code r3} = the final count. A worker counted after STOP shows as {@code r1 = 1} with
 * {@code r2 = 0}.
 *
 * <p>Then on both real pools, where a second defence stands behind the CAS: a counted worker joins the
 * pool's set of workers only under the main lock, after a fresh look at the state, and
 * {@code shutdownNow()} advances to STOP and visits the set under the same lock. So a worker is either
 * in the set before {@code shutdownNow()} looks (and is one it deals with) or sees STOP and is
 * undone.
 */
public final class CtlStress05_NoWorkerAfterStop {

    private CtlStress05_NoWorkerAfterStop() {
    }

    /*
     * Observed outcomes (under each variant) are from one run of
     *     ./mvnw -q compile -pl 05-internals-ctl -Djcstress   (jcstress 0.16, -m quick)
     * on 2 cores (AMD EPYC), Linux, Temurin JDK 25.0.3+9, 2026-12-07, with other builds running
     * (load average 5 to 12; 17 min for the 13 variants): samples summed over the 14 JVM
     * configurations of each variant. Each variant stands alone, as in jcstress-samples: a broken
     * twin repeats the actors of the variant it mirrors, so that only the implementation differs.
     */

    /** The real thing: {@link CtlWord#tryIncrement(int, boolean)}, a CAS on the whole word. */
    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Counted before STOP; shutdownNow() knew about it.")
    @Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "STOP came first; the worker was refused.")
    @Outcome(id = "1, 0, 1", expect = FORBIDDEN, desc = "Counted after STOP: a worker shutdownNow() never saw.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else is possible.")
    @State
    public static class Cas {
        private final CtlWord ctl = new CtlWord();

        @Actor
        public void addWorker(III_Result r) {
            r.r1 = ctl.tryIncrement(CtlBits.COUNT_MASK, CtlWord.FOR_NEW_TASK) ? 1 : 0;
        }

        @Actor
        public void shutdownNow(III_Result r) {
            r.r2 = CtlBits.workerCountOf(ctl.advanceRunState(CtlBits.STOP));
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = CtlBits.workerCountOf(ctl.get());
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *    RESULT    SAMPLES     FREQ      EXPECT
     *   0, 0, 0  2,080,847   20.67%  Acceptable
     *   1, 1, 1  7,983,750   79.33%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */

    /**
     * Broken twin: check the state on one read, then add one with an atomic increment that does not
     * look at the state. The increment is atomic and loses nothing, and it is still wrong: it can
     * land after STOP.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Counted before STOP.")
    @Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "STOP came first; the worker was refused.")
    @Outcome(id = "1, 0, 1", expect = FORBIDDEN, desc = "Counted after STOP: a worker shutdownNow() never saw.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else is expected.")
    @State
    public static class BrokenCheckThenIncrement {
        private final AtomicInteger ctl = new AtomicInteger(CtlBits.ctlOf(CtlBits.RUNNING, 0));

        private int brokenIncrement() {
            if (CtlBits.runStateOf(ctl.get()) != CtlBits.RUNNING) {
                return 0;
            }
            ctl.incrementAndGet();
            return 1;
        }

        @Actor
        public void addWorker(III_Result r) {
            r.r1 = brokenIncrement();
        }

        /** The correct move, as {@code CtlWord.advanceRunState} makes it from RUNNING. */
        @Actor
        public void shutdownNow(III_Result r) {
            int c;
            do {
                c = ctl.get();
            } while (!ctl.compareAndSet(c, CtlBits.ctlOf(CtlBits.STOP, CtlBits.workerCountOf(c))));
            r.r2 = CtlBits.workerCountOf(c);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = CtlBits.workerCountOf(ctl.get());
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *    RESULT     SAMPLES     FREQ      EXPECT
     *   0, 0, 0   3,597,807   17.40%  Acceptable
     *   1, 1, 1  16,868,018   81.59%  Acceptable
     *   1, 0, 1     208,721    1.01%   Forbidden
     *
     * Forbidden outcome seen in 14 of 14 JVM configurations.
     */

    /**
     * Both real pools, raced in the same sample: {@code prestartCoreThread()} adds a worker while
     * {@code shutdownNow()} stops the pool. The worker's thread is held before it begins
     * ({@link HeldWorkerThreads}), so a worker stays in the set once it got there until the arbiter
     * has read the sizes and releases it: the pool sizes read below are exact. For each pool:
     * whether {@code prestartCoreThread()} added the worker, the pool size read right after
     * {@code shutdownNow()} returned, and the final pool size (r1-r3 the JDK's, r4-r6 ours).
     */
    @JCStressTest
    @Outcome(id = {"1, 1, 1, 1, 1, 1", "1, 1, 1, 0, 0, 0", "0, 0, 0, 1, 1, 1", "0, 0, 0, 0, 0, 0"},
            expect = ACCEPTABLE, desc = "Each pool added the worker before STOP (1, 1, 1) or refused it (0, 0, 0).")
    @Outcome(expect = FORBIDDEN, desc = "A pool added a worker after shutdownNow() returned (1, 0, 1), or miscounted.")
    @State
    public static class BothPools {
        private final HeldWorkerThreads threads = new HeldWorkerThreads();
        private final ThreadPoolExecutor jdk = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads, new ThreadPoolExecutor.AbortPolicy());
        private final ScratchThreadPoolExecutor scratch = new ScratchThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads, new ScratchThreadPoolExecutor.AbortPolicy());

        @Actor
        public void addWorker(IIIIII_Result r) {
            r.r1 = jdk.prestartCoreThread() ? 1 : 0;
            r.r4 = scratch.prestartCoreThread() ? 1 : 0;
        }

        @Actor
        public void shutdownNow(IIIIII_Result r) {
            jdk.shutdownNow();
            r.r2 = jdk.getPoolSize();
            scratch.shutdownNow();
            r.r5 = scratch.getPoolSize();
        }

        @Arbiter
        public void arbiter(IIIIII_Result r) {
            r.r3 = jdk.getPoolSize();
            r.r6 = scratch.getPoolSize();
            threads.release();
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *             RESULT    SAMPLES     FREQ      EXPECT
     *   0, 0, 0, 0, 0, 0  2,059,070   60.64%  Acceptable
     *   0, 0, 0, 1, 1, 1     13,137    0.39%  Acceptable
     *   1, 1, 1, 0, 0, 0      7,993    0.24%  Acceptable
     *   1, 1, 1, 1, 1, 1  1,315,318   38.74%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */
}
