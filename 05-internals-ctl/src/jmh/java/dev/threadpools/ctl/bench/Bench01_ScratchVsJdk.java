package dev.threadpools.ctl.bench;

import dev.threadpools.ctl.ScratchThreadPoolExecutor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 01: the from-scratch pool against the JDK's, same settings, same tasks, one run.
 *
 * <p>Why: {@code ScratchThreadPoolExecutor} follows the JDK's algorithm step by step, and the tests
 * show that it keeps the JDK's contract. This benchmark asks whether it also keeps the JDK's speed,
 * the module's goal being at least 0.9 times the JDK's throughput; a gap would point at a
 * difference on the hot path ({@code execute}, {@code getTask}, the worker lock) that the tests
 * cannot see. It bears on no claim of {@code docs/claims.tsv}: the seeds say nothing about a pool
 * of one's own.
 *
 * <p>Both pools have two core workers, started before measuring, and an unbounded {@code
 * LinkedBlockingQueue}, so every task takes step 2 of {@code execute}: read ctl, offer to the
 * queue, read ctl again. The tasks do nothing but count down a latch, so a score is the pool's own
 * overhead, in tasks per millisecond (higher is better):
 * <ul>
 *   <li>{@code baseline_tinyTasksInline}: the baseline, the same batch run on the calling thread,
 *       no pool: the cost of the tasks themselves, the ceiling no pool can reach.</li>
 *   <li>{@code tinyTasks_oneProducer}, {@code tinyTasks_twoProducers}: each producer thread
 *       executes a batch of {@value #BATCH} tasks and waits for the batch. Two producers contend on
 *       the queue's lock and on the ctl word.</li>
 *   <li>{@code submitGet_roundTrip}: submit one task and wait for its Future: the latency of a
 *       hand-off to a parked worker and back (a wake-up each way).</li>
 * </ul>
 *
 * <p>What to expect: the baseline a hundred times or more above every pool line, since a countdown
 * is a few nanoseconds and a hand-off is not. The two pools run the same algorithm on the same
 * queue, so the same cost within error: the queue's two locks and the wake-ups dominate, and the
 * ctl reads are a few nanoseconds of it. Read the scratch pool's scores as ratios to the JDK's in
 * the same run. The result table of a run is at the end of this file.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Bench01_ScratchVsJdk {

    static final int BATCH = 1_000;

    /**
     * The pool under test, in a state of its own so that only the pool benchmarks take the
     * parameter: the baseline runs once, not once per pool.
     */
    @State(Scope.Benchmark)
    public static class PoolUnderTest {

        @Param({"jdk", "scratch"})
        public String pool;

        ExecutorService executor;

        @Setup(Level.Trial)
        public void start() {
            // The same settings for both; two core workers are started now, so that no measured
            // task pays for a thread start.
            if (pool.equals("jdk")) {
                var jdk = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>());
                jdk.prestartAllCoreThreads();
                executor = jdk;
            } else {
                var scratch = new ScratchThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>());
                scratch.prestartAllCoreThreads();
                executor = scratch;
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            executor.shutdown();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("pool did not terminate: " + executor);
            }
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public void baseline_tinyTasksInline() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(BATCH);
        Runnable task = done::countDown;
        for (int i = 0; i < BATCH; i++) {
            task.run();
        }
        done.await();
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public void tinyTasks_oneProducer(PoolUnderTest pool) throws InterruptedException {
        batch(pool.executor);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public void tinyTasks_twoProducers(PoolUnderTest pool) throws InterruptedException {
        batch(pool.executor);
    }

    @Benchmark
    @Threads(1)
    public Object submitGet_roundTrip(PoolUnderTest pool)
            throws ExecutionException, InterruptedException {
        return pool.executor.submit(Bench01_ScratchVsJdk::noop).get();
    }

    /** Executes a batch of tasks that only count down, and waits until all have run. */
    private static void batch(ExecutorService executor) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(BATCH);
        Runnable task = done::countDown;
        for (int i = 0; i < BATCH; i++) {
            executor.execute(task);
        }
        done.await();
    }

    private static void noop() {
    }

    /*
     * RESULTS
     */

    /*
     * How to run.
     *
     * From the command line, with short settings (-Djmh=full for JMH's defaults):
     *   ./mvnw -q compile -pl 05-internals-ctl -Djmh -Djmh.include=Bench01
     * The figures and the machine are in the module README.
     *
     * From the IDE: run this main once the module has been built (the build generates JMH's list
     * of benchmarks). It uses JMH's defaults, which take minutes, not the short settings above.
     */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(Bench01_ScratchVsJdk.class.getSimpleName())
                .build();
        new Runner(options).run();
    }
}
