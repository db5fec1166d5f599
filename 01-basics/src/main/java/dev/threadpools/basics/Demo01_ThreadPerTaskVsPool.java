package dev.threadpools.basics;

import dev.threadpools.kit.Machine;
import dev.threadpools.kit.DemoArgs;
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
        int[] parsed = DemoArgs.positiveInts(args, "Demo01_ThreadPerTaskVsPool [TASKS > 0] [POOL_SIZE > 0]", 1000, 10);
        int tasks = parsed[0];
        int poolSize = parsed[1];
        Runnable smallTask = CpuWork::fewMicroseconds;

        // Warm both paths once so that class loading and JIT do not land on whichever runs first.
        ThreadPerTaskVsPool.threadPerTask(100, smallTask, Executors.defaultThreadFactory());
        ThreadPerTaskVsPool.fixedPool(100, poolSize, smallTask, Executors.defaultThreadFactory());

        var bad = ThreadPerTaskVsPool.threadPerTask(tasks, smallTask, Executors.defaultThreadFactory());
        var good = ThreadPerTaskVsPool.fixedPool(tasks, poolSize, smallTask, Executors.defaultThreadFactory());

        System.out.printf("%d tasks of a few microseconds each (%s)%n%n", tasks, Machine.describe());
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
}
