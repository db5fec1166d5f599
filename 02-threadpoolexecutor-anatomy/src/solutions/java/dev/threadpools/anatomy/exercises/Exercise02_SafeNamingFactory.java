package dev.threadpools.anatomy.exercises;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Reference solution of exercise 02 (the task is described in the stub). */
public final class Exercise02_SafeNamingFactory implements ThreadFactory {

    private final String prefix;
    private final boolean daemon;
    private final Thread.UncaughtExceptionHandler handler;
    /** One atomic read-modify-write per thread: two concurrent callers can never get the same number. */
    private final AtomicInteger count = new AtomicInteger();

    public Exercise02_SafeNamingFactory(String prefix, boolean daemon, Thread.UncaughtExceptionHandler handler) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.handler = Objects.requireNonNull(handler, "handler");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("prefix must not be blank");
        }
        this.daemon = daemon;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(Objects.requireNonNull(task, "task"), prefix + "-" + count.incrementAndGet());
        thread.setDaemon(daemon);
        thread.setUncaughtExceptionHandler(handler);
        return thread;
    }
}
