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
 * <p>What to expect: every line is the serial work, plus at best a speed-up from the second core,
 * minus the price of handing each task to another thread. A thread per task pays for the thread
 * alone a hundred times what the task costs, so it lands two orders of magnitude above the loop. A
 * warm pool pays a queue hand-off, about what a task costs, so it gains little or nothing over the
 * loop; a virtual thread pays an allocation and a scheduling step. Read every line as a ratio to
 * the serial loop; the absolute numbers belong to the machine.
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
     */

    /*
     * How to run.
     *
     * With Bench01 in the same run, so that the figures are comparable:
     *   ./mvnw -q compile -pl 01-basics -Djmh -Djmh.include=Bench0[12]
     * Results: 01-basics/target/jmh/results.json; the table and the machine are in the module README.
     *
     * From the IDE: run this main once the module has been built (the build generates JMH's list
     * of benchmarks). It uses JMH's defaults, which take minutes, not the short settings above.
     */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include("Bench0[12]_")
                .build();
        new Runner(options).run();
    }
}
