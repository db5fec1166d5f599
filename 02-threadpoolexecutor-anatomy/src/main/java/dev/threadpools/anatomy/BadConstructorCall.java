package dev.threadpools.anatomy;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Every way to call the seven-argument constructor of {@link ThreadPoolExecutor} wrongly, and what it
 * throws. The rule (from the constructor's Javadoc): bad numbers are an
 * {@link IllegalArgumentException}, missing objects a {@link NullPointerException}; nothing is
 * deferred until the first task.
 *
 * <p>One list, used twice: {@code Demo01_SevenParameters} prints it, {@code ConstructorTest} proves it.
 */
public enum BadConstructorCall {

    NEGATIVE_CORE("corePoolSize < 0", IllegalArgumentException.class, -1, 1, 0, queue(), factory(), handler()),
    ZERO_MAXIMUM("maximumPoolSize <= 0", IllegalArgumentException.class, 0, 0, 0, queue(), factory(), handler()),
    MAXIMUM_BELOW_CORE("maximumPoolSize < corePoolSize", IllegalArgumentException.class, 2, 1, 0, queue(), factory(), handler()),
    NEGATIVE_KEEP_ALIVE("keepAliveTime < 0", IllegalArgumentException.class, 1, 1, -1, queue(), factory(), handler()),
    NULL_QUEUE("workQueue == null", NullPointerException.class, 1, 1, 0, null, factory(), handler()),
    NULL_FACTORY("threadFactory == null", NullPointerException.class, 1, 1, 0, queue(), null, handler()),
    NULL_HANDLER("handler == null", NullPointerException.class, 1, 1, 0, queue(), factory(), null);

    private final String description;
    private final Class<? extends RuntimeException> expected;
    private final int core;
    private final int max;
    private final long keepAlive;
    private final BlockingQueue<Runnable> queue;
    private final ThreadFactory factory;
    private final RejectedExecutionHandler handler;

    BadConstructorCall(String description, Class<? extends RuntimeException> expected, int core, int max,
                       long keepAlive, BlockingQueue<Runnable> queue, ThreadFactory factory,
                       RejectedExecutionHandler handler) {
        this.description = description;
        this.expected = expected;
        this.core = core;
        this.max = max;
        this.keepAlive = keepAlive;
        this.queue = queue;
        this.factory = factory;
        this.handler = handler;
    }

    /** Calls the constructor with this case's arguments; expected to throw {@link #expected()}. */
    public ThreadPoolExecutor construct() {
        return new ThreadPoolExecutor(core, max, keepAlive, TimeUnit.SECONDS, queue, factory, handler);
    }

    public String description() {
        return description;
    }

    public Class<? extends RuntimeException> expected() {
        return expected;
    }

    // Valid values for the arguments a case does not break. None of them starts a thread.
    private static BlockingQueue<Runnable> queue() {
        return new ArrayBlockingQueue<>(1);
    }

    private static ThreadFactory factory() {
        return Executors.defaultThreadFactory();
    }

    private static RejectedExecutionHandler handler() {
        return new ThreadPoolExecutor.AbortPolicy();
    }
}
