package dev.threadpools.anatomy;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Demo 01: the seven parameters of {@code ThreadPoolExecutor}'s full constructor, read back from a
 * real pool, and the seven ways the constructor refuses bad arguments.
 *
 * <p>Look for: a fresh pool has zero threads (threads start on demand, not in the constructor); the
 * keep-alive time is stored in nanoseconds, whatever unit you passed; every bad argument is refused at
 * construction, before any task exists.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=01}
 */
public final class Demo01_SevenParameters {

    private Demo01_SevenParameters() {
    }

    public static void main(String[] args) {
        DemoArgs.none(args, "Demo01_SevenParameters (takes no arguments)");
        PoolThreadFactory factory = new PoolThreadFactory("orders");
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                2,                                      // 1. corePoolSize
                4,                                      // 2. maximumPoolSize
                30, TimeUnit.SECONDS,                   // 3. keepAliveTime, 4. unit
                new ArrayBlockingQueue<>(10),           // 5. workQueue
                factory,                                // 6. threadFactory
                new ThreadPoolExecutor.CallerRunsPolicy()); // 7. handler
        try (pool) {
            System.out.println("new ThreadPoolExecutor(2, 4, 30, SECONDS, new ArrayBlockingQueue<>(10), factory, CallerRunsPolicy)");
            System.out.println("read back through the getters:");
            System.out.printf("  1. corePoolSize     %s%n", pool.getCorePoolSize());
            System.out.printf("  2. maximumPoolSize  %s%n", pool.getMaximumPoolSize());
            System.out.printf("  3+4. keepAliveTime  %d s = %d ns (stored in nanoseconds)%n",
                    pool.getKeepAliveTime(TimeUnit.SECONDS), pool.getKeepAliveTime(TimeUnit.NANOSECONDS));
            System.out.printf("  5. workQueue        %s, remaining capacity %d%n",
                    pool.getQueue().getClass().getSimpleName(), pool.getQueue().remainingCapacity());
            System.out.printf("  6. threadFactory    %s (threads made so far: %d)%n",
                    pool.getThreadFactory().getClass().getSimpleName(), factory.createdCount());
            System.out.printf("  7. handler          %s%n", pool.getRejectedExecutionHandler().getClass().getSimpleName());
            System.out.printf("  threads alive now:  %d (no thread starts before the first task)%n", pool.getPoolSize());
        }

        System.out.println();
        System.out.println("bad arguments are refused by the constructor:");
        for (BadConstructorCall call : BadConstructorCall.values()) {
            String outcome;
            try {
                call.construct().close();
                outcome = "accepted (unexpected)";
            } catch (RuntimeException e) {
                outcome = e.getClass().getSimpleName();
            }
            System.out.printf("  %-32s -> %s%n", call.description(), outcome);
        }
    }
}
