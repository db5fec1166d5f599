package dev.threadpools.anatomy;

import java.util.concurrent.ThreadFactory;

/**
 * The seed's naming factory, kept as it was written so that its flaw can be shown: the counter is a
 * plain {@code int} and {@code count++} is not atomic.
 *
 * <p>{@code count++} compiles to read, add one, write. When two threads call {@link #newThread} at
 * the same time (a pool does that: see {@link PoolThreadFactory}), both can read the same value, and
 * two workers get the same name; a stack trace or a thread dump then cannot tell them apart. Without
 * {@code volatile} or a lock the increment is also a data race in the Java Memory Model, so a caller
 * may even see a stale count. {@code ThreadFactoryTest} proves that a pool does call a factory
 * concurrently; {@link PoolThreadFactory} is the fix.
 */
public final class SeedThreadFactory implements ThreadFactory {

    private int count = 1;

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r);
        t.setName("my-pool-worker-" + count++);   // BROKEN: not atomic, not safely published
        t.setDaemon(true);
        return t;
    }
}
