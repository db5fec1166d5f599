package dev.threadpools.shutdown;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Demo 07: what {@code shutdown()} does to a scheduled pool's tasks that are not due yet.
 *
 * <p>Each row schedules one task {@value #DELAY_MILLIS} ms ahead and one periodic task, applies one
 * policy, calls {@code shutdown()} and looks at the pool {@value #LOOK_MILLIS} ms later. Look at the
 * "terminated" column: with the defaults, a delayed task holds the pool open until it has run; a
 * periodic task kept alive by its policy holds it open for good, until {@code shutdownNow()}.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 06-shutdown -Ddemo=07}
 */
public final class Demo07_ScheduledAtShutdown {

    private static final long DELAY_MILLIS = 300;
    private static final long LOOK_MILLIS = 100;

    private Demo07_ScheduledAtShutdown() {
    }

    private static final String ROW = "  %-40s %-16s %-16s %s%n";

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo07_ScheduledAtShutdown (takes no arguments)");
        System.out.printf("A task due in %d ms and a periodic task, then shutdown()%n(%s)%n%n",
                DELAY_MILLIS, Machine.describe());
        System.out.printf(ROW, "policy", "delayed task", "periodic task",
                "terminated " + LOOK_MILLIS + " ms later");
        row("defaults", pool -> { });
        row("executeExistingDelayedTasks... = false",
                pool -> pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false));
        row("continueExistingPeriodicTasks... = true",
                pool -> pool.setContinueExistingPeriodicTasksAfterShutdownPolicy(true));
        System.out.println();
        System.out.println("removeOnCancel: a cancelled task leaves the queue at once only with the policy on:");
        for (boolean removeOnCancel : new boolean[] {false, true}) {
            ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, new TrackingThreadFactory("demo07"));
            pool.setRemoveOnCancelPolicy(removeOnCancel);
            pool.schedule(() -> { }, 1, TimeUnit.HOURS).cancel(false);
            System.out.printf("  removeOnCancel = %-5s -> queue size after cancel: %d%n", removeOnCancel,
                    pool.getQueue().size());
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void row(String label, Consumer<ScheduledThreadPoolExecutor> policy) throws InterruptedException {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, new TrackingThreadFactory("demo07"));
        try {
            policy.accept(pool);
            ScheduledFuture<?> delayed = pool.schedule(() -> { }, DELAY_MILLIS, TimeUnit.MILLISECONDS);
            ScheduledFuture<?> periodic = pool.scheduleAtFixedRate(() -> { }, 0, 10, TimeUnit.MILLISECONDS);
            pool.shutdown();
            boolean terminated = pool.awaitTermination(LOOK_MILLIS, TimeUnit.MILLISECONDS);
            System.out.printf(ROW, label, state(delayed), state(periodic), terminated);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static String state(ScheduledFuture<?> future) {
        return future.isCancelled() ? "cancelled" : future.isDone() ? "ran" : "still scheduled";
    }
}
