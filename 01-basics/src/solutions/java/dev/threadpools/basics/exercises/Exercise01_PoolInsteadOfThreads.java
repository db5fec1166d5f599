package dev.threadpools.basics.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/** Reference solution of exercise 01; the task is described in the learner's copy. */
public final class Exercise01_PoolInsteadOfThreads {

    private Exercise01_PoolInsteadOfThreads() {
    }

    public static <T> List<T> runAll(List<Callable<T>> tasks, int poolSize, ThreadFactory threadFactory)
            throws InterruptedException, ExecutionException {
        // newFixedThreadPool itself rejects poolSize < 1 with IllegalArgumentException.
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize, threadFactory)) {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            // Reading the futures in submission order gives the results in task order, whatever
            // order the tasks finished in.
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } // close(): shutdown, then wait until every worker has finished
    }
}
