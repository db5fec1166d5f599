package dev.threadpools.basics;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Java side of Python's {@code ThreadPoolExecutor(thread_name_prefix=..., initializer=...)}.
 * Python takes both as arguments of the pool; Java takes one {@link ThreadFactory}, and this is it.
 *
 * <ul>
 *   <li>Threads are named like Python's: {@code prefix_0}, {@code prefix_1}, ... in creation order.</li>
 *   <li>The initializer runs once in each new thread, before the thread's first task, as Python's
 *       {@code initializer} does. If it throws, Python marks the whole pool broken. Here the failure
 *       goes to the thread's uncaught-exception handler and the worker runs anyway, because a thread
 *       from a factory must always run the {@code Runnable} it was given: the pool has already counted
 *       that worker, and a thread that dies before running it leaves a phantom worker that is never
 *       replaced, loses its first task and keeps the pool from terminating
 *       ({@code NamedThreadFactoryTest.aFactoryThreadThatDiesBeforeRunningItsWorkerStrandsThePool}).
 *       Initialization that tasks cannot do without belongs in the tasks, or in
 *       {@code beforeExecute}, whose exceptions the pool handles by replacing the worker.</li>
 *   <li>An optional {@link Thread.UncaughtExceptionHandler} sees what escapes a task run with
 *       {@code execute}; Python has no counterpart, its workers catch everything into the Future.</li>
 *   <li>It counts the threads it made, so a test or demo can see when a pool replaces a worker.</li>
 * </ul>
 */
public final class NamedThreadFactory implements ThreadFactory {

    /**
     * What a thread does with an uncaught exception when it has no handler of its own: pass it to its
     * thread group, which calls the JVM-wide default handler or prints the stack trace to stderr.
     */
    private static final Thread.UncaughtExceptionHandler THREAD_GROUP =
            (thread, failure) -> thread.getThreadGroup().uncaughtException(thread, failure);

    private final String prefix;
    private final Runnable initializer;
    private final Thread.UncaughtExceptionHandler uncaughtExceptionHandler;
    private final AtomicInteger created = new AtomicInteger();

    /** Names threads {@code prefix_N}; no initializer; uncaught exceptions are handled as by a plain thread. */
    public NamedThreadFactory(String prefix) {
        this(prefix, () -> { }, THREAD_GROUP);
    }

    /**
     * @throws NullPointerException if {@code prefix} or {@code initializer} is null
     * @throws IllegalArgumentException if {@code prefix} is blank: a thread dump full of "_3" helps nobody
     */
    public NamedThreadFactory(String prefix, Runnable initializer) {
        this(prefix, initializer, THREAD_GROUP);
    }

    /**
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code prefix} is blank
     */
    public NamedThreadFactory(String prefix, Runnable initializer,
                              Thread.UncaughtExceptionHandler uncaughtExceptionHandler) {
        if (Objects.requireNonNull(prefix, "prefix").isBlank()) {
            throw new IllegalArgumentException("prefix must not be blank");
        }
        this.prefix = prefix;
        this.initializer = Objects.requireNonNull(initializer, "initializer");
        this.uncaughtExceptionHandler = Objects.requireNonNull(uncaughtExceptionHandler, "uncaughtExceptionHandler");
    }

    @Override
    public Thread newThread(Runnable worker) {
        Objects.requireNonNull(worker, "worker");
        Thread thread = new Thread(() -> {
            try {
                initializer.run();
            } catch (RuntimeException | Error failure) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, failure);
            }
            worker.run(); // always: see the class comment
        }, prefix + "_" + created.getAndIncrement());
        thread.setUncaughtExceptionHandler(uncaughtExceptionHandler);
        return thread;
    }

    /** How many threads this factory has made so far. */
    public int created() {
        return created.get();
    }
}
