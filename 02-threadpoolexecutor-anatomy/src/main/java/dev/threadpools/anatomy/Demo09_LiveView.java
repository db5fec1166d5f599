package dev.threadpools.anatomy;

import dev.threadpools.kit.Machine;
import dev.threadpools.kit.DemoArgs;
import java.io.Console;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Demo 09: a live view of a pool under a changing load: pool size, active threads, queue fill,
 * completed and rejected counts, redrawn four times a second.
 *
 * <p>The load runs through four phases (calm, busy, overload, calm) at rising and falling arrival
 * rates; every task simulates 40 ms of blocking I/O with {@code Thread.sleep} (the sleep is the
 * workload, nothing waits on it). Look for the algorithm of demo 02 in motion: the pool stays at core
 * while the queue absorbs the busy phase, grows past core only once the queue is full, rejects in the
 * overload, and shrinks back to core after the keep-alive once the load drops.
 *
 * <p>Started with {@code java} in a terminal, the view redraws in place (ANSI cursor movement); when
 * the output is not a terminal it prints one line per frame instead. Through {@code ./mvnw} it is
 * never a terminal: the launcher passes the demo's output on through a pipe.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=09} (3 s), or
 * {@code -Dargs=SECONDS} for a longer run.
 */
public final class Demo09_LiveView {

    private static final int CORE = 2;
    private static final int MAX = 6;
    private static final int QUEUE = 30;
    private static final long TASK_MILLIS = 40;
    private static final long FRAME_MILLIS = 250;
    /** Arrivals per second in each quarter of the run: about 0.5x, 2x, 4x and 0.2x of what core threads serve. */
    private static final int[] ARRIVALS_PER_SECOND = {25, 100, 220, 10};
    private static final String[] PHASES = {"calm", "busy", "overload", "calm"};

    private Demo09_LiveView() {
    }

    public static void main(String[] args) throws InterruptedException {
        int seconds = DemoArgs.positiveInts(args, "Demo09_LiveView [SECONDS > 0]", 3)[0];
        LongAdder rejected = new LongAdder();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(CORE, MAX, 200, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), new PoolThreadFactory("live"),
                (task, executor) -> rejected.increment());
        boolean terminal = isTerminal();
        System.out.printf("core=%d max=%d queue=%d, tasks of %d ms (simulated I/O), %d s, %s%n",
                CORE, MAX, QUEUE, TASK_MILLIS, seconds, Machine.describe());
        try {
            long start = System.nanoTime();
            long runNanos = TimeUnit.SECONDS.toNanos(seconds);
            long nextFrame = start;
            double owed = 0;
            long lastTick = start;
            boolean firstFrame = true;
            while (System.nanoTime() - start < runNanos) {
                long now = System.nanoTime();
                int phase = (int) Math.min(PHASES.length - 1, (now - start) * PHASES.length / runNanos);
                owed += ARRIVALS_PER_SECOND[phase] * (now - lastTick) / 1e9;
                lastTick = now;
                for (; owed >= 1; owed--) {
                    pool.execute(Demo09_LiveView::simulatedIo);
                }
                if (now >= nextFrame) {
                    PoolSnapshot snapshot = PoolSnapshot.of(pool);
                    long millis = TimeUnit.NANOSECONDS.toMillis(now - start);
                    if (terminal) {
                        String frame = frame(snapshot, rejected.sum(), PHASES[phase], ARRIVALS_PER_SECOND[phase], millis);
                        if (!firstFrame) {
                            System.out.print("\033[" + frame.lines().count() + "F");   // cursor up to the frame's start
                        }
                        System.out.print(frame);
                    } else {
                        System.out.println(line(snapshot, rejected.sum(), PHASES[phase], ARRIVALS_PER_SECOND[phase], millis));
                    }
                    System.out.flush();
                    firstFrame = false;
                    nextFrame += TimeUnit.MILLISECONDS.toNanos(FRAME_MILLIS);
                }
                Thread.sleep(5);   // pacing of the load generator
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        System.out.printf("done: %d completed, %d rejected, largest pool %d%n",
                pool.getCompletedTaskCount(), rejected.sum(), pool.getLargestPoolSize());
    }

    /** The frame as one log line, for output that is not a terminal. */
    static String line(PoolSnapshot pool, long rejected, String phase, int arrivalsPerSecond, long elapsedMillis) {
        return String.format("t=%5d ms %-8s %3d/s  threads %d/%d  active %d/%d  queue %2d/%d  completed %4d  rejected %3d",
                elapsedMillis, phase, arrivalsPerSecond, pool.poolSize(), MAX, pool.activeCount(), MAX,
                pool.queued(), QUEUE, pool.completedCount(), rejected);
    }

    /**
     * One frame of the view: a line per gauge, each with a bar scaled to its maximum.
     */
    static String frame(PoolSnapshot pool, long rejected, String phase, int arrivalsPerSecond, long elapsedMillis) {
        return String.format("t=%5d ms  load: %-8s %3d tasks/s%n", elapsedMillis, phase, arrivalsPerSecond)
                + String.format("  threads  %s %d/%d%n", bar(pool.poolSize(), MAX), pool.poolSize(), MAX)
                + String.format("  active   %s %d/%d%n", bar(pool.activeCount(), MAX), pool.activeCount(), MAX)
                + String.format("  queue    %s %d/%d%n", bar(pool.queued(), QUEUE), pool.queued(), QUEUE)
                + String.format("  completed %-8d rejected %-8d%n", pool.completedCount(), rejected);
    }

    /** A 30-character ASCII bar, {@code [####......]}. */
    static String bar(int value, int max) {
        int width = 30;
        int filled = Math.clamp(Math.round((float) value * width / max), 0, width);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    /**
     * Whether stdout is an interactive terminal. Up to JDK 21 {@code System.console()} is null when
     * output is redirected; from JDK 22 it is never null and {@code Console.isTerminal()} (JDK 22 API,
     * hence the reflection in a Java 21 build) tells.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;   // JDK 21: a console exists only for a terminal
        }
    }

    private static void simulatedIo() {
        try {
            Thread.sleep(TASK_MILLIS);   // the workload: stands for a blocking call
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
