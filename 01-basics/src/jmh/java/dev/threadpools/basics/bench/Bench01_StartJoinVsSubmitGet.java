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
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 01: what does it cost to run one trivial task on a thread of its own, against handing
 * it to a thread that already exists?
 *
 * <p>The seed prices a new thread at "1 to 10 ms" (a system call, a stack, registration with the
 * JVM) and sells the pool as the way not to pay it for every task. Both halves can be measured.
 * Each benchmark runs the same empty task and waits for it to finish, so a score is the price of
 * getting a task run, not of the task:
 * <ul>
 *   <li>{@code baseline_runInline}: the baseline, the task on the calling thread. It shows that the
 *       task itself costs nothing, so every other score is overhead.</li>
 *   <li>{@code warmPool_submitGet}: submit to a fixed pool whose one thread is already running, and
 *       wait on the Future: a queue hand-off and a wake-up (park/unpark) each way.</li>
 *   <li>{@code virtualThread_startJoin}: create, start and join a virtual thread: an object on the
 *       heap, scheduled on a carrier thread that already exists; no kernel thread is made.</li>
 *   <li>{@code platformThread_startJoin}: create, start and join a platform thread: the seed's
 *       cost, paid for every task.</li>
 * </ul>
 *
 * <p>What to expect: the baseline at a nanosecond or less; the warm pool and the virtual thread at
 * a wake-up or two each, from a few microseconds on a busy machine to tens on an idle virtual one,
 * where waking a parked thread may also mean waking its virtual CPU (see the results below); the
 * platform thread at tens to hundreds of microseconds (the kernel creates a thread and maps its
 * stack, the JVM registers it and later tears it down), above the pool, and under the seed's
 * millisecond. The
 * moral: the gap between the pool and the platform thread is what a pool saves per task; set it
 * against how long your tasks run. For a 10 ms task a thread start is noise; for a 5 microsecond
 * task it is most of the bill.
 *
 * <p>The claims of {@code docs/claims.tsv} it bears on: J3 (creating a thread takes 1 to 10 ms)
 * through {@code platformThread_startJoin}; J11 and P3 (a pool saves the thread start) and J94 (the
 * queue is tried before a new thread because a hand-off is cheap) through the gap between the warm
 * pool and the thread start. The result table of a run is at the end of this file.
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

    @Benchmark
    public void baseline_runInline() {
        EMPTY_TASK.run();
    }

    @Benchmark
    public Object warmPool_submitGet() throws ExecutionException, InterruptedException {
        return pool.submit(EMPTY_TASK).get();
    }

    @Benchmark
    public void virtualThread_startJoin() throws InterruptedException {
        Thread.ofVirtual().start(EMPTY_TASK).join();
    }

    @Claim("J3")
    @Benchmark
    public void platformThread_startJoin() throws InterruptedException {
        Thread thread = Thread.ofPlatform().unstarted(EMPTY_TASK);
        thread.start();
        thread.join();
    }

    /*
     * RESULTS
     *
     * Side by side with Benchmark 02 in one run: 2026-12-07 at 17:45 UTC, 3 forks of 3 warm-up and
     * 5 measured iterations of 1 s (3 min 54 s for both classes). Machine: 2 cores (/proc/cpuinfo:
     * "AMD EPYC"), Linux 6.18, JDK 25.0.3+9-LTS (Temurin), JMH 1.37. Quiet: load average 1.7 at the
     * start, 2.4 at the end, 1.0 to 2.7 during the run (the 1-minute figure, read every 15 s; the
     * run itself keeps up to two threads busy).
     *
     *   ./mvnw -q compile -pl 01-basics -Djmh -Djmh.include='Bench0[12]'
     *       -Djmh.args="-f 3 -wi 3 -w 1s -i 5 -r 1s"
     *
     * Benchmark                                              Mode  Cnt    Score     Error  Units
     * Bench01_StartJoinVsSubmitGet.baseline_runInline        avgt   15    0.001 +-   0.001  us/op
     * Bench01_StartJoinVsSubmitGet.platformThread_startJoin  avgt   15  268.885 +-  81.354  us/op
     * Bench01_StartJoinVsSubmitGet.virtualThread_startJoin   avgt   15   78.899 +-  11.883  us/op
     * Bench01_StartJoinVsSubmitGet.warmPool_submitGet        avgt   15   79.797 +-  14.831  us/op
     *
     * The errors are a sixth to three tenths of the scores, except the baseline's: it is a
     * nanosecond, at the resolution of the timer (the task costs nothing, every other line is
     * overhead). A platform thread's create, start and join took 0.27 ms: under the seed's "1 to 10
     * ms". But here a hand-off to the warm pool took 80 microseconds, as long as a virtual thread's
     * start and join, and the thread start only 3.4 times as long. On this idle virtual machine,
     * waking a parked thread is itself slow (its virtual CPU has to be woken too): the same
     * benchmarks at a load average of 4.3 to 9.7, an hour earlier, gave 7.9 microseconds for the
     * hand-off, 23 for a virtual thread and 538 for a platform thread, 68 times the hand-off, with
     * errors of a fifth to two fifths. Those loaded figures are not kept.
     *
     * Two earlier runs without the baseline, quiet (load average 1.5 to 3 before each, from our own
     * runs; nothing else running): 2026-11-22, 3 warm-up and 5 measured iterations of 1 s, run A
     * with one fork, run B with two (1 min 21 s and 2 min 27 s for both classes). Machine: 2 cores
     * (Intel(R) Xeon(R) Processor @ 2.00GHz), Linux, JDK 25.0.3+9-LTS (Temurin), JMH 1.37.
     * Microseconds per operation, with JMH's 99.9 % error:
     *
     *   Benchmark                  Run A          Run B           Ratio to warm pool, A / B
     *   warmPool_submitGet          22.4 +-  3.6   14.4 +-   9.6   1 / 1
     *   virtualThread_startJoin     20.7 +-  3.2   33.0 +-  19.2   0.9 / 2.3
     *   platformThread_startJoin   180.6 +- 48.6  567.3 +- 403.5   8 / 39
     *
     * That machine was noisy even when quiet: the same benchmark moved by a factor of 3 between two
     * runs ten minutes apart. What held in every run on both machines: a thread start took less
     * than the seed's lower bound of 1 ms, and longer than a hand-off to a warm pool, 3.4 to 68
     * times as long; a virtual thread cost one to three hand-offs.
     */

    /*
     * How to run.
     *
     * From the command line, with short settings (-Djmh=full for JMH's defaults; -Djmh.args as
     * above for the settings of the tables):
     *   ./mvnw -q compile -pl 01-basics -Djmh -Djmh.include=Bench01
     * Results: 01-basics/target/jmh/results.json.
     *
     * From the IDE: run this main with annotation processing on (JMH's processor writes the list of
     * benchmarks; the IDE's own build must run it, as Maven's does). It uses JMH's defaults, which
     * take minutes, not the short settings above.
     */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(Bench01_StartJoinVsSubmitGet.class.getSimpleName())
                .build();
        new Runner(options).run();
    }
}
