package dev.threadpools.shutdown;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Demo 02: what {@code shutdownNow()} can and cannot do to a running task.
 *
 * <p>For each way a task can wait ({@link InterruptProbe.Kind}), one task runs alone in a pool; then
 * {@code shutdownNow()} interrupts it and the demo gives the pool {@value #GRACE_MILLIS} ms to
 * terminate. Look at the "stopped" column: the interrupt arrives every time, but only tasks that wait
 * in an interruptible call, or check the flag, stop. The rest are released by hand afterwards.
 * The busy loop, the {@code lock()} and the socket read are followed by their interruptible twins;
 * the fixes for the other deaf kinds (a task that swallows the interrupt, {@code synchronized}) are
 * in the module README's table.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 06-shutdown -Ddemo=02}
 */
public final class Demo02_ShutdownNowVsTasks {

    private static final long GRACE_MILLIS = 200;

    private Demo02_ShutdownNowVsTasks() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo02_ShutdownNowVsTasks (takes no arguments)");
        System.out.printf("shutdownNow() on one running task of each kind, %d ms to stop%n(%s)%n%n",
                GRACE_MILLIS, Machine.describe());
        System.out.printf("  %-20s %-48s %-8s %s%n", "kind", "how it waits", "stopped", "ended by");
        for (InterruptProbe.Kind kind : InterruptProbe.Kind.values()) {
            ExecutorService pool = Executors.newSingleThreadExecutor(new TrackingThreadFactory("demo02"));
            try (InterruptProbe task = new InterruptProbe(kind)) {
                pool.execute(task);
                task.awaitStarted(10, TimeUnit.SECONDS);
                pool.shutdownNow();
                boolean stopped = pool.awaitTermination(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                task.release();
                task.awaitEnded(10, TimeUnit.SECONDS);
                System.out.printf("  %-20s %-48s %-8s %s%n", kind, kind.description(), stopped ? "yes" : "NO",
                        task.ending() == InterruptProbe.Ending.INTERRUPTED ? "the interrupt" : "release() by hand");
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
        System.out.println();
        System.out.println("shutdownNow() only calls interrupt(). A task stops if it waits where an interrupt");
        System.out.println("can reach it or looks at the flag; otherwise it runs on, and so does its thread.");
    }
}
