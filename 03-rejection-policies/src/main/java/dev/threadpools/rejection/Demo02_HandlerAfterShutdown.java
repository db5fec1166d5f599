package dev.threadpools.rejection;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Demo 02: the rejection handler is also called after {@code shutdown()}, and three of the four
 * built-in policies then lose the task without a word.
 *
 * <p>Each pool has room in its queue and one busy worker; it is shut down, and then a task
 * {@code late} is submitted. The handler is called (the demo counts the calls), and what happens next
 * depends on the policy: AbortPolicy throws; CallerRunsPolicy and DiscardOldestPolicy check
 * {@code isShutdown()} and do nothing; DiscardPolicy does nothing anyway. The task queued before the
 * shutdown still runs: SHUTDOWN refuses new work but finishes the queue.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 03-rejection-policies -Ddemo=02}
 */
public final class Demo02_HandlerAfterShutdown {

    private Demo02_HandlerAfterShutdown() {
    }

    private static final String ROW = "%-19s %-13s %-26s %-13s %s%n";

    public static void main(String[] args) {
        DemoArgs.none(args, "Demo02_HandlerAfterShutdown (takes no arguments)");
        System.out.println("A pool with room in its queue is shut down; then execute(late).");
        System.out.println();
        System.out.printf(ROW, "policy", "handler calls", "producer saw", "task late",
                "ran after release");
        for (RejectedExecutionHandler policy : SaturatedPool.builtInPolicies()) {
            AtomicInteger calls = new AtomicInteger();
            try (SaturatedPool saturated = new SaturatedPool(1, new ArrayBlockingQueue<>(10), (task, executor) -> {
                calls.incrementAndGet();
                policy.rejectedExecution(task, executor);
            })) {
                saturated.executor().execute(saturated.task("queued-before-shutdown"));
                saturated.executor().shutdown();
                String producerSaw;
                try {
                    saturated.executor().execute(saturated.task("late"));
                    producerSaw = "returned normally";
                } catch (RejectedExecutionException e) {
                    producerSaw = "RejectedExecutionException";
                }
                var ran = saturated.releaseAndAwaitTermination();
                String fate = ran.contains("late") ? "ran" : producerSaw.startsWith("Rejected") ? "refused" : "LOST SILENTLY";
                System.out.printf(ROW, policy.getClass().getSimpleName(), calls.get(), producerSaw,
                        fate, ran);
            }
        }
        System.out.println();
        System.out.println("After shutdown only AbortPolicy reports the task; the others lose it silently.");
    }
}
