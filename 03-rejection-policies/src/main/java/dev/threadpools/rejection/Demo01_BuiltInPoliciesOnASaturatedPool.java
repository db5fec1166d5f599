package dev.threadpools.rejection;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.stream.Collectors;

/**
 * Demo 01: the four built-in rejection policies, each on the same saturated pool.
 *
 * <p>The pool has one worker, blocked on a gate, and a queue of two, full with {@code queued-1} and
 * {@code queued-2}: the next task is certain to be rejected (see {@link SaturatedPool}). For each
 * policy the demo calls {@code execute(extra)} and prints what the producer saw; then, on a second
 * pool saturated the same way, {@code submit(extra)} and what came back; then it opens the gate and
 * prints which tasks ran, in order, and on which thread.
 *
 * <p>What to look for: only AbortPolicy tells the producer. CallerRunsPolicy runs {@code extra} on
 * {@code main} before {@code execute} returns. DiscardPolicy loses {@code extra}, DiscardOldestPolicy
 * loses {@code queued-1} instead; with both, {@code submit} hands back a Future that will never be done.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 03-rejection-policies -Ddemo=01}
 */
public final class Demo01_BuiltInPoliciesOnASaturatedPool {

    private Demo01_BuiltInPoliciesOnASaturatedPool() {
    }

    private static final String ROW = "%-19s %-26s %-19s %s%n";

    public static void main(String[] args) {
        DemoArgs.none(args, "Demo01_BuiltInPoliciesOnASaturatedPool (takes no arguments)");
        System.out.println("One worker (blocked), queue of 2 (full: queued-1, queued-2); then one more task.");
        System.out.println();
        System.out.printf(ROW, "policy", "execute(extra) at producer", "submit(extra) gives",
                "ran after release");
        for (RejectedExecutionHandler policy : SaturatedPool.builtInPolicies()) {
            String producerSaw;
            String ran;
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, policy)) {
                try {
                    saturated.executor().execute(saturated.task("extra"));
                    producerSaw = "returned normally";
                } catch (RejectedExecutionException e) {
                    producerSaw = "RejectedExecutionException";
                }
                saturated.releaseAndAwaitTermination();
                ran = saturated.ranLabels().stream()
                        .map(label -> label + ranOn(saturated.threadThatRan(label)))
                        .collect(Collectors.joining(", "));
            }
            System.out.printf(ROW, policy.getClass().getSimpleName(), producerSaw, whatSubmitReturns(policy), ran);
        }
        System.out.println("(each task ran on the pool's worker unless another thread is named: main is the producer)");
        System.out.println();
        System.out.println("Only AbortPolicy tells the producer. The Future of a discarded task is never done:");
        System.out.println("get() without a timeout would block forever");
        System.out.println("(EdgeCasesTest, BuiltInPoliciesOnASaturatedPoolTest).");
    }

    /** Nothing for the pool's own worker, the thread's name for any other (the producer, for CallerRuns). */
    private static String ranOn(String threadName) {
        return threadName.startsWith(SaturatedPool.THREAD_PREFIX) ? "" : "(" + threadName + ")";
    }

    private static String whatSubmitReturns(RejectedExecutionHandler policy) {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, policy)) {
            Future<?> future = saturated.executor().submit(saturated.task("extra"));
            saturated.releaseAndAwaitTermination();
            return future.isDone() ? "a done Future" : "a Future never done";
        } catch (RejectedExecutionException e) {
            return "throws, no Future";
        }
    }
}
