package dev.threadpools.rejection.exercises;

import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;

/** Reference solution of exercise 03; the task is described in the learner's copy. */
public final class Exercise03_CancellingDiscardOldestPolicy implements RejectedExecutionHandler {

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
        if (executor.isShutdown()) {
            cancel(task);
            return;
        }
        Runnable head = executor.getQueue().poll();
        if (head == null) {
            // Nothing to make room with (a SynchronousQueue, or the workers emptied the queue):
            // calling execute() again could reject again, forever. Give up on the new task instead.
            cancel(task);
            return;
        }
        cancel(head);
        executor.execute(task);
    }

    /** A discarded task's Future must complete, or whoever waits on it waits forever. */
    private static void cancel(Runnable discarded) {
        if (discarded instanceof Future<?> future) {
            future.cancel(false);
        }
    }
}
