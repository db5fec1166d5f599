package dev.threadpools.anatomy;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.TaskGate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Demo 02: the task-addition algorithm of {@code execute()}, one submission at a time.
 *
 * <p>A pool with core 2, maximum 4 and a queue of 2 gets seven tasks that all block at a gate, so
 * nothing finishes and the state after each submission is exactly what {@code execute()} made it.
 * Look for the four steps: tasks 1-2 start core threads, 3-4 wait in the queue, 5-6 start threads
 * beyond core only because the queue is full, 7 goes to the handler. Then look at the order in which
 * the tasks started: 5 and 6 ran before 3 and 4, because a new thread runs the task it was created
 * for, not the oldest task in the queue.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=02}
 */
public final class Demo02_TaskAdditionStepByStep {

    private static final int CORE = 2;
    private static final int MAX = 4;
    private static final int QUEUE = 2;

    private Demo02_TaskAdditionStepByStep() {
    }

    public static void main(String[] args) throws InterruptedException {
        int tasks = DemoArgs.positiveInts(args, "Demo02_TaskAdditionStepByStep [TASKS > 0]", MAX + QUEUE + 1)[0];
        TaskGate gate = new TaskGate();
        List<Integer> startOrder = new CopyOnWriteArrayList<>();
        boolean rejected = false;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(CORE, MAX, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), new PoolThreadFactory("step"));
        System.out.printf("corePoolSize=%d maximumPoolSize=%d queue=ArrayBlockingQueue(%d); each task blocks at a gate%n%n",
                CORE, MAX, QUEUE);
        System.out.printf("%-5s %s   %s%n", "task", PoolSnapshot.HEADER, "what execute() did");
        try {
            for (int i = 1; i <= tasks; i++) {
                int id = i;
                PoolSnapshot before = PoolSnapshot.of(pool);
                String step;
                try {
                    pool.execute(() -> {
                        startOrder.add(id);
                        gate.task().run();
                    });
                    step = describe(before, PoolSnapshot.of(pool));
                } catch (RejectedExecutionException e) {
                    step = "4. at max, queue full: rejected";
                    rejected = true;
                }
                System.out.printf("%-5d %s   %s%n", id, PoolSnapshot.of(pool).row(), step);
            }
            // Each thread runs the task it was started for first; wait for those before opening the gate,
            // so that the start order printed below is the order the algorithm chose.
            gate.awaitStarted(pool.getPoolSize());
        } finally {
            gate.open();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (rejected) {
            System.out.println("(rejected: the default handler, AbortPolicy, threw RejectedExecutionException)");
        }
        System.out.printf("%norder in which the tasks started: %s%n", startOrder);
        System.out.println("(tasks that started a thread ran first; the queued ones ran when a thread came free)");
    }

    private static String describe(PoolSnapshot before, PoolSnapshot after) {
        if (after.poolSize() > before.poolSize()) {
            return after.poolSize() <= CORE
                    ? "1. below core: new thread runs it"
                    : "3. queue full: thread beyond core";
        }
        return "2. core reached: queued";
    }
}
