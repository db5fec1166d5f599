package dev.threadpools.rejection;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Demo 07: the four custom policies of this module, one saturated pool each, step by step.
 *
 * <ul>
 *   <li>{@link BlockingWithTimeoutPolicy}: the producer waits for room; when the gate opens it goes
 *       on; after {@code shutdown()} it gets an exception, never a silent drop.</li>
 *   <li>{@link CountingRejectionPolicy}: every rejection counted, a few logged (at 1, 2, 4, 8, ...).</li>
 *   <li>{@link FallbackExecutorPolicy}: the overflow runs on a second pool.</li>
 *   <li>{@link RetryWithBackoffPolicy}: three more tries, 1, 2 and 4 ms apart, then an exception.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q compile -pl 03-rejection-policies -Ddemo=07}
 */
public final class Demo07_CustomPolicies {

    private Demo07_CustomPolicies() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo07_CustomPolicies (takes no arguments)");
        System.out.println("Timings below: " + Machine.describe());
        System.out.println();

        System.out.println("BlockingWithTimeoutPolicy(2 s), one blocked worker, queue of 1 (full):");
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new BlockingWithTimeoutPolicy(2, TimeUnit.SECONDS))) {
            Thread opener = Thread.ofPlatform().name("opener").start(() -> {
                BackPressureRun.simulateBlockingIo(TimeUnit.MILLISECONDS.toNanos(100)); // "the pool is busy for 100 ms"
                saturated.release();
            });
            long start = System.nanoTime();
            saturated.executor().execute(saturated.task("waited"));
            System.out.printf("  execute(waited) returned after %d ms, when the worker made room%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            opener.join();
            saturated.executor().shutdown();
            print("  execute(late) after shutdown: ", () -> saturated.executor().execute(saturated.task("late")));
            System.out.println("  ran: " + saturated.releaseAndAwaitTermination());
        }

        System.out.println();
        System.out.println("CountingRejectionPolicy(DiscardPolicy), 10 rejections:");
        CountingRejectionPolicy counting = new CountingRejectionPolicy(new ThreadPoolExecutor.DiscardPolicy(),
                line -> System.out.println("  log: " + line.substring(0, line.indexOf(':'))));
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, counting)) {
            for (int i = 1; i <= 10; i++) {
                saturated.executor().execute(saturated.task("dropped-" + i));
            }
            System.out.println("  rejectedCount() = " + counting.rejectedCount() + " (export it as a counter metric)");
        }

        System.out.println();
        System.out.println("FallbackExecutorPolicy(second pool), one blocked worker, queue of 1 (full):");
        ThreadPoolExecutor fallback = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                runnable -> new Thread(runnable, "fallback-worker"));
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new FallbackExecutorPolicy(fallback))) {
            saturated.executor().execute(saturated.task("overflow"));
            fallback.shutdown();
            fallback.awaitTermination(10, TimeUnit.SECONDS);
            System.out.println("  overflow ran on: " + saturated.threadThatRan("overflow"));
        }

        System.out.println();
        System.out.println("RetryWithBackoffPolicy(3 retries, first pause 1 ms), the queue stays full:");
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new RetryWithBackoffPolicy(3, Duration.ofMillis(1)))) {
            long start = System.nanoTime();
            print("  execute(late): ", () -> saturated.executor().execute(saturated.task("late")));
            System.out.printf("  the producer was held %d ms (1 + 2 + 4 ms of back-off, at least)%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    private static void print(String what, Runnable action) {
        try {
            action.run();
            System.out.println(what + "returned normally");
        } catch (RejectedExecutionException e) {
            System.out.println(what + "RejectedExecutionException (" + e.getMessage().replaceAll(".*: ", "") + ")");
        }
    }
}
