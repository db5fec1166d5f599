package dev.threadpools.basics.bench;

import dev.threadpools.basics.CpuWork;
import dev.threadpools.kit.Claim;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 02: the seed's "BAD / GOOD" loop, measured. One operation is a batch of 1000 small
 * CPU-bound tasks ({@link CpuWork#fewMicroseconds()}, a microsecond or two each), run five ways:
 * <ul>
 *   <li>{@code serialLoop}: the baseline. All the work on the calling thread, no concurrency at
 *       all: the cost of the work itself.</li>
 *   <li>{@code newPlatformThreadPerTask}: the BAD loop; 1000 kernel threads created, started and
 *       joined.</li>
 *   <li>{@code fixedPoolOf2} and {@code fixedPoolOf10}: the GOOD loop; the tasks go to a pool whose
 *       threads already exist (started in the setup, as a pool in a server would be).</li>
 *   <li>{@code virtualThreadPerTask}: 1000 virtual threads, started and joined.</li>
 * </ul>
 *
 * <p>Why: Benchmark 01 prices one thread start against one hand-off. This one asks the seed's
 * question, whether a pool suits "a large number of small tasks", at the size where the answer is
 * least obvious: tasks no bigger than the hand-off itself.
 *
 * <p>What to expect: every line is the serial work, shortened at best by the second core and
 * lengthened by the price of handing each task to another thread. A thread per task pays for the
 * thread alone a hundred times what the task costs, so it lands two orders of magnitude above the
 * loop. A warm pool pays a queue hand-off, about what a task costs, so it gains little or nothing
 * over the loop; a virtual thread pays an allocation and a scheduling step. Read every line as a
 * ratio to the serial loop; the absolute numbers belong to the machine.
 *
 * <p>Beware of a loaded machine: there the pools can beat the serial loop by more than two cores
 * allow, because more runnable threads win a bigger share of a CPU that others are using too.
 *
 * <p>The claims of {@code docs/claims.tsv} it bears on: P2 (a pool suits many small tasks) and P13
 * (a pool improves performance) through the ratios of the pools and of the thread per task to the
 * loop; J3 (creating a thread takes 1 to 10 ms) through {@code newPlatformThreadPerTask}. The
 * result table of a run, side by side with Benchmark 01, is at the end of this file.
 */
@Claim({"P2", "P13"})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Bench02_ThousandSmallTasks {

    static final int TASKS = 1000;

    private ThreadPoolExecutor poolOf2;
    private ThreadPoolExecutor poolOf10;

    @Setup(Level.Trial)
    public void startPools() {
        poolOf2 = warmFixedPool(2);
        poolOf10 = warmFixedPool(10);
    }

    @TearDown(Level.Trial)
    public void stopPools() {
        poolOf2.close();
        poolOf10.close();
    }

    @Benchmark
    public void serialLoop() {
        for (int i = 0; i < TASKS; i++) {
            CpuWork.fewMicroseconds();
        }
    }

    @Claim("J3")
    @Benchmark
    public void newPlatformThreadPerTask() throws InterruptedException {
        startAndJoinEach(Thread.ofPlatform());
    }

    @Benchmark
    public void fixedPoolOf2() throws InterruptedException {
        runBatchOn(poolOf2);
    }

    @Benchmark
    public void fixedPoolOf10() throws InterruptedException {
        runBatchOn(poolOf10);
    }

    @Benchmark
    public void virtualThreadPerTask() throws InterruptedException {
        startAndJoinEach(Thread.ofVirtual());
    }

    /** One thread per task: start them all first, so they can overlap, then wait for every one. */
    private static void startAndJoinEach(Thread.Builder builder) throws InterruptedException {
        Thread[] threads = new Thread[TASKS];
        for (int i = 0; i < TASKS; i++) {
            threads[i] = builder.start(CpuWork::fewMicroseconds);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /**
     * Hands the batch to a pool and waits for it. A latch rather than 1000 Futures, so that the
     * pool variants pay for the hand-off and nothing else (no Future per task to allocate and
     * poll).
     */
    private static void runBatchOn(ThreadPoolExecutor pool) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(TASKS);
        Runnable task = () -> {
            CpuWork.fewMicroseconds();
            done.countDown();
        };
        for (int i = 0; i < TASKS; i++) {
            pool.execute(task);
        }
        done.await();
    }

    /** A fixed pool whose threads all exist before the first measured call (they start lazily). */
    private static ThreadPoolExecutor warmFixedPool(int threads) {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads);
        pool.prestartAllCoreThreads();
        return pool;
    }

    /*
     * RESULTS
     *
     * Side by side with Benchmark 01 in one run, quiet: its date, settings, command, machine and
     * load are given with the results at the end of Bench01_StartJoinVsSubmitGet (2026-12-07 at
     * 17:45 UTC, 2 cores, AMD EPYC, load average 1.0 to 2.7). Microseconds per batch of 1000 tasks:
     *
     * Benchmark                                            Mode  Cnt       Score       Error  Units
     * Bench02_ThousandSmallTasks.fixedPoolOf10             avgt   15     898.921 +-    62.128  us/op
     * Bench02_ThousandSmallTasks.fixedPoolOf2              avgt   15     658.955 +-    90.752  us/op
     * Bench02_ThousandSmallTasks.newPlatformThreadPerTask  avgt   15  145499.291 +- 11796.999  us/op
     * Bench02_ThousandSmallTasks.serialLoop                avgt   15     937.264 +-    19.040  us/op
     * Bench02_ThousandSmallTasks.virtualThreadPerTask      avgt   15    1084.970 +-   176.481  us/op
     *
     * The errors are under a sixth of the scores. As ratios to the serial loop: a pool of two 0.70,
     * a pool of ten 0.96, a virtual thread per task 1.16, a platform thread per task 155 (0.15 ms
     * for each thread), 221 times the pool of two. The run an hour earlier at a load average of 4.3
     * to 9.7 gave the same order (0.87, 0.85, 1.75 and 265) with errors up to two fifths of the
     * score; it is not kept.
     *
     * Two earlier runs, quiet: the same runs, machine and settings as the earlier runs at the end
     * of that file (2026-11-22, Intel Xeon). Microseconds per batch of 1000 tasks:
     *
     *   Benchmark                  Run A                Run B             Ratio to serial loop, A / B
     *   serialLoop                   1 461 +- 411         1 416 +- 54     1 / 1
     *   fixedPoolOf2                 1 275 +- 567         1 282 +- 238    0.87 / 0.91
     *   fixedPoolOf10                1 496 +- 165         1 490 +- 175    1.02 / 1.05
     *   virtualThreadPerTask         2 743 +- 641         1 672 +- 57     1.9 / 1.2
     *   newPlatformThreadPerTask   491 297 +- 683 444   131 324 +- 9 841  336 / 93
     *
     * Run A's thread-per-task line is not a result: its error exceeds its score. Reading the rest
     * of the three quiet runs:
     * - A thread per task is the outlier, 93 to 155 times the serial loop, and the noisiest line;
     *   started a thousand at a time, each thread cost 0.13 to 0.15 ms.
     * - The tasks are tiny: the serial loop does one in 0.9 to 1.5 microseconds, no more than it
     *   costs to hand a task to another thread and wake it. So a pool of two beat the loop by 9 to
     *   30 % on two cores, and a pool of ten was no faster than the loop. A pool removes the cost
     *   of making threads; it does not make tasks smaller than the hand-off worth sharing. (Lesson
     *   04 measures the speed-up on tasks big enough to have one.)
     * - A thousand virtual threads cost 1.2 to 1.9 times the loop: cheap, but not free, and still
     *   no pool.
     * - On 2026-11-22, with five other builds sharing the machine (load average 16 to 24), every
     *   line was slower and the pools looked faster than the loop by more than two cores allow (2.8
     *   times): more runnable threads won a bigger share of an overloaded CPU. Those figures are
     *   not kept.
     */

    /*
     * How to run.
     *
     * With Benchmark 01 in the same run, so that the figures are comparable (short settings;
     * -Djmh=full for JMH's defaults, -Djmh.args as in Benchmark 01's results for the tables):
     *   ./mvnw -q compile -pl 01-basics -Djmh -Djmh.include='Bench0[12]'
     * Results: 01-basics/target/jmh/results.json.
     *
     * From the IDE: run this main with annotation processing on (JMH's processor writes the list of
     * benchmarks; the IDE's own build must run it, as Maven's does). It uses JMH's defaults, which
     * take minutes, not the short settings above.
     */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include("Bench0[12]_")
                .build();
        new Runner(options).run();
    }
}
