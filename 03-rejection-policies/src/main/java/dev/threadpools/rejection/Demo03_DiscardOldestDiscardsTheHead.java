package dev.threadpools.rejection;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Demo 03: {@code DiscardOldestPolicy} does not discard the oldest task. It discards whatever
 * {@code queue.poll()} returns: the head of the queue.
 *
 * <p>In a FIFO queue the head is the oldest task, and the name fits. In a priority queue the head is
 * the most urgent task: here three tasks wait in a bounded priority queue, an urgent one among them,
 * and one more arrives. The urgent task is the one thrown away. In a {@code SynchronousQueue} there is
 * no head at all: {@code poll()} returns null, the policy calls {@code execute} again, which rejects
 * again, and so on until the stack overflows.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 03-rejection-policies -Ddemo=03}
 */
public final class Demo03_DiscardOldestDiscardsTheHead {

    private Demo03_DiscardOldestDiscardsTheHead() {
    }

    public static void main(String[] args) {
        DemoArgs.none(args, "Demo03_DiscardOldestDiscardsTheHead (takes no arguments)");
        System.out.println("1) Priority queue of 3 (0 = most urgent), one blocked worker, DiscardOldestPolicy.");
        BoundedPriorityBlockingQueue<Runnable> queue =
                new BoundedPriorityBlockingQueue<>(3, PrioritizedTask.MOST_URGENT_FIRST);
        try (SaturatedPool saturated = new SaturatedPool(1, queue, new ThreadPoolExecutor.DiscardOldestPolicy())) {
            String[][] arrivals = {{"old-batch", "5"}, {"urgent", "0"}, {"normal", "3"}, {"newest", "4"}};
            for (String[] arrival : arrivals) {
                saturated.executor().execute(new PrioritizedTask(arrival[0], Integer.parseInt(arrival[1]),
                        saturated.task(arrival[0])));
                System.out.printf("   execute(%-9s priority %s)   queue size now %d%n", arrival[0] + ",", arrival[1], queue.size());
            }
            System.out.println("   ran after release: " + saturated.releaseAndAwaitTermination());
            System.out.println("   The 4th arrival found the queue full; the policy polled the head: \"urgent\".");
            System.out.println("   The oldest task (old-batch) ran; the most urgent one was discarded.");
        }

        System.out.println();
        System.out.println("2) SynchronousQueue, one blocked worker, DiscardOldestPolicy.");
        try (SaturatedPool saturated = new SaturatedPool(1, new SynchronousQueue<>(),
                new ThreadPoolExecutor.DiscardOldestPolicy())) {
            saturated.executor().execute(saturated.task("never"));
            System.out.println("   returned normally (not expected)");
        } catch (StackOverflowError e) {
            System.out.println("   execute() threw StackOverflowError: poll() found nothing, execute() rejected again, ...");
        }
    }
}
