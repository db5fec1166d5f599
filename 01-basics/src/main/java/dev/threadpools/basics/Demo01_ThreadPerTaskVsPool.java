package dev.threadpools.basics;

import java.util.concurrent.Executors;

/**
 * Demo 01: why pools exist. The seed's "BAD / GOOD" pair, run side by side on the same tasks.
 *
 * <p>BAD starts a new platform thread for every task: a thousand tasks, a thousand threads, each one
 * a kernel thread with its own stack, created and destroyed for a few microseconds of work. GOOD
 * hands the same tasks to ten threads that take them in turn. Watch two numbers: how many threads
 * were created, and how long the batch took. (How much a thread costs exactly is measured with JMH
 * in {@code Bench01_StartJoinVsSubmitGet}; this demo only shows the shape.)
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=01} (optionally {@code -Dargs="TASKS POOL_SIZE"}).
 */
public final class Demo01_ThreadPerTaskVsPool {

    private Demo01_ThreadPerTaskVsPool() {
    }

    public static void main(String[] args) throws InterruptedException {
        int tasks = 1000;
        int poolSize = 10;
        if (args.length > 0) {
            try {
                tasks = Integer.parseInt(args[0]);
                poolSize = args.length > 1 ? Integer.parseInt(args[1]) : poolSize;
            } catch (NumberFormatException e) {
                tasks = -1;
            }
            if (args.length > 2 || tasks <= 0 || poolSize <= 0) {
                System.err.println("usage: Demo01_ThreadPerTaskVsPool [TASKS > 0] [POOL_SIZE > 0]");
                System.exit(2);
            }
        }
        Runnable smallTask = Demo01_ThreadPerTaskVsPool::fewMicrosecondsOfWork;

        // Warm both paths once so that class loading and JIT do not land on whichever runs first.
        ThreadPerTaskVsPool.threadPerTask(100, smallTask, Executors.defaultThreadFactory());
        ThreadPerTaskVsPool.fixedPool(100, poolSize, smallTask, Executors.defaultThreadFactory());

        var bad = ThreadPerTaskVsPool.threadPerTask(tasks, smallTask, Executors.defaultThreadFactory());
        var good = ThreadPerTaskVsPool.fixedPool(tasks, poolSize, smallTask, Executors.defaultThreadFactory());

        System.out.printf("%d tasks of a few microseconds each (%d cores, Java %s)%n%n",
                tasks, Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
        System.out.printf("  %-32s %16s %12s%n", "", "threads created", "wall time");
        print("BAD:  new Thread per task", bad);
        print("GOOD: fixed pool of " + poolSize, good);
        System.out.printf("%nThe pool created %d times fewer threads and was %.1fx %s.%n",
                bad.threadsCreated() / good.threadsCreated(),
                ratio(bad, good), ratio(bad, good) >= 1 ? "faster" : "slower (run it again: one run is noise)");
    }

    private static void print(String label, ThreadPerTaskVsPool.Run run) {
        System.out.printf("  %-32s %16d %9.1f ms%n", label, run.threadsCreated(), run.elapsed().toNanos() / 1e6);
    }

    private static double ratio(ThreadPerTaskVsPool.Run slow, ThreadPerTaskVsPool.Run fast) {
        return (double) slow.elapsed().toNanos() / fast.elapsed().toNanos();
    }

    /** Written by every task, so the JIT cannot prove the work useless and remove it. */
    private static volatile long sink;

    /** A stand-in for real work: a few microseconds of arithmetic. */
    static void fewMicrosecondsOfWork() {
        long x = Thread.currentThread().threadId();
        for (int i = 0; i < 2_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink = x;
    }
}
