package dev.threadpools.anatomy;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.TaskGate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Demo 03: the same algorithm with four different queues.
 *
 * <p>Part 1 sends eight blocking tasks to pools that differ only in their queue (core 2, maximum 4).
 * Look for: the unbounded {@code LinkedBlockingQueue} never lets the pool grow past core (the maximum
 * is dead configuration); the {@code SynchronousQueue} holds nothing, so every busy moment starts a
 * thread and the pool rejects as soon as it is at maximum; the {@code ArrayBlockingQueue} holds at most
 * its capacity and rejects the rest.
 *
 * <p>Part 2 runs prioritised tasks on a one-thread pool with a {@code PriorityBlockingQueue}: through
 * {@code execute} they run most urgent first; through {@code submit} the second task already fails
 * with a {@code ClassCastException}, because the queue then holds {@code FutureTask}s, which cannot be
 * compared.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=03}
 */
public final class Demo03_QueueChoices {

    private static final int TASKS = 8;

    private Demo03_QueueChoices() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo03_QueueChoices (takes no arguments)");
        System.out.printf("Part 1: %d blocking tasks, corePoolSize=2, maximumPoolSize=4%n%n", TASKS);
        System.out.printf("%-24s %s %9s%n", "queue", PoolSnapshot.HEADER, "rejected");
        fill("LinkedBlockingQueue()", LinkedBlockingQueue::new);
        fill("SynchronousQueue()", SynchronousQueue::new);
        fill("ArrayBlockingQueue(2)", () -> new ArrayBlockingQueue<>(2));

        System.out.printf("%nPart 2: PriorityBlockingQueue, one thread (1 = most urgent)%n");
        priorities();
    }

    private static void fill(String label, Supplier<BlockingQueue<Runnable>> queue) throws InterruptedException {
        TaskGate gate = new TaskGate();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 4, 30, TimeUnit.SECONDS, queue.get(),
                new PoolThreadFactory("queue-demo"));
        int rejected = 0;
        try {
            for (int i = 0; i < TASKS; i++) {
                try {
                    pool.execute(gate.task());
                } catch (RejectedExecutionException e) {
                    rejected++;
                }
            }
            gate.awaitStarted(pool.getPoolSize());
            System.out.printf("%-24s %s %9d%n", label, PoolSnapshot.of(pool).row(), rejected);
        } finally {
            gate.open();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void priorities() throws InterruptedException {
        TaskGate gate = new TaskGate();
        List<String> ran = new CopyOnWriteArrayList<>();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), new PoolThreadFactory("priority-demo"));
        try {
            // The first task never enters the queue: it starts the only thread and holds it.
            pool.execute(new PriorityTask(9, "blocker", gate.task()));
            gate.awaitStarted(1);
            for (int priority : new int[] {5, 1, 3}) {
                String name = "p" + priority;
                pool.execute(new PriorityTask(priority, name, () -> ran.add(name)));
            }
            gate.open();
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        System.out.printf("  execute(p5), execute(p1), execute(p3) ran in the order %s%n", ran);

        ThreadPoolExecutor submitting = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), new PoolThreadFactory("priority-demo"));
        TaskGate held = new TaskGate();
        try {
            submitting.submit(new PriorityTask(9, "blocker", held.task()));
            held.awaitStarted(1);
            submitting.submit(new PriorityTask(1, "p1", () -> { }));
            System.out.println("  submit(p1) was accepted (unexpected)");
        } catch (ClassCastException | RejectedExecutionException e) {
            // The JDK's message ends with the classes' modules and loaders: true, long, and beside the point.
            String message = String.valueOf(e.getMessage()).replaceFirst(" \\([^()]*\\)$", "");
            System.out.printf("  submit(p1) threw %s:%n    %s%n", e.getClass().getSimpleName(), message);
        } finally {
            held.open();
            submitting.shutdown();
            submitting.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
