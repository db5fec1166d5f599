package dev.threadpools.shutdown;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

/**
 * A {@link ThreadFactory} that names its threads {@code <prefix>-1}, {@code <prefix>-2}, ... and
 * remembers every thread it made.
 *
 * <p>An {@code ExecutorService} does not say which threads it runs on; its factory does. Keeping them
 * is what lets a shutdown report name the threads that are still alive, and lets a test count the
 * threads a pool created (a pool created per call shows up as one more thread per call).
 *
 * <p>Whether the threads are daemons is a choice made here, at creation: a non-daemon worker keeps
 * the JVM alive until it ends; a daemon worker is abandoned mid-task when the last non-daemon thread
 * ends (see {@link JvmExitScenario}).
 */
public final class TrackingThreadFactory implements ThreadFactory {

    private final String prefix;
    private final boolean daemon;
    /** Append-only; read far more often than written (a pool asks for a thread rarely). */
    private final List<Thread> created = new CopyOnWriteArrayList<>();

    /**
     * @param prefix the start of every thread's name
     * @param daemon whether the threads are daemons
     * @throws NullPointerException     if {@code prefix} is null
     * @throws IllegalArgumentException if {@code prefix} is blank
     */
    public TrackingThreadFactory(String prefix, boolean daemon) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("prefix must not be blank");
        }
        this.prefix = prefix;
        this.daemon = daemon;
    }

    /** Non-daemon threads, the JDK's default. */
    public TrackingThreadFactory(String prefix) {
        this(prefix, false);
    }

    @Override
    public Thread newThread(Runnable r) {
        Objects.requireNonNull(r, "r");
        // synchronized keeps the number in the name equal to the position in the list.
        synchronized (created) {
            Thread thread = new Thread(r, prefix + "-" + (created.size() + 1));
            thread.setDaemon(daemon);
            created.add(thread);
            return thread;
        }
    }

    /** Every thread this factory made, in creation order, alive or not. */
    public List<Thread> created() {
        return List.copyOf(created);
    }

    /** The threads this factory made that have not ended yet. */
    public List<Thread> alive() {
        return created.stream().filter(Thread::isAlive).toList();
    }
}
