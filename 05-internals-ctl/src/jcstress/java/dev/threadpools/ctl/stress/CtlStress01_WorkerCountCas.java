package dev.threadpools.ctl.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.threadpools.ctl.CtlBits;
import dev.threadpools.ctl.CtlWord;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Stress 01: two threads add a worker to the same ctl word at the same moment.
 *
 * <p>This is what two {@code execute()} calls racing below {@code corePoolSize} do. Each must add
 * exactly one to the worker count, or the pool would start more (or fewer) threads than it counts,
 * and later decisions based on the count would be wrong.
 *
 * <p>Result: {@code r1}, {@code r2} = whether actor 1 and actor 2 counted a worker (each actor writes
 * only its own field); {@code r3} = the worker count in the final word.
 */
public final class CtlStress01_WorkerCountCas {

    private CtlStress01_WorkerCountCas() {
    }

    /*
     * Observed outcomes (under each variant) are from one run of
     *     ./mvnw -q compile -pl 05-internals-ctl -Djcstress   (jcstress 0.16, -m quick)
     * on 2 cores (AMD EPYC), Linux, Temurin JDK 25.0.3+9, 2026-12-07, with other builds running
     * (load average 5 to 12; 17 min for the 13 variants): samples summed over the 14 JVM
     * configurations of each variant. Each variant stands alone, as in jcstress-samples: a broken
     * twin repeats the actors of the variant it mirrors, so that only the implementation differs.
     */

    /**
     * The real thing: {@link CtlWord#tryIncrement()}, a CAS on the whole word, retried when
     * another thread got there first.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "Both increments counted, in either order.")
    @Outcome(id = "1, 1, 1", expect = FORBIDDEN, desc = "Lost update: two workers started, one counted.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else can happen in a RUNNING pool with room.")
    @State
    public static class Cas {
        private final CtlWord ctl = new CtlWord();

        @Actor
        public void actor1(III_Result r) {
            r.r1 = ctl.tryIncrement() ? 1 : 0;
        }

        @Actor
        public void actor2(III_Result r) {
            r.r2 = ctl.tryIncrement() ? 1 : 0;
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
     *   1, 1, 2  17,449,743  100.00%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */

    /**
     * Broken twin: read the word, then write back the value plus one. Both threads can read the same
     * word and both write the same "+1", so one increment is lost. jcstress must catch this, or the
     * test above could not tell a correct increment from a broken one.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "The threads happened not to overlap.")
    @Outcome(id = "1, 1, 1", expect = FORBIDDEN, desc = "Lost update: both read the same word and wrote +1.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else is expected.")
    @State
    public static class BrokenReadThenWrite {
        private final AtomicInteger ctl = new AtomicInteger(CtlBits.ctlOf(CtlBits.RUNNING, 0));

        private boolean brokenIncrement() {
            int c = ctl.get();
            ctl.set(c + 1);
            return true;
        }

        @Actor
        public void actor1(III_Result r) {
            r.r1 = brokenIncrement() ? 1 : 0;
        }

        @Actor
        public void actor2(III_Result r) {
            r.r2 = brokenIncrement() ? 1 : 0;
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
     *   1, 1, 2  11,433,972   98.19%  Acceptable
     *   1, 1, 1     210,622    1.81%   Forbidden
     *
     * Forbidden outcome seen in 14 of 14 JVM configurations.
     */
}
