package dev.threadpools.anatomy;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ThreadFactory} that names its threads {@code prefix-1}, {@code prefix-2}, ..., sets their
 * daemon flag and {@link Thread.UncaughtExceptionHandler}, and remembers every thread it made so that
 * tests and demos can watch a pool create workers.
 *
 * <h2>Why the counter is atomic</h2>
 * A {@code ThreadPoolExecutor} calls {@code newThread} from whichever thread happens to add a worker:
 * every thread that calls {@code execute} and, when a worker dies, the dying worker itself. It does so
 * <em>before</em> it takes its main lock, so two calls can overlap. A plain {@code count++} (what the
 * seed's factory does, see {@link SeedThreadFactory}) is a read, an add and a write; two overlapping
 * calls can read the same value and hand out the same name. {@link AtomicInteger#incrementAndGet()}
 * makes the three steps one.
 *
 * <p>Invariant: the names handed out are distinct and numbered without gaps in creation order.
 */
public final class PoolThreadFactory implements ThreadFactory {

    private final String prefix;
    private final boolean daemon;
    private final Thread.UncaughtExceptionHandler uncaughtExceptionHandler;
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Thread> created = new CopyOnWriteArrayList<>();

    /** Non-daemon threads that leave uncaught exceptions to the JVM's default handling. */
    public PoolThreadFactory(String prefix) {
        this(prefix, false, null);
    }

    /**
     * @param prefix                   names are {@code prefix-N}; not blank
     * @param daemon                   whether the threads are daemons (a daemon does not keep the JVM alive)
     * @param uncaughtExceptionHandler called when a task run with {@code execute} throws; {@code null}
     *                                 keeps the thread group's default (print the stack trace)
     * @throws NullPointerException     if {@code prefix} is null
     * @throws IllegalArgumentException if {@code prefix} is blank
     */
    public PoolThreadFactory(String prefix, boolean daemon, Thread.UncaughtExceptionHandler uncaughtExceptionHandler) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("prefix must not be blank");
        }
        this.prefix = prefix;
        this.daemon = daemon;
        this.uncaughtExceptionHandler = uncaughtExceptionHandler;
    }

    @Override
    public Thread newThread(Runnable r) {
        Objects.requireNonNull(r, "r");
        Thread thread = new Thread(r, prefix + "-" + sequence.incrementAndGet());
        // Set explicitly: a new thread inherits the daemon flag of the thread that creates it, and
        // that is whichever thread called execute(); the pool should not depend on who that was.
        thread.setDaemon(daemon);
        if (uncaughtExceptionHandler != null) {
            thread.setUncaughtExceptionHandler(uncaughtExceptionHandler);
        }
        created.add(thread);
        return thread;
    }

    /** How many threads this factory has made so far. */
    public int createdCount() {
        return created.size();
    }

    /** Every thread this factory has made, in creation order. */
    public List<Thread> createdThreads() {
        return List.copyOf(created);
    }

    /** The common name prefix, so a thread dump can pick out this pool's threads. */
    public String prefix() {
        return prefix;
    }
}
