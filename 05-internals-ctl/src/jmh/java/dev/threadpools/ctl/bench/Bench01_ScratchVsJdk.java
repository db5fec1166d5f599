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
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 01: the from-scratch pool against the JDK's, same settings, same tasks, one run.
 *
 * <p>Both pools have two core workers (started before measuring) and an unbounded
 * {@code LinkedBlockingQueue}, so every task takes step 2 of {@code execute}: read ctl, offer to the
 * queue, read ctl again. The tasks do nothing but count down a latch, so the score is the pool's own
 * overhead:
 * <ul>
 *   <li>{@code tinyTasks_oneProducer}, {@code tinyTasks_twoProducers}: each producer thread executes
 *       a batch of {@value #BATCH} tasks and waits for the batch; the score is tasks per
 *       millisecond. Two producers contend on the queue's lock and on the ctl word.</li>
 *   <li>{@code submitGet_roundTrip}: submit one task and wait for its Future: the latency of a
 *       hand-off to a parked worker and back (a wake-up each way), as tasks per millisecond.</li>
 * </ul>
 *
 * <p>What to expect: the same algorithm on the same queue, so the same cost; the queue and the
 * wake-ups dominate, and the ctl reads are a few nanoseconds of it. A gap beyond the noise would
 * point at a difference in the hot path ({@code execute}, {@code getTask}, the worker lock).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Bench01_ScratchVsJdk {

    static final int BATCH = 1_000;

    @Param({"jdk", "scratch"})
    public String pool;

    private ExecutorService executor;

    @Setup(Level.Trial)
    public void startPool() {
        if (pool.equals("jdk")) {
            ThreadPoolExecutor jdk = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
            jdk.prestartAllCoreThreads();
            executor = jdk;
        } else {
            ScratchThreadPoolExecutor scratch = new ScratchThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>());
            scratch.prestartAllCoreThreads();
            executor = scratch;
        }
    }

    @TearDown(Level.Trial)
    public void stopPool() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pool did not terminate: " + executor);
        }
    }

    /** Executes a batch of tasks that only count down, and waits until all have run. */
    private void batch() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(BATCH);
        Runnable task = done::countDown;
        for (int i = 0; i < BATCH; i++) {
            executor.execute(task);
        }
        done.await();
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public void tinyTasks_oneProducer() throws InterruptedException {
        batch();
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public void tinyTasks_twoProducers() throws InterruptedException {
        batch();
    }

    @Benchmark
    @Threads(1)
    public Object submitGet_roundTrip() throws ExecutionException, InterruptedException {
        return executor.submit(Bench01_ScratchVsJdk::noop).get();
    }

    private static void noop() {
    }

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
        new Runner(new OptionsBuilder().include(Bench01_ScratchVsJdk.class.getSimpleName()).build()).run();
    }
}
