package dev.threadpools.shutdown;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Demo 06: a pool created per method call is a thread leak, found by counting live threads.
 *
 * <p>The same method ({@link FanOutSum}) is called {@value #CALLS} times three ways. Every call
 * returns the right sum; only the thread count tells them apart. Look at "alive after": the leaky way
 * keeps two threads per call, forever; closing per call keeps none but creates two per call; the
 * shared pool creates two, once.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 06-shutdown -Ddemo=06}
 */
public final class Demo06_PoolPerCallLeak {

    private static final int CALLS = 50;
    private static final int POOL_SIZE = 2;

    private Demo06_PoolPerCallLeak() {
    }

    /**
     * Gives the threads, together, a short time to end: a closed pool's last worker may still be
     * returning from run(). One shared deadline, so threads that never end (the leak) cost it once.
     */
    private static void awaitEnd(List<Thread> threads, long budgetNanos) throws InterruptedException {
        long deadline = System.nanoTime() + budgetNanos;
        for (Thread thread : threads) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return;
            }
            thread.join(Duration.ofNanos(remaining));
        }
    }

    /** One way of running the parts: a call of {@link FanOutSum} with the pools it needs. */
    private interface Way {
        long sum(List<Callable<Long>> parts, Supplier<ExecutorService> newPool, ExecutorService shared)
                throws InterruptedException, ExecutionException;
    }

    public static void main(String[] args) throws Exception {
        DemoArgs.none(args, "Demo06_PoolPerCallLeak (takes no arguments)");
        System.out.printf("%d calls of a method that sums 10 parts on a pool of %d%n(%s)%n%n",
                CALLS, POOL_SIZE, Machine.describe());
        System.out.printf("  %-36s %-8s %-15s %s%n", "way", "sum", "threads created", "alive after");
        run("BAD:  new pool per call, never shut", (parts, newPool, shared) -> FanOutSum.leaky(parts, newPool));
        run("OK:   new pool per call, closed", (parts, newPool, shared) -> FanOutSum.closedPerCall(parts, newPool));
        run("GOOD: one shared pool", (parts, newPool, shared) -> FanOutSum.onSharedPool(parts, shared));
    }

    private static void run(String label, Way way) throws Exception {
        TrackingThreadFactory threads = new TrackingThreadFactory("demo06");
        List<ExecutorService> created = new ArrayList<>();
        Supplier<ExecutorService> newPool = () -> {
            ExecutorService pool = Executors.newFixedThreadPool(POOL_SIZE, threads);
            created.add(pool);
            return pool;
        };
        List<Callable<Long>> parts = LongStream.rangeClosed(1, 10).<Callable<Long>>mapToObj(i -> () -> i * i).toList();
        ExecutorService shared = Executors.newFixedThreadPool(POOL_SIZE, threads);
        long sum = 0;
        try {
            for (int i = 0; i < CALLS; i++) {
                sum = way.sum(parts, newPool, shared);
            }
            awaitEnd(threads.created(), TimeUnit.MILLISECONDS.toNanos(100));
            // The shared pool's threads count too: its two are alive on purpose, until its owner stops it.
            System.out.printf("  %-36s %-8d %-15d %d%n", label, sum, threads.created().size(),
                    threads.alive().size());
        } finally {
            created.add(shared);
            for (ExecutorService pool : created) { // the demo cleans up what the leaky way abandoned
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }
}
