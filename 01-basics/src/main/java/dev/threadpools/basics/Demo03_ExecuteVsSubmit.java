package dev.threadpools.basics;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Demo 03: the same failing task given to a pool with {@code execute} and with {@code submit}.
 *
 * <p>{@code execute(Runnable)} runs the task as it is. Its exception escapes the worker's loop, the
 * worker thread dies with it (the thread's {@link Thread.UncaughtExceptionHandler} prints it), and the
 * pool starts a replacement thread. Look for a second thread name.
 *
 * <p>{@code submit(...)} wraps the task in a {@code FutureTask}, which catches everything the task
 * throws and keeps it in the Future. Nothing is printed, no thread dies; the failure appears only
 * when someone calls {@code get()}, wrapped in an {@link ExecutionException}. A Future that nobody
 * reads swallows the failure for good.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=03}.
 */
public final class Demo03_ExecuteVsSubmit {

    private Demo03_ExecuteVsSubmit() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo03_ExecuteVsSubmit (no arguments)");
        CountDownLatch reported = new CountDownLatch(1);
        var threads = new NamedThreadFactory("worker", () -> { }, (thread, failure) -> {
            System.out.printf("  UncaughtExceptionHandler: %s died of \"%s\"%n", thread.getName(), failure.getMessage());
            reported.countDown();
        });
        Runnable failing = () -> {
            throw new IllegalStateException("boom in " + Thread.currentThread().getName());
        };
        Runnable whoAmI = () -> System.out.println("  next task runs on " + Thread.currentThread().getName());

        // One thread, so that a replacement is easy to see: every task must run on "the" worker.
        try (ExecutorService pool = Executors.newFixedThreadPool(1, threads)) {
            System.out.println("execute(failing task):");
            pool.execute(failing);
            reported.await();
            pool.submit(whoAmI).get();
            System.out.printf("  threads created so far: %d (the failed worker was replaced)%n%n", threads.created());

            System.out.println("submit(failing task):");
            Future<?> future = pool.submit(failing);
            pool.submit(whoAmI).get();
            System.out.printf("  threads created so far: %d (nothing died, nothing printed)%n", threads.created());
            System.out.println("  future.state() = " + future.state());
            try {
                future.get();
            } catch (ExecutionException e) {
                System.out.println("  future.get() threw ExecutionException, cause: " + e.getCause());
            }
        } catch (ExecutionException e) {
            throw new AssertionError("whoAmI cannot fail", e);
        }
    }
}
