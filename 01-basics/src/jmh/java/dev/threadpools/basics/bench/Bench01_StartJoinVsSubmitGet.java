package dev.threadpools.basics.bench;

import dev.threadpools.kit.Claim;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 01: what does it cost to run one trivial task on a fresh thread, against handing it to
 * a thread that already exists?
 *
 * <p>Each benchmark runs the same empty task and waits for it to finish, so the score is pure
 * overhead:
 * <ul>
 *   <li>{@code platformThread_startJoin}: create a platform thread, start it, join it. This is the
 *       seed's "OS call + stack allocation + JVM registration", paid for every task.</li>
 *   <li>{@code warmPool_submitGet}: submit to a fixed pool whose thread is already running and wait
 *       on the Future. The price is a queue hand-off and a wake-up (park/unpark) each way.</li>
 *   <li>{@code virtualThread_startJoin}: create, start and join a virtual thread: no kernel thread
 *       is created, the task is scheduled on an existing carrier.</li>
 * </ul>
 *
 * <p>The moral: the gap between the first two is what a pool saves per task; compare it with how
 * long your tasks run. For a 10 ms task, tens of microseconds of thread start are noise; for a
 * 5 microsecond task they are most of the bill.
 *
 * <p>The figures, the machine and the load they were measured under are in the module README's
 * Figures section ("Time"), the one place they are written: a thread start was an order of
 * magnitude cheaper than the seed's "1-10 ms" there, and many times dearer than a warm pool's
 * hand-off.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Djmh -Djmh.include=Bench01} (short settings), or
 * {@code -Djmh=full} for JMH's defaults. Results: {@code 01-basics/target/jmh/results.json}.
 */
@Claim({"J11", "J94", "P3"})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Bench01_StartJoinVsSubmitGet {

    private static final Runnable EMPTY_TASK = () -> { };

    private ExecutorService pool;

    @Setup(Level.Trial)
    public void startPool() throws ExecutionException, InterruptedException {
        pool = Executors.newFixedThreadPool(1);
        // Make the worker exist before the first measured call: a fixed pool starts threads lazily.
        pool.submit(EMPTY_TASK).get();
    }

    @TearDown(Level.Trial)
    public void stopPool() {
        pool.close();
    }

    @Claim("J3")
    @Benchmark
    public void platformThread_startJoin() throws InterruptedException {
        Thread thread = Thread.ofPlatform().unstarted(EMPTY_TASK);
        thread.start();
        thread.join();
    }

    @Benchmark
    public Object warmPool_submitGet() throws ExecutionException, InterruptedException {
        return pool.submit(EMPTY_TASK).get();
    }

    @Benchmark
    public void virtualThread_startJoin() throws InterruptedException {
        Thread.ofVirtual().start(EMPTY_TASK).join();
    }

    /*
     * How to run.
     *
     * From the command line, with short settings (-Djmh=full for JMH's defaults):
     *   ./mvnw -q compile -pl 01-basics -Djmh -Djmh.include=Bench01
     * Results: 01-basics/target/jmh/results.json. The figures and the machine they came from are in
     * the module README.
     *
     * From the IDE: run this main once the module has been built (the build generates JMH's list
     * of benchmarks). It uses JMH's defaults, which take minutes, not the short settings above.
     */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(Bench01_StartJoinVsSubmitGet.class.getSimpleName()).build()).run();
    }
}
