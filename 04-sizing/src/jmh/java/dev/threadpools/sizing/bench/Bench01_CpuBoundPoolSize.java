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
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 01: the CPU-bound sweep of Demo 03, cross-checked with JMH.
 *
 * <p>One benchmark call runs a batch of 64 tasks of 0.1 ms of CPU each on a fixed pool and waits for
 * all of them: the score is the time for the batch. The batch holds the same CPU work whatever the
 * pool size, so on {@code N} cores the best possible time is {@code 64 * 0.1 / N} ms, reached by any
 * pool of at least {@code N} threads. What the parameter shows:
 * <ul>
 *   <li>1 thread: about N times slower, the cores it leaves idle;</li>
 *   <li>N and N + 1 threads: the same within error, the seed's "+1" neither helps nor hurts;</li>
 *   <li>many more threads: no faster, slightly slower, as the cores switch between threads.</li>
 * </ul>
 * JMH brings what the module's own harness imitates (forks, warm-up iterations, error bars); the
 * harness exists because a sweep of I/O pools and virtual threads with a closed system does not fit one
 * benchmark method.
 */
@Claim({"J52", "J83", "J89"})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Bench01_CpuBoundPoolSize {

    private static final int BATCH = 64;
    private static final Workload TASK = Workload.cpuBound(Duration.ofNanos(100_000));

    @Param({"1", "2", "3", "8", "32"})
    public int threads;

    private ExecutorService pool;
    private CpuBurner burner;

    @Setup(Level.Trial)
    public void startPool() {
        burner = CpuBurner.calibrate();
        System.out.println("CPU work " + burner.provenance()); // beside JMH's results, in its log
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void stopPool() {
        pool.close();
    }

    @Benchmark
    public void batchOf64Tasks() throws InterruptedException {
        var done = new CountDownLatch(BATCH);
        for (int i = 0; i < BATCH; i++) {
            pool.execute(() -> {
                TASK.runTask(0, burner);
                done.countDown();
            });
        }
        done.await();
    }

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
        new Runner(new OptionsBuilder().include(Bench01_CpuBoundPoolSize.class.getSimpleName()).build()).run();
    }
}
