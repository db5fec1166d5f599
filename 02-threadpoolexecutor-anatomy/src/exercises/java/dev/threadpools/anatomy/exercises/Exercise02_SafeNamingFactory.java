package dev.threadpools.anatomy.exercises;

import java.util.concurrent.ThreadFactory;

/**
 * Exercise 02: fix the seed's naming factory.
 *
 * <p>The seed names threads with {@code "my-pool-worker-" + count++} on a plain {@code int}. A pool
 * calls its factory from several threads at once (see {@code ThreadFactoryTest}), and {@code count++}
 * is a read, an add and a write, so two workers can get the same name.
 *
 * <p>Implement this factory so that
 * <ol>
 *   <li>threads are named {@code prefix-1}, {@code prefix-2}, ... in the order they are created;</li>
 *   <li>names stay unique when many threads call {@link #newThread} at the same time;</li>
 *   <li>every thread gets the given daemon flag and {@code UncaughtExceptionHandler};</li>
 *   <li>the constructor rejects a null {@code prefix} or {@code handler} with {@link NullPointerException}
 *       and a blank prefix with {@link IllegalArgumentException}.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 02-threadpoolexecutor-anatomy -Pexercises -Dexercise=02}
 */
public final class Exercise02_SafeNamingFactory implements ThreadFactory {

    public Exercise02_SafeNamingFactory(String prefix, boolean daemon, Thread.UncaughtExceptionHandler handler) {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: "
                + "java.util.concurrent.atomic.AtomicInteger.incrementAndGet() is count++ in one indivisible step.");
    }

    @Override
    public Thread newThread(Runnable task) {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: "
                + "new Thread(task, name), then setDaemon and setUncaughtExceptionHandler before returning it.");
    }
}
