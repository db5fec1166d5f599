package dev.threadpools.shutdown.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Stress 01: one thread submits a task while another shuts the pool down.
 *
 * <p>Two answers are honest: the task was accepted and then ran (shutdown drains the queue), or it was
 * rejected at submission. The third, "accepted and never ran", is a lost task: the caller was told
 * yes and nobody will ever do the work.
 *
 * <p>Result: {@code r1} = 1 if {@code execute} accepted the task, 0 if it threw
 * {@link RejectedExecutionException}; {@code r2} = 1 if the task ran by the time the pool terminated.
 */
public final class ShutdownStress01_SubmitVsShutdown {

    private ShutdownStress01_SubmitVsShutdown() {
    }

    /*
     * Observed outcomes (under each variant) are from one run of
     *     ./mvnw -q compile -pl 06-shutdown -Djcstress   (jcstress 0.16, -m quick)
     * on 2 cores (AMD EPYC), Linux, Temurin JDK 25.0.3+9, 2026-12-07, with other builds running
     * (load average 4 to 9; 2 min 50 s): samples summed over the 14 JVM configurations of each
     * variant. Each variant stands alone, as in jcstress-samples: the broken twin repeats the
     * actors of the JDK pool's variant, so that only the executor differs.
     */

    /**
     * The JDK pool. {@code execute} checks the run state, offers the task to the queue, and then
     * checks the state <em>again</em>: if a shutdown slipped in between and the task can still be
     * taken back out of the queue, it is rejected; if it cannot, a worker has it or will get it, and
     * {@code shutdown} waits for the queue to be empty before the pool may terminate.
     */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Accepted before the shutdown took effect, and ran.")
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Rejected at submission: the caller knows.")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Accepted and lost.")
    @Outcome(expect = FORBIDDEN, desc = "A rejected task must not run.")
    @State
    public static class JdkPool {
        private final ThreadPoolExecutor pool =
                new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        private volatile boolean ran;

        @Actor
        public void submitter(II_Result r) {
            try {
                pool.execute(() -> ran = true);
                r.r1 = 1;
            } catch (RejectedExecutionException e) {
                r.r1 = 0;
            }
        }

        @Actor
        public void stopper() {
            pool.shutdown();
        }

        @Arbiter
        public void arbiter(II_Result r) {
            try {
                // Bounded: a pool that never terminates shows up as "did not run", a FORBIDDEN outcome.
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r.r2 = ran ? 1 : 0;
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *   RESULT    SAMPLES     FREQ      EXPECT
     *     0, 0  4,243,542   98.43%  Acceptable
     *     1, 1     67,669    1.57%  Acceptable
     *
     * Passed in all 14 JVM configurations.
     */

    /**
     * Broken twin: an executor that checks a stop flag and then adds to its queue, in two steps, while
     * shutdown sets the flag and makes the last pass over the queue. If the check happens before the
     * flag is set and the add after the last pass, the task is accepted into a queue nobody reads
     * again. jcstress must see that, or the test above could not tell a correct pool from this one.
     */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Added before the last pass, and ran.")
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Saw the flag and rejected.")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Checked the flag early, added after the last pass: lost.")
    @Outcome(expect = FORBIDDEN, desc = "Nothing else is expected.")
    @State
    public static class BrokenCheckThenAdd {
        private final CheckThenAddExecutor executor = new CheckThenAddExecutor();
        private volatile boolean ran;

        @Actor
        public void submitter(II_Result r) {
            try {
                executor.execute(() -> ran = true);
                r.r1 = 1;
            } catch (RejectedExecutionException e) {
                r.r1 = 0;
            }
        }

        @Actor
        public void stopper() {
            executor.shutdownAndRunWhatIsQueued();
        }

        @Arbiter
        public void arbiter(II_Result r) {
            r.r2 = ran ? 1 : 0;
        }
    }

    /*
     * Observed in the run described at the top:
     *
     *   RESULT    SAMPLES     FREQ      EXPECT
     *     0, 0  5,986,819   48.47%  Acceptable
     *     1, 1  6,360,430   51.49%  Acceptable
     *     1, 0      4,680    0.04%   Forbidden
     *
     * Forbidden outcome seen in 14 of 14 JVM configurations.
     */

    /** The naive design: no re-check after the add, so nothing closes the window between the steps. */
    static final class CheckThenAddExecutor {
        private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
        private volatile boolean shutdown;

        void execute(Runnable task) {
            if (shutdown) {
                throw new RejectedExecutionException("shut down");
            }
            queue.add(task); // the window: shutdown may have made its last pass already
        }

        /** Stops intake, then runs what is queued, as a last worker would before it exits. */
        void shutdownAndRunWhatIsQueued() {
            shutdown = true;
            for (Runnable task; (task = queue.poll()) != null; ) {
                task.run();
            }
        }
    }
}
