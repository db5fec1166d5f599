package dev.threadpools.shutdown;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Demo 04: stop a busy pool, keep the tasks that never ran, and finish them in a new pool.
 *
 * <p>Two workers chew through numbered tasks that each take about a millisecond (a sleep that stands
 * in for I/O). Part-way, {@code shutdownNow()} stops the pool; the tasks it returns are the ones
 * that were still queued. They go to a fresh pool, the way a service would hand its backlog to its
 * next incarnation (in real life through durable storage). The ledger counts every task by number:
 * look for "exactly once: true".
 *
 * <p>Run: {@code ./mvnw -q compile -pl 06-shutdown -Ddemo=04} (optionally {@code -Dargs="TASKS"}).
 */
public final class Demo04_ResumeAfterRestart {

    private Demo04_ResumeAfterRestart() {
    }

    public static void main(String[] args) throws InterruptedException {
        int tasks = DemoArgs.positiveInts(args, "Demo04_ResumeAfterRestart [TASKS > 0]", 1_000)[0];
        System.out.printf("%d tasks of ~1 ms on 2 workers; stopped when a quarter has run; backlog resumed%n(%s)%n%n",
                tasks, Machine.describe());
        TaskLedger ledger = new TaskLedger(tasks);
        ExecutorService first = Executors.newFixedThreadPool(2, new TrackingThreadFactory("first"));
        for (int i = 0; i < tasks; i++) {
            TaskLedger.Task counted = ledger.task(i);
            first.execute(() -> {
                try {
                    Thread.sleep(1); // simulated I/O
                } catch (InterruptedException e) {
                    // shutdownNow() interrupted the sleep; the task still counts as run, as it was taken.
                    Thread.currentThread().interrupt();
                }
                counted.run();
            });
        }
        while (ledger.ran() < tasks / 4) {
            Thread.onSpinWait(); // the demo's trigger; a test would use a latch
        }
        List<Runnable> backlog = first.shutdownNow();
        first.awaitTermination(10, TimeUnit.SECONDS);
        int ranInFirst = ledger.ran();
        System.out.printf("  %-34s %6d%n", "ran in the first pool", ranInFirst);
        System.out.printf("  %-34s %6d%n", "handed back by shutdownNow()", backlog.size());

        try (ExecutorService second = Executors.newFixedThreadPool(2, new TrackingThreadFactory("second"))) {
            backlog.forEach(second::execute);
        }
        System.out.printf("  %-34s %6d%n", "ran in the second pool", ledger.ran() - ranInFirst);
        System.out.printf("  %-34s %6d of %d, exactly once: %s%n", "total", ledger.ran(), tasks,
                ledger.everyTaskAccountedForOnce());
    }
}
