package dev.threadpools.basics;

import dev.threadpools.kit.DemoArgs;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Demo 07: three ways to end a pool. Each pool has one thread, busy with a task blocked on a gate,
 * and two more tasks waiting in its queue.
 * <ol>
 *   <li>{@code shutdown()} closes the door (new tasks are rejected) but lets the queue drain;
 *       {@code awaitTermination} says whether that happened within the time given.</li>
 *   <li>{@code shutdownNow()} interrupts the running task and hands back the queued ones unstarted.
 *       Their Futures are not cancelled: a {@code get()} on one would wait forever, so cancel them
 *       (what Python's {@code shutdown(cancel_futures=True)} does for you).</li>
 *   <li>{@code close()} (JDK 19+, so try-with-resources works) is shutdown + wait until terminated.</li>
 * </ol>
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=07}.
 */
public final class Demo07_ShutdownAndClose {

    private Demo07_ShutdownAndClose() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo07_ShutdownAndClose (no arguments)");
        AtomicInteger ran = new AtomicInteger();
        Runnable counted = ran::incrementAndGet;

        System.out.println("1. shutdown() + awaitTermination():");
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(1, new NamedThreadFactory("worker"));
        pool.execute(() -> awaitQuietly(gate));
        pool.execute(counted);
        pool.execute(counted);
        pool.shutdown();
        System.out.println("  isShutdown=" + pool.isShutdown() + ", isTerminated=" + pool.isTerminated());
        try {
            pool.execute(counted);
        } catch (RejectedExecutionException e) {
            System.out.println("  a new task after shutdown(): RejectedExecutionException");
        }
        System.out.println("  awaitTermination(100 ms) while a task is blocked: "
                + pool.awaitTermination(100, TimeUnit.MILLISECONDS));
        gate.countDown();
        System.out.println("  after opening the gate, awaitTermination(5 s): "
                + pool.awaitTermination(5, TimeUnit.SECONDS) + "; queued tasks that still ran: " + ran.get());

        System.out.println("2. shutdownNow():");
        CountDownLatch interrupted = new CountDownLatch(1);
        pool = Executors.newFixedThreadPool(1, new NamedThreadFactory("worker"));
        CountDownLatch started = new CountDownLatch(1);
        pool.execute(() -> {
            started.countDown();
            if (!awaitQuietly(new CountDownLatch(1))) {
                interrupted.countDown();
            }
        });
        Future<?> queued = pool.submit(counted);
        pool.submit(counted);
        started.await();
        List<Runnable> neverStarted = pool.shutdownNow();
        interrupted.await();
        System.out.println("  the running task was interrupted; tasks handed back unstarted: " + neverStarted.size());
        System.out.println("  a handed-back Future is still " + queued.state() + "; cancelling them all");
        neverStarted.forEach(task -> ((Future<?>) task).cancel(false));
        System.out.println("  now it is " + queued.state() + ", terminated: " + pool.awaitTermination(5, TimeUnit.SECONDS));

        System.out.println("3. try-with-resources, close():");
        ran.set(0);
        ExecutorService closed;
        try (ExecutorService scoped = Executors.newFixedThreadPool(2, new NamedThreadFactory("worker"))) {
            closed = scoped;
            for (int i = 0; i < 100; i++) {
                scoped.execute(counted);
            }
        }
        System.out.println("  after the block: isTerminated=" + closed.isTerminated() + ", tasks run=" + ran.get());
    }

    /** @return true if the latch opened, false if the wait was interrupted (the flag is restored) */
    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
