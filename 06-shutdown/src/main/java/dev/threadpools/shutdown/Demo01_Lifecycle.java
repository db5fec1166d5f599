package dev.threadpools.shutdown;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import dev.threadpools.kit.TaskGate;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Demo 01: the lifecycle verbs, one step at a time, on a one-thread pool.
 *
 * <p>The only worker is held by a task that waits on a latch, and three more tasks wait in the queue.
 * Each line shows what the pool says about itself after one verb. Look for: {@code shutdown()}
 * returns at once and changes nothing for the queued tasks; {@code awaitTermination} on its own only
 * waits; {@code isTerminating} is the window between "shut down" and "terminated"; the
 * {@code terminated()} hook runs while the pool is still terminating.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 06-shutdown -Ddemo=01}
 */
public final class Demo01_Lifecycle {

    private Demo01_Lifecycle() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo01_Lifecycle (takes no arguments)");
        System.out.printf("One worker, held busy; three tasks queued; then the verbs%n(%s)%n%n",
                Machine.describe());
        TaskGate gate = new TaskGate(); // never opened: only shutdownNow()'s interrupt lets its task go
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new TrackingThreadFactory("demo01")) {
            @Override
            protected void terminated() {
                System.out.printf("  %-44s isTerminating=%-5s isTerminated=%s%n",
                        "(inside the terminated() hook)", isTerminating(), isTerminated());
            }
        };
        pool.execute(gate.task());
        gate.awaitStarted(1);
        for (int i = 0; i < 3; i++) {
            pool.execute(() -> { });
        }
        System.out.printf("  %-44s %-8s %-11s %-10s %-7s %s%n",
                "after", "shutdown", "terminating", "terminated", "queued", "toString says");
        show("new pool, 1 running + 3 queued", pool);
        boolean done = pool.awaitTermination(50, TimeUnit.MILLISECONDS);
        show("awaitTermination(50 ms) -> " + done, pool);
        pool.shutdown();
        show("shutdown()", pool);
        try {
            pool.execute(() -> { });
        } catch (RejectedExecutionException e) {
            show("execute() -> RejectedExecutionException", pool);
        }
        List<Runnable> neverRun = pool.shutdownNow();
        show("shutdownNow() -> " + neverRun.size() + " tasks handed back", pool);
        done = pool.awaitTermination(10, TimeUnit.SECONDS);
        show("awaitTermination(10 s) -> " + done, pool);
        System.out.println();
        System.out.println("shutdownNow() interrupted the running task (it waits on a latch, so it stopped)");
        System.out.println("and returned the queued ones: they did not run, and they are not lost.");
    }

    private static void show(String step, ThreadPoolExecutor pool) {
        String state = pool.toString().replaceAll("^.*\\[([A-Za-z ]+),.*$", "$1");
        System.out.printf("  %-44s %-8s %-11s %-10s %-7d %s%n", step, pool.isShutdown(), pool.isTerminating(),
                pool.isTerminated(), pool.getQueue().size(), state);
    }
}
