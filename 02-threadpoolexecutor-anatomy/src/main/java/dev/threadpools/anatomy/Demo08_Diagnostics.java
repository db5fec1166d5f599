package dev.threadpools.anatomy;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.TaskGate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Demo 08: four ways to look inside a running pool.
 *
 * <ol>
 *   <li>The getters, and why three of them are approximate: a task whose {@code Future} is already done
 *       is not yet counted as completed while its worker is still in {@code afterExecute}.</li>
 *   <li>The same getters as Micrometer meters, in Prometheus text format.</li>
 *   <li>A thread dump of just this pool's threads, found by their names.</li>
 *   <li>Flight Recorder: the JDK has no thread pool events; our own, emitted from the hooks, recorded
 *       and read back.</li>
 * </ol>
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=08}
 */
public final class Demo08_Diagnostics {

    /**
     * The part of a dump's frame line before the class's simple name: the indentation, "at ", the class
     * loader and module ({@code app//}, {@code java.base@25/}) and the package.
     */
    private static final Pattern FRAME_PREFIX =
            Pattern.compile("^\\s*at (?:(?:app|platform)?/|[\\w.]+@[^/]*/)*(?:[a-z_][\\w]*\\.)+");

    private Demo08_Diagnostics() {
    }

    public static void main(String[] args) throws Exception {
        DemoArgs.none(args, "Demo08_Diagnostics (takes no arguments)");
        CountDownLatch inAfterExecute = new CountDownLatch(1);
        CountDownLatch leaveAfterExecute = new CountDownLatch(1);
        PoolHooks holdInAfterExecute = new PoolHooks() {
            @Override
            public void afterTask(Runnable task, Throwable failure) {
                inAfterExecute.countDown();
                awaitQuietly(leaveAfterExecute);
            }
        };
        PoolThreadFactory factory = new PoolThreadFactory("diag");
        TaskGate gate = new TaskGate();
        HookedThreadPoolExecutor pool = new HookedThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10), factory, new ThreadPoolExecutor.AbortPolicy(), holdInAfterExecute);
        try {
            System.out.println("1. getters: one task done (its Future returned), its worker still in afterExecute");
            Future<?> done = pool.submit(() -> { });
            done.get();
            inAfterExecute.await(5, TimeUnit.SECONDS);
            pool.execute(gate.task());
            gate.awaitStarted(1);
            pool.execute(gate.task());
            System.out.printf("   future.isDone()=%b%n", done.isDone());
            System.out.printf("   %s%n   %s%n", PoolSnapshot.HEADER, PoolSnapshot.of(pool).row());
            System.out.println("   completed=0 and active=2 although one task is finished: counted after afterExecute");

            System.out.println();
            System.out.println("2. Micrometer ExecutorServiceMetrics, Prometheus text format:");
            PoolMetrics.prometheusText(pool, "diag").lines().forEach(line -> System.out.println("   " + line));

            System.out.println();
            System.out.println("3. thread dump of the threads named diag-* (ThreadMXBean, 8 frames each;");
            System.out.println("   frames without their module and package, to fit the screen):");
            PoolThreadDump.of(factory.prefix(), 8).lines()
                    .map(line -> FRAME_PREFIX.matcher(line).replaceFirst("  at "))
                    .forEach(line -> System.out.println("   " + line));
        } finally {
            leaveAfterExecute.countDown();
            gate.open();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }

        System.out.println();
        System.out.println("4. Java Flight Recorder");
        System.out.printf("   JDK event types named jdk.ThreadPool*: %s%n", PoolRecording.knownEventTypes().stream()
                .filter(name -> name.startsWith("jdk.ThreadPool")).toList());
        List<RecordedEvent> events = PoolRecording.record(() -> {
            try (var recorded = new HookedThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10),
                    new PoolThreadFactory("jfr"), new ThreadPoolExecutor.AbortPolicy(), new JfrPoolHooks("jfr-demo"))) {
                recorded.submit(() -> { });
                recorded.submit(() -> {
                    throw new IllegalStateException("fails");
                });
            }
        });
        System.out.println("   our events from the hooks, read back from the recording file:");
        for (RecordedEvent event : events) {
            System.out.printf("   %-28s pool=%s failure=%s%n", event.getEventType().getName(),
                    event.getString("pool"), event.hasField("failure") ? event.getString("failure") : "-");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
