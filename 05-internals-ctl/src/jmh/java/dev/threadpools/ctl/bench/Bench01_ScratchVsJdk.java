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
 * <p>Both pools have two core workers, started before measuring, and an unbounded
 * {@code LinkedBlockingQueue}, so every task takes step 2 of {@code execute}: read ctl, offer to
 * the queue, read ctl again. The tasks do nothing but count down a latch, so a score is the pool's
 * own overhead, in tasks per millisecond (higher is better):
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
     *
     * 2026-12-07 at 17:41 UTC, 3 forks of 4 warm-up and 5 measured iterations of 1 s (3 min 21 s).
     * Machine: 2 cores (/proc/cpuinfo: "AMD EPYC"), Linux 6.18, JDK 25.0.3+9-LTS (Temurin), JMH
     * 1.37. Quiet: load average 1.6 at the start, 2.4 at the end, 1.2 to 2.4 during the run (the
     * 1-minute figure, read every 15 s; the run itself keeps up to four threads busy).
     *
     *   ./mvnw -q compile -pl 05-internals-ctl -Djmh -Djmh.include=Bench01
     *       -Djmh.args="-f 3 -wi 4 -w 1s -i 5 -r 1s"
     *
     * Benchmark                                       (pool)   Mode  Cnt       Score       Error   Units
     * Bench01_ScratchVsJdk.baseline_tinyTasksInline      N/A  thrpt   15  314218.681 +- 14456.787  ops/ms
     * Bench01_ScratchVsJdk.submitGet_roundTrip           jdk  thrpt   15      26.577 +-     2.442  ops/ms
     * Bench01_ScratchVsJdk.submitGet_roundTrip       scratch  thrpt   15      21.821 +-     3.101  ops/ms
     * Bench01_ScratchVsJdk.tinyTasks_oneProducer         jdk  thrpt   15    9000.552 +-   519.626  ops/ms
     * Bench01_ScratchVsJdk.tinyTasks_oneProducer     scratch  thrpt   15    9390.424 +-   604.674  ops/ms
     * Bench01_ScratchVsJdk.tinyTasks_twoProducers        jdk  thrpt   15    8620.352 +-  1107.465  ops/ms
     * Bench01_ScratchVsJdk.tinyTasks_twoProducers    scratch  thrpt   15    8565.155 +-  1014.532  ops/ms
     *
     * The baseline, a countdown on the calling thread, runs about 310 000 tasks per millisecond, 35
     * times what either pool manages: the pools' scores are their own overhead, not the tasks'.
     * Scratch / JDK: 1.04x with one producer and 0.99x with two, each inside the error bars; the
     * round trip 0.82x, with error bars that barely overlap (the scratch pool's third fork ran at
     * 16 to 22 tasks per millisecond, its first two at 22 to 25, the JDK's at 23 to 30). So the
     * goal of 0.9x is met for the tiny tasks, and the round trip is unsettled: below the goal here,
     * 1.12x and 1.05x in the quiet runs below, 1.01x in a round-trip-only run at a load average of
     * 7 to 9 the same day. It needs more quiet runs before anyone profiles it.
     *
     * Three runs the same hour with other builds on the machine (load average 3.6 to 9.2) gave
     * higher scores, not lower ones: 11 000 to 19 000 tiny tasks and 37 to 93 round trips per
     * millisecond, with errors up to half the score and scratch / JDK ratios from 0.42x to 1.39x,
     * none outside the error. The older runs below saw the same on a loaded machine. A likely
     * cause, not verified here: on an idle virtual machine, waking a parked thread means waking an
     * idle virtual CPU, which is slow, while on a busy one the CPUs are awake already. Either way,
     * only the quiet figures are comparable, and those runs are not kept.
     *
     * Two earlier quiet runs on another machine, which had no baseline yet, one after the other on
     * 2026-11-22 with 3 forks of 4 warm-up and 5 measured iterations of 1 s (185 s and 178 s).
     * Machine: 2 cores (Intel(R) Xeon(R) Processor @ 2.00GHz), Linux, JDK 25.0.3 (Temurin), JMH
     * 1.37, quiet (load average about 1 before each run; nothing else running).
     *
     *   ./mvnw -q compile -pl 05-internals-ctl -Djmh -Djmh.include=Bench01
     *       -Djmh.args="-f 3 -wi 4 -w 1s -i 5 -r 1s"
     *
     *   Run 1
     *   Benchmark                                     (pool)   Mode  Cnt     Score     Error   Units
     *   Bench01_ScratchVsJdk.submitGet_roundTrip         jdk  thrpt   15    42.350 +-   4.084  ops/ms
     *   Bench01_ScratchVsJdk.submitGet_roundTrip     scratch  thrpt   15    47.330 +-   2.087  ops/ms
     *   Bench01_ScratchVsJdk.tinyTasks_oneProducer       jdk  thrpt   15  2785.995 +- 205.081  ops/ms
     *   Bench01_ScratchVsJdk.tinyTasks_oneProducer   scratch  thrpt   15  2623.084 +- 283.084  ops/ms
     *   Bench01_ScratchVsJdk.tinyTasks_twoProducers      jdk  thrpt   15  3201.000 +- 739.804  ops/ms
     *   Bench01_ScratchVsJdk.tinyTasks_twoProducers  scratch  thrpt   15  2939.653 +- 269.516  ops/ms
     *
     *   Run 2
     *   Bench01_ScratchVsJdk.submitGet_roundTrip         jdk  thrpt   15    41.127 +-    3.818  ops/ms
     *   Bench01_ScratchVsJdk.submitGet_roundTrip     scratch  thrpt   15    43.389 +-    3.892  ops/ms
     *   Bench01_ScratchVsJdk.tinyTasks_oneProducer       jdk  thrpt   15  2685.299 +-  230.634  ops/ms
     *   Bench01_ScratchVsJdk.tinyTasks_oneProducer   scratch  thrpt   15  3085.969 +- 1184.984  ops/ms
     *   Bench01_ScratchVsJdk.tinyTasks_twoProducers      jdk  thrpt   15  2833.825 +-  269.007  ops/ms
     *   Bench01_ScratchVsJdk.tinyTasks_twoProducers  scratch  thrpt   15  2621.029 +-  494.962  ops/ms
     *
     *   scratch / JDK                    run 1   run 2
     *   many tiny tasks, one producer    0.94x   1.15x
     *   many tiny tasks, two producers   0.92x   0.92x
     *   submit + get round trip          1.12x   1.05x
     *
     * Reading: the goal of at least 0.9 times the JDK's throughput was met on all three, in both
     * runs. Within a run every pair of error bars overlaps, so a single ratio is not a finding;
     * what repeated is the two-producer case at 0.92x. If that gap is real, it is under 10 %, and
     * we have not profiled it. The algorithm gives no reason for one: both pools take step 2 of
     * execute (two reads of ctl and an offer) and the same take() in getTask on the same
     * LinkedBlockingQueue, and the cost per task is the queue's two locks and the wake-up of a
     * parked worker, not the ctl word. The one structural difference on the hot path at the time
     * was an extra hop: our ctl was an object holding the AtomicInteger, where the JDK's field is
     * the AtomicInteger itself, and two producers read it most often. The round trip is two
     * park/unpark wake-ups (21 to 24 microseconds there) and showed no gap at all.
     *
     * An earlier run on that machine while five other builds shared it (load average 25 to 33) gave
     * tiny-task scores up to twice as high and a JDK round-trip error larger than its score. We
     * have not worked out why the loaded machine was faster at tiny tasks; those figures are not
     * comparable with the ones above and are not kept.
     */

    /*
     * How to run.
     *
     * From the command line, with short settings (-Djmh=full for JMH's defaults; -Djmh.args as
     * above for the settings of the tables):
     *   ./mvnw -q compile -pl 05-internals-ctl -Djmh -Djmh.include=Bench01
     * Results: 05-internals-ctl/target/jmh/results.json.
     *
     * From the IDE: run this main with annotation processing on (JMH's processor writes the list of
     * benchmarks; the IDE's own build must run it, as Maven's does). It uses JMH's defaults, which
     * take minutes, not the short settings above.
     */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(Bench01_ScratchVsJdk.class.getSimpleName())
                .build();
        new Runner(options).run();
    }
}
