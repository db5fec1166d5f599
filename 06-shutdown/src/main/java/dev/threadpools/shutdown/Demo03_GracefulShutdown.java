package dev.threadpools.shutdown;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Demo 03: the two-phase shutdown ({@link GracefulShutdown}) on three pools, each with one running
 * task and two queued ones: a task that finishes, one that stops on interrupt, one that never does.
 *
 * <p>Look at the three reports: the first drains, the second is cancelled and hands back the two
 * tasks that never ran, the third names the thread that is still stuck. The usual snippet would have
 * dropped those tasks and printed "Pool did not terminate" for the third.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 06-shutdown -Ddemo=03}
 */
public final class Demo03_GracefulShutdown {

    private static final Duration DRAIN = Duration.ofMillis(200);
    private static final Duration CANCEL = Duration.ofMillis(200);

    private Demo03_GracefulShutdown() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo03_GracefulShutdown (takes no arguments)");
        System.out.printf("GracefulShutdown(drain %d ms, cancel %d ms) on 1 running + 2 queued tasks%n(%s)%n%n",
                DRAIN.toMillis(), CANCEL.toMillis(), Machine.describe());
        System.out.printf("  %-36s %-11s %-9s %s%n", "running task", "outcome", "never run", "still alive");
        report("finishes at once", null);
        report("honours interrupts", InterruptProbe.Kind.HONOURS_INTERRUPT);
        report("busy loop, never checks", InterruptProbe.Kind.BUSY_LOOP);
    }

    /** Runs one probe of {@code kind} (or a task that returns at once, for null) and shuts down. */
    private static void report(String label, InterruptProbe.Kind kind) throws InterruptedException {
        TrackingThreadFactory threads = new TrackingThreadFactory("demo03-" + (kind == null ? "quick" : kind));
        ExecutorService pool = Executors.newSingleThreadExecutor(threads);
        InterruptProbe probe = kind == null ? null : new InterruptProbe(kind);
        try {
            if (probe != null) {
                pool.execute(probe);
                probe.awaitStarted(10, TimeUnit.SECONDS);
            }
            pool.execute(() -> { });
            pool.execute(() -> { });
            GracefulShutdown.Report report = new GracefulShutdown(DRAIN, CANCEL).shutdown(pool, threads::alive);
            System.out.printf("  %-36s %-11s %-9d %s%n", label, report.outcome(), report.neverRun().size(),
                    report.stillAlive().stream().map(Thread::getName).toList());
        } finally {
            if (probe != null) {
                probe.close(); // what an operator would have to do by other means: end the stuck work
            }
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
