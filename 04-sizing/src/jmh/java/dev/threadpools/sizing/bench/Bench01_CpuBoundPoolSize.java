package dev.threadpools.sizing.bench;

import dev.threadpools.kit.Claim;
import dev.threadpools.sizing.CpuBurner;
import dev.threadpools.sizing.Workload;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 01: the CPU-bound sweep of Demo 03, cross-checked with JMH. How many threads should a
 * pool for pure CPU work have?
 *
 * <p>One call runs a batch of {@value #BATCH} tasks of 0.1 ms of CPU each and waits for all of
 * them; the score is the time for the batch. The batch holds the same CPU work whatever the pool
 * size, so on {@code N} cores the best possible time is {@code 64 * 0.1 / N} ms, reached by any
 * pool of at least {@code N} threads:
 * <ul>
 *   <li>{@code baseline_serialBatch}: the baseline, the 64 tasks one after the other on the calling
 *       thread, no pool: the cost of the work itself, 6.4 ms if the calibration is right.</li>
 *   <li>{@code batchOf64Tasks} on a fixed pool of 1, 2, 3, 8 and 32 threads.</li>
 * </ul>
 *
 * <p>Why: the seed sizes CPU-bound pools at "N + 1". The module's own harness ({@code
 * SizingExperiment}) sweeps pool sizes as curves, with I/O workloads and virtual threads; this
 * class is the cross-check with the tool whose forks, warm-up and error bars the harness imitates.
 * The harness exists because a sweep of I/O pools in a closed system does not fit one benchmark
 * method.
 *
 * <p>What to expect, read as ratios to the baseline: 1 thread at about 1 (a pool adds a hand-off
 * per 0.1 ms task, nothing worth seeing); N threads at about 1/N; N + 1 the same as N within error,
 * the "+1" neither helps nor hurts; many more threads no faster and slightly slower, as the cores
 * switch between threads. On a loaded machine every line moves towards 1: the other cores are not
 * ours.
 *
 * <p>The claims of {@code docs/claims.tsv} it bears on: J52, J83 and J89 (CPU-bound pools at N + 1
 * threads). The result table of a run is at the end of this file.
 */
@Claim({"J52", "J83", "J89"})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Bench01_CpuBoundPoolSize {

    private static final int BATCH = 64;
    private static final Workload TASK = Workload.cpuBound(Duration.ofNanos(100_000));

    private CpuBurner burner;

    @Setup(Level.Trial)
    public void calibrate() {
        burner = CpuBurner.calibrate();
        System.out.println("CPU work " + burner.provenance()); // beside JMH's results, in its log
    }

    /**
     * The pool under test, in a state of its own so that only the pool benchmarks take the
     * parameter: the baseline runs once, not once per pool size.
     */
    @State(Scope.Benchmark)
    public static class FixedPool {

        @Param({"1", "2", "3", "8", "32"})
        public int threads;

        ExecutorService executor;

        @Setup(Level.Trial)
        public void start() {
            executor = Executors.newFixedThreadPool(threads);
        }

        @TearDown(Level.Trial)
        public void stop() {
            executor.close();
        }
    }

    @Benchmark
    public void baseline_serialBatch() {
        for (int i = 0; i < BATCH; i++) {
            TASK.runTask(0, burner);
        }
    }

    @Benchmark
    public void batchOf64Tasks(FixedPool pool) throws InterruptedException {
        var done = new CountDownLatch(BATCH);
        for (int i = 0; i < BATCH; i++) {
            pool.executor.execute(() -> {
                TASK.runTask(0, burner);
                done.countDown();
            });
        }
        done.await();
    }

    /*
     * RESULTS
     */

    /*
     * How to run.
     *
     * From the command line, with short settings (-Djmh=full for JMH's defaults):
     *   ./mvnw -q compile -pl 04-sizing -Djmh -Djmh.include=Bench01
     * The figures and the machine they came from are in the module README.
     *
     * From the IDE: run this main once the module has been built (the build generates JMH's list
     * of benchmarks). It uses JMH's defaults, which take minutes, not the short settings above.
     */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(Bench01_CpuBoundPoolSize.class.getSimpleName())
                .build();
        new Runner(options).run();
    }
}
