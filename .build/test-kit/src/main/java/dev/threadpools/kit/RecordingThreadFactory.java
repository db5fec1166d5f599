package dev.threadpools.kit;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: a {@link ThreadFactory} that records what a pool does with its threads, so that a
 * test can watch workers being made, dying and being replaced without sleeping. It names its
 * threads {@code prefix-1}, {@code prefix-2}, ... and counts
 * <ul>
 *   <li>the threads it made ({@link #made()});</li>
 *   <li>the threads that have ended ({@link #awaitExits}), signalled as each thread's last act;</li>
 *   <li>what escaped a worker ({@link #uncaught()}): a task run with {@code execute} that throws
 *       kills its worker.</li>
 * </ul>
 * A failure is recorded inside the thread rather than by an uncaught-exception handler, because a
 * handler runs only after the thread's body, so after the exit has been signalled: a test that waits
 * for the exit could then look for the failure too early. Recording it also keeps the stack traces
 * the test expects out of the build log.
 *
 * <p>A lesson that teaches how to write a thread factory keeps its own (01's
 * {@code NamedThreadFactory}, 02's {@code PoolThreadFactory}, 06's {@code TrackingThreadFactory}):
 * there the factory is the lesson. This one is only the tests' instrument.
 */
public final class RecordingThreadFactory implements ThreadFactory {

    /** How long {@link #awaitExits} waits before it decides that the threads will never end. */
    private static final long EXIT_TIMEOUT_SECONDS = 10;

    private final String prefix;
    private final AtomicInteger made = new AtomicInteger();
    private final Semaphore exited = new Semaphore(0);
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    /**
     * @throws NullPointerException     if {@code prefix} is null
     * @throws IllegalArgumentException if {@code prefix} is blank
     */
    public RecordingThreadFactory(String prefix) {
        if (Objects.requireNonNull(prefix, "prefix").isBlank()) {
            throw new IllegalArgumentException("prefix must not be blank");
        }
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable worker) {
        Objects.requireNonNull(worker, "worker");
        return new Thread(() -> {
            try {
                worker.run();
            } catch (Throwable failure) {
                uncaught.add(failure);
            } finally {
                exited.release();
            }
        }, prefix + "-" + made.incrementAndGet());
    }

    /** How many threads this factory has made so far, started or not. */
    public int made() {
        return made.get();
    }

    /** What escaped the threads' bodies so far, in the order they ended. */
    public List<Throwable> uncaught() {
        return List.copyOf(uncaught);
    }

    /**
     * Waits until {@code count} more threads of this factory have ended (cumulative: each call
     * consumes the exits it waited for).
     *
     * @throws IllegalArgumentException if {@code count < 0}
     * @throws IllegalStateException    if they do not end within ten seconds (a bug fails, not hangs)
     */
    public void awaitExits(int count) throws InterruptedException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (!exited.tryAcquire(count, EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(count + " thread(s) of " + prefix + " did not end within "
                    + EXIT_TIMEOUT_SECONDS + " s");
        }
    }
}
