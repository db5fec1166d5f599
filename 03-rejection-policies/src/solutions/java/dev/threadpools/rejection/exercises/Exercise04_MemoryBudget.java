package dev.threadpools.rejection.exercises;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Reference solution of exercise 04; the task is described in the learner's copy. */
public final class Exercise04_MemoryBudget {

    private Exercise04_MemoryBudget() {
    }

    public static ThreadPoolExecutor create(int workers, int maxQueuedTasks) {
        // ArrayBlockingQueue validates maxQueuedTasks, ThreadPoolExecutor validates workers.
        return new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(maxQueuedTasks),
                (task, executor) -> {
                    if (executor.isShutdown()) {
                        // CallerRunsPolicy would drop it in silence here.
                        throw new RejectedExecutionException("Task " + task + " rejected from " + executor
                                + ": the pool is shut down");
                    }
                    task.run(); // the producer pays for the overflow: that is the back-pressure
                });
    }
}
