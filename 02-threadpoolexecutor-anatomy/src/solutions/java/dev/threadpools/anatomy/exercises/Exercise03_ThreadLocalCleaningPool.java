package dev.threadpools.anatomy.exercises;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Reference solution of exercise 03 (the task is described in the stub). */
public class Exercise03_ThreadLocalCleaningPool extends ThreadPoolExecutor {

    private final List<ThreadLocal<?>> toClear;

    public Exercise03_ThreadLocalCleaningPool(int threads, ThreadFactory threadFactory, ThreadLocal<?>... toClear) {
        super(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory);
        this.toClear = List.of(toClear);   // NPE for a null array or element
        if (this.toClear.isEmpty()) {
            throw new IllegalArgumentException("no ThreadLocal to clear");
        }
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        super.afterExecute(r, t);
        // afterExecute runs on the worker that ran r, whether r returned or threw, so this clears exactly
        // the values r left behind before the worker takes its next task.
        toClear.forEach(ThreadLocal::remove);
    }
}
