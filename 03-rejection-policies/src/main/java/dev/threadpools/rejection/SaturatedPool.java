package dev.threadpools.rejection;

import dev.threadpools.kit.Uninterruptibly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ThreadPoolExecutor} brought into overload on purpose and deterministically, so that the
 * next {@code execute} is certain to reach the {@link RejectedExecutionHandler}.
 *
 * <h2>How it saturates</h2>
 * The pool has {@code workers} core threads and as many maximum threads, so it can never grow past
 * them. Each worker is started with a <em>blocker</em> as its first task: the blocker announces itself
 * on a latch and then waits at a gate that only {@link #release()} opens. Once every blocker has
 * announced itself, every worker is provably busy and the queue is empty; {@link #fillQueue()} then
 * queues labelled tasks until the queue has no room left. From that moment, and until the gate
 * opens, {@code execute} finds: workers == maximum, queue full, so it calls the handler. Nothing here
 * depends on timing.
 *
 * <h2>What it records</h2>
 * Every task made by {@link #task(String)} records its label and the name of the thread that ran it,
 * in the order the tasks started, so a test can say exactly which task ran, which did not, and
 * whether it ran on a worker or on the thread that submitted it.
 *
 * <p>Worker threads are named {@code saturated-worker-N}. {@link #close()} opens the gate, shuts the
 * pool down and waits for it to terminate, so a try-with-resources block leaves no thread behind.
 */
public final class SaturatedPool implements AutoCloseable {

    /** A task label and the thread that ran it. */
    public record Execution(String label, String thread) {
    }

    /** Long enough for any worker on a loaded machine, short enough that a hang fails fast. */
    private static final long TERMINATION_TIMEOUT_SECONDS = 10;

    /** Worker threads are named this followed by their number. */
    public static final String THREAD_PREFIX = "saturated-worker-";

    private final ThreadPoolExecutor executor;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final List<Execution> executions = new CopyOnWriteArrayList<>();
    private final Map<String, Execution> executionByLabel = new ConcurrentHashMap<>();
    private final AtomicInteger queuedLabels = new AtomicInteger();

    /**
     * Starts a pool of {@code workers} threads over an {@link ArrayBlockingQueue} of
     * {@code queueCapacity}, blocks every worker and fills the queue with tasks labelled
     * {@code queued-1}, {@code queued-2}, ...
     *
     * @throws IllegalArgumentException if {@code workers < 1} or {@code queueCapacity < 1}
     * @throws NullPointerException     if {@code handler} is null
     */
    public static SaturatedPool saturate(int workers, int queueCapacity, RejectedExecutionHandler handler) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1, was " + queueCapacity);
        }
        SaturatedPool pool = new SaturatedPool(workers, new ArrayBlockingQueue<>(queueCapacity), handler);
        pool.fillQueue();
        return pool;
    }

    /** The four built-in policies, in the order the lesson presents them; fresh instances each call. */
    public static List<RejectedExecutionHandler> builtInPolicies() {
        return List.of(new ThreadPoolExecutor.AbortPolicy(), new ThreadPoolExecutor.CallerRunsPolicy(),
                new ThreadPoolExecutor.DiscardPolicy(), new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    /**
     * Starts a pool of {@code workers} threads over {@code queue} and blocks every worker; the queue
     * is left as it is (call {@link #fillQueue()} or queue tasks of your own).
     *
     * @throws IllegalArgumentException if {@code workers < 1} or the queue is not empty
     * @throws NullPointerException     if {@code queue} or {@code handler} is null
     */
    public SaturatedPool(int workers, BlockingQueue<Runnable> queue, RejectedExecutionHandler handler) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(handler, "handler");
        if (!queue.isEmpty()) {
            throw new IllegalArgumentException("queue must start empty, has " + queue.size() + " tasks");
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory named = runnable -> new Thread(runnable, THREAD_PREFIX + threadNumber.incrementAndGet());
        executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, queue, named, handler);
        CountDownLatch blocked = new CountDownLatch(workers);
        for (int i = 0; i < workers; i++) {
            // Below corePoolSize, execute() starts a new worker with this task as its first one; it
            // never touches the queue, so the queue stays empty for fillQueue().
            executor.execute(() -> {
                blocked.countDown();
                awaitGate();
            });
        }
        Uninterruptibly.await(blocked);
    }

    /**
     * Queues labelled tasks until the queue has no remaining capacity; returns their labels.
     *
     * @throws IllegalStateException if the queue is unbounded: it cannot be filled
     */
    public List<String> fillQueue() {
        if (executor.getQueue().remainingCapacity() == Integer.MAX_VALUE) {
            throw new IllegalStateException("an unbounded queue cannot be filled: " + executor.getQueue().getClass());
        }
        List<String> labels = new ArrayList<>();
        while (executor.getQueue().remainingCapacity() > 0) {
            String label = "queued-" + queuedLabels.incrementAndGet();
            executor.execute(task(label));
            labels.add(label);
        }
        return labels;
    }

    /** A task that records {@code label} and the thread that ran it; it does nothing else. */
    public Runnable task(String label) {
        Objects.requireNonNull(label, "label");
        return new Runnable() {
            @Override
            public void run() {
                Execution execution = new Execution(label, Thread.currentThread().getName());
                executions.add(execution);
                executionByLabel.put(label, execution);
            }

            @Override
            public String toString() {
                return label; // what AbortPolicy's message and the demos print
            }
        };
    }

    /** The pool; its handler, queue and counters are all live. */
    public ThreadPoolExecutor executor() {
        return executor;
    }

    /** Opens the gate: the blocked workers finish their blockers and go on with the queue. */
    public void release() {
        gate.countDown();
    }

    /**
     * Opens the gate, shuts the pool down and waits until every queued task has run.
     *
     * @return the labels of the recorded tasks in the order they started
     * @throws IllegalStateException if the pool does not terminate in time (a test should fail then)
     */
    public List<String> releaseAndAwaitTermination() {
        release();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(TERMINATION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
                throw new IllegalStateException("pool did not terminate within "
                        + TERMINATION_TIMEOUT_SECONDS + " s: " + executor);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pool to terminate", e);
        }
        return ranLabels();
    }

    /** Labels of the recorded tasks that have started so far, in start order. */
    public List<String> ranLabels() {
        return executions.stream().map(Execution::label).toList();
    }

    /** The name of the thread that ran {@code label}, or null if it has not run. */
    public String threadThatRan(String label) {
        Execution execution = executionByLabel.get(label);
        return execution == null ? null : execution.thread();
    }

    @Override
    public void close() {
        releaseAndAwaitTermination();
    }

    private void awaitGate() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            // shutdownNow() interrupts: the blocker ends early, which is what the caller asked for.
            Thread.currentThread().interrupt();
        }
    }
}
