package dev.threadpools.ctl;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What the lesson reads from a pool: the ctl word and the {@code ThreadPoolExecutor} getters and
 * setters. Both {@link JdkObservablePool} (the JDK's pool) and {@link ScratchThreadPoolExecutor}
 * (ours) implement it with the JDK's method names, so a demo or a test written against this
 * interface runs unchanged on both.
 */
public interface ObservablePool extends ExecutorService {

    /** The current ctl word: run state in the high 3 bits, worker count in the low 29. */
    int ctl();

    int getCorePoolSize();

    void setCorePoolSize(int corePoolSize);

    int getMaximumPoolSize();

    void setMaximumPoolSize(int maximumPoolSize);

    long getKeepAliveTime(TimeUnit unit);

    void setKeepAliveTime(long time, TimeUnit unit);

    boolean allowsCoreThreadTimeOut();

    void allowCoreThreadTimeOut(boolean value);

    boolean prestartCoreThread();

    int prestartAllCoreThreads();

    int getPoolSize();

    int getActiveCount();

    int getLargestPoolSize();

    long getTaskCount();

    long getCompletedTaskCount();

    BlockingQueue<Runnable> getQueue();

    boolean remove(Runnable task);

    void purge();

    boolean isTerminating();
}
