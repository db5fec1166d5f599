package dev.threadpools.ctl.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.threadpools.ctl.CtlBits;
import dev.threadpools.ctl.ScratchThreadPoolExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Stress 04: {@code execute(task)} races {@code shutdownNow()}.
 *
 * <p>The promise of the pool: a task that {@code execute} accepted is either run or handed back by
 * {@code shutdownNow()}; a task it rejected is neither. Losing an accepted task means work silently
 * not done; returning a rejected one means the caller may run it twice.
 *
 * <p>To make the race cheap enough for millions of samples, the pools get a thread factory that makes
 * no thread (it returns null, which the JDK allows: the pool carries on without that worker) after
 * spinning briefly, as making a real thread takes time. So no task ever runs here, and an accepted
 * task can only wait in the queue: the outcome is fully decided by "accepted?" and "returned by
 * shutdownNow?". That tasks which do get a worker run is checked by {@code PoolContractTest}.
 *
 * <p>Result: {@code r1} = 1 if {@code execute} accepted the task, 0 if it rejected it;
 * {@code r2} = how many tasks {@code shutdownNow()} returned.
 */
public final class CtlStress04_ExecuteRacesShutdownNow {

    private CtlStress04_ExecuteRacesShutdownNow() {
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
     * Makes no thread, after spinning for about a microsecond: a stand-in for the time a real factory
     * takes to make one (tens of microseconds). That time is part of {@code execute}'s window in which
     * {@code shutdownNow()} can strike, so leaving it out would make the race unrealistically narrow,
     * for the real pools as much as for the broken twin.
     */
    private static final ThreadFactory NO_THREADS = runnable -> {
        for (int i = 0; i < 64; i++) {
            Thread.onSpinWait();
        }
        return null;
    };
    private static final Runnable TASK = () -> { };

    static int accepted(ExecutorService pool) {
        try {
            pool.execute(TASK);
            return 1;
        } catch (RejectedExecutionException e) {
            return 0;
        }
    }

    /**
     * Both real pools, raced in the same sample (one jcstress test instead of two keeps the suite
     * within its CI budget). r1, r2 = accepted by / returned from the JDK's pool; r3, r4 = the same
     * for ours. Each pair must be "1, 1" or "0, 0".
     */
    @JCStressTest
    @Outcome(id = {"1, 1, 1, 1", "1, 1, 0, 0", "0, 0, 1, 1", "0, 0, 0, 0"}, expect = ACCEPTABLE,
            desc = "Each pool either accepted the task and handed it back, or rejected it.")
    @Outcome(expect = FORBIDDEN, desc = "A pool lost an accepted task (1, 0) or handed back a rejected one (0, 1).")
    @State
    public static class BothPools {
        private final ThreadPoolExecutor jdk = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), NO_THREADS, new ThreadPoolExecutor.AbortPolicy());
        private final ScratchThreadPoolExecutor scratch = new ScratchThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), NO_THREADS, new ScratchThreadPoolExecutor.AbortPolicy());

        @Actor
        public void submitter(IIII_Result r) {
            r.r1 = accepted(jdk);
            r.r3 = accepted(scratch);
        }

        @Actor
        public void stopper(IIII_Result r) {
            r.r2 = jdk.shutdownNow().size();
            r.r4 = scratch.shutdownNow().size();
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *       RESULT    SAMPLES     FREQ      EXPECT
     *   0, 0, 0, 0  1,417,879   77.86%  Acceptable
     *   0, 0, 1, 1        152    0.01%  Acceptable
     *   1, 1, 0, 0        633    0.03%  Acceptable
     *   1, 1, 1, 1    402,341   22.09%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */

    /**
     * Broken twin: {@code execute} reads the state once, at the start, and trusts it to the end: no
     * fresh read after step 1, no recheck after the offer. If {@code shutdownNow()} runs while step 1
     * is failing to add a worker, the task is offered to the queue of a stopped pool that has already
     * been drained: accepted, and gone.
     */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Accepted, then handed back.")
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Rejected after shutdownNow().")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Lost: queued after shutdownNow() drained the queue.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else is expected.")
    @State
    public static class BrokenStaleState {
        private final StaleStatePool pool = new StaleStatePool();

        @Actor
        public void submitter(II_Result r) {
            r.r1 = accepted(pool);
        }

        @Actor
        public void stopper(II_Result r) {
            r.r2 = pool.shutdownNow().size();
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *   RESULT    SAMPLES     FREQ      EXPECT
     *     0, 0  3,566,832   74.45%  Acceptable
     *     1, 1  1,218,453   25.43%  Acceptable
     *     1, 0      5,363    0.11%   Forbidden
     *
     * Forbidden outcome seen in 14 of 14 JVM configurations.
     */

    /**
     * The pool of the broken twin: ours, with {@code execute} rewritten to trust its first read of
     * the state. It overrides {@code execute} through the same protected steps
     * ({@code addWorker}, {@code reject}) as exercise 03's pool. Extending the lesson's pool is on
     * purpose here: the twin must be our pool with nothing but {@code execute} wrong, and those steps
     * are the pool's extension API (as the hooks are, which {@code CtlStress03} overrides).
     */
    private static final class StaleStatePool extends ScratchThreadPoolExecutor {
        StaleStatePool() {
            super(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), NO_THREADS, new AbortPolicy());
        }

        @Override
        public void execute(Runnable command) {
            int c = ctl();
            if (CtlBits.workerCountOf(c) < getCorePoolSize() && addWorker(command, UP_TO_CORE)) {
                return;
            }
            if (CtlBits.runStateOf(c) == CtlBits.RUNNING && getQueue().offer(command)) {
                return;
            }
            if (!addWorker(command, UP_TO_MAXIMUM)) {
                reject(command);
            }
        }
    }
}
