package dev.threadpools.basics;

import dev.threadpools.kit.DemoArgs;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Demo 05: the two bulk operations of {@link ExecutorService}.
 *
 * <p>{@code invokeAll(tasks)} runs every task and returns only when all are done, with one Future per
 * task <em>in the order of the list</em>, whatever order they finished in. A failed task does not
 * spoil the others: its Future holds the exception, the rest hold values.
 *
 * <p>{@code invokeAny(tasks)} returns the value of one task that succeeded (in practice the first to
 * finish), ignores failures unless every task fails, and cancels the tasks still running. It submits
 * the tasks one at a time and stops at the first success, so tasks late in the list may never run.
 * Here the "replica" that never answers is interrupted by that cancellation.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=05}.
 */
public final class Demo05_InvokeAllInvokeAny {

    private Demo05_InvokeAllInvokeAny() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        DemoArgs.none(args, "Demo05_InvokeAllInvokeAny (no arguments)");
        try (ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreadFactory("worker"))) {
            System.out.println("invokeAll([square 3, fail, square 5]):");
            List<Callable<Integer>> tasks = List.of(() -> 3 * 3, () -> {
                throw new IllegalArgumentException("bad input");
            }, () -> 5 * 5);
            List<Future<Integer>> futures = pool.invokeAll(tasks);
            for (int i = 0; i < futures.size(); i++) {
                Future<Integer> future = futures.get(i);
                System.out.printf("  task %d: %-7s %s%n", i, future.state(),
                        future.state() == Future.State.SUCCESS ? future.resultNow() : future.exceptionNow());
            }

            System.out.println("invokeAny([failing replica, answering replica, stuck replica]):");
            CountDownLatch stuckStarted = new CountDownLatch(1);
            CountDownLatch stuckWasCancelled = new CountDownLatch(1);
            // invokeAny hands the tasks over one by one and stops at the first success, so B answers
            // only once C is running: otherwise C might never start, and there would be nothing to cancel.
            List<Callable<String>> replicas = List.of(() -> {
                throw new IllegalStateException("replica A is down");
            }, () -> {
                stuckStarted.await();
                return "answer from replica B";
            }, () -> {
                stuckStarted.countDown();
                try {
                    new CountDownLatch(1).await(); // stands in for a replica that never answers
                    return "answer from replica C";
                } catch (InterruptedException e) {
                    stuckWasCancelled.countDown();
                    throw e;
                }
            });
            System.out.println("  returned: " + pool.invokeAny(replicas));
            stuckWasCancelled.await();
            System.out.println("  the stuck replica was cancelled (interrupted) once B had answered");
        }
    }
}
