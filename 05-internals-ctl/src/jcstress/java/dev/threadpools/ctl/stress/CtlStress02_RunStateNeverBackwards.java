package dev.threadpools.ctl.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.threadpools.ctl.CtlBits;
import dev.threadpools.ctl.CtlWord;
import dev.threadpools.ctl.JdkObservablePool;
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
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Stress 02: {@code shutdown()} and {@code shutdownNow()} race on a RUNNING pool.
 *
 * <p>Whatever the order, the pool must end in STOP: a run state never moves backwards. If
 * {@code shutdown()} could overwrite STOP with SHUTDOWN, the queue that {@code shutdownNow()} just
 * promised to abandon would be run after all, and workers that were told to stop would carry on.
 *
 * <p>First on the ctl model, with a broken twin, then on both real pools. In the real pools the two
 * methods cannot even interleave their writes: both advance the state while holding the pool's main
 * lock. The CAS loop in {@code advanceRunState} is needed all the same, because the word also holds
 * the worker count, which workers change without that lock (adding a worker, timing out): a plain
 * {@code set} would lose their change. {@code CtlStress05} races the state against a worker being
 * counted.
 *
 * <p>Result on the model: {@code r1} = whether {@code shutdown()} moved the state, {@code r2} = whether
 * {@code shutdownNow()} did, {@code r3} = the final run state as a small number
 * (-1 RUNNING, 0 SHUTDOWN, 1 STOP, 2 TIDYING, 3 TERMINATED).
 */
public final class CtlStress02_RunStateNeverBackwards {

    private CtlStress02_RunStateNeverBackwards() {
    }

    /*
     * Observed outcomes (under each variant) are from one run of
     *     ./mvnw -q compile -pl 05-internals-ctl -Djcstress   (jcstress 0.16, -m quick)
     * on 2 cores (AMD EPYC), Linux, Temurin JDK 25.0.3+9, 2026-12-07, with other builds running
     * (load average 5 to 12; 17 min for the 13 variants): samples summed over the 14 JVM
     * configurations of each variant. Each variant stands alone, as in jcstress-samples: a broken
     * twin repeats the actors of the variant it mirrors, so that only the implementation differs.
     */

    /** The run state of {@code ctl} as -1..3, the way the outcomes spell it. */
    static int stateNumber(int ctl) {
        return CtlBits.runStateOf(ctl) >> CtlBits.COUNT_BITS;
    }

    /** The real thing: {@link CtlWord#advanceRunState}, a CAS loop that gives up once at or past the target. */
    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "shutdown() first, then shutdownNow() moved on to STOP.")
    @Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "shutdownNow() first; shutdown() found STOP and left it.")
    @Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "Went backwards: SHUTDOWN overwrote STOP.")
    @Outcome(expect = FORBIDDEN, desc = "STOP is always reached, by shutdownNow() alone.")
    @State
    public static class CasLoop {
        private final CtlWord ctl = new CtlWord();

        @Actor
        public void shutdown(III_Result r) {
            r.r1 = CtlBits.runStateOf(ctl.advanceRunState(CtlBits.SHUTDOWN)) < CtlBits.SHUTDOWN ? 1 : 0;
        }

        @Actor
        public void shutdownNow(III_Result r) {
            r.r2 = CtlBits.runStateOf(ctl.advanceRunState(CtlBits.STOP)) < CtlBits.STOP ? 1 : 0;
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = stateNumber(ctl.get());
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *    RESULT    SAMPLES     FREQ      EXPECT
     *   0, 1, 1  5,557,244   45.19%  Acceptable
     *   1, 1, 1  6,739,163   54.81%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */

    /**
     * Broken twin: check the state, then write the new word with a plain {@code set}. Between the
     * check and the write, the other thread can move the state further; the write then moves it back.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "shutdown() wrote first, then shutdownNow().")
    @Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "shutdownNow() wrote first; shutdown() saw STOP.")
    @Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "Went backwards: SHUTDOWN overwrote STOP.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else is expected.")
    @State
    public static class BrokenCheckThenSet {
        private final AtomicInteger ctl = new AtomicInteger(CtlBits.ctlOf(CtlBits.RUNNING, 0));

        private int brokenAdvance(int target) {
            int c = ctl.get();
            if (CtlBits.runStateAtLeast(c, target)) {
                return 0;
            }
            ctl.set(CtlBits.ctlOf(target, CtlBits.workerCountOf(c)));
            return 1;
        }

        @Actor
        public void shutdown(III_Result r) {
            r.r1 = brokenAdvance(CtlBits.SHUTDOWN);
        }

        @Actor
        public void shutdownNow(III_Result r) {
            r.r2 = brokenAdvance(CtlBits.STOP);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = stateNumber(ctl.get());
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *    RESULT    SAMPLES     FREQ      EXPECT
     *   0, 1, 1  5,417,716   37.08%  Acceptable
     *   1, 1, 1  9,102,362   62.30%  Acceptable
     *   1, 1, 0     91,620    0.63%   Forbidden
     *
     * Forbidden outcome seen in 14 of 14 JVM configurations.
     */

    /**
     * Both real pools, raced in the same sample: {@code shutdown()} and {@code shutdownNow()} on a pool
     * that has one counted worker whose thread is held before it begins ({@link HeldWorkerThreads}).
     * The worker keeps each pool from terminating, so the arbiter reads the state the race left, from the ctl
     * word itself (the JDK's through reflection: the launcher opens {@code java.util.concurrent} to
     * the forked VMs, see this module's POM). r1, r2 = the JDK pool's final state and worker count;
     * r3, r4 = the same for ours.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Both pools ended in STOP with their worker still counted.")
    @Outcome(expect = FORBIDDEN, desc = "A pool ended in another state (0 = SHUTDOWN: it went backwards) or lost its count.")
    @State
    public static class BothPools {
        private final HeldWorkerThreads threads = new HeldWorkerThreads();
        private final JdkObservablePool jdk = new JdkObservablePool(1, 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads, new ThreadPoolExecutor.AbortPolicy());
        private final ScratchThreadPoolExecutor scratch = new ScratchThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads, new ScratchThreadPoolExecutor.AbortPolicy());

        public BothPools() {
            jdk.prestartCoreThread();
            scratch.prestartCoreThread();
        }

        @Actor
        public void shutdown() {
            jdk.shutdown();
            scratch.shutdown();
        }

        @Actor
        public void shutdownNow() {
            jdk.shutdownNow();
            scratch.shutdownNow();
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            int jdkCtl = jdk.ctl();
            int scratchCtl = scratch.ctl();
            r.r1 = stateNumber(jdkCtl);
            r.r2 = CtlBits.workerCountOf(jdkCtl);
            r.r3 = stateNumber(scratchCtl);
            r.r4 = CtlBits.workerCountOf(scratchCtl);
            threads.release();
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *       RESULT    SAMPLES     FREQ      EXPECT
     *   1, 1, 1, 1  2,923,202  100.00%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */
}
