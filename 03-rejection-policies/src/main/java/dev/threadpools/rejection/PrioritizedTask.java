package dev.threadpools.rejection;

import java.util.Comparator;
import java.util.Objects;

/**
 * A task with a priority, for pools over a priority queue. Lower numbers run first: priority 0 is
 * the most urgent.
 *
 * <p>A pool over a priority queue must be fed with {@code execute(PrioritizedTask)}: {@code submit}
 * wraps every task in a {@code FutureTask}, which carries no priority, so the queue's comparator
 * cannot order it ({@code PriorityBlockingQueue} without a comparator throws
 * {@code ClassCastException}).
 *
 * @param label    what the demos and tests print
 * @param priority 0 is the most urgent
 * @param body     the work
 */
public record PrioritizedTask(String label, int priority, Runnable body) implements Runnable {

    /** Most urgent first; for the queue of a pool, whose elements are plain {@code Runnable}s. */
    public static final Comparator<Runnable> MOST_URGENT_FIRST =
            Comparator.comparingInt(task -> ((PrioritizedTask) task).priority());

    public PrioritizedTask {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(body, "body");
        if (priority < 0) {
            throw new IllegalArgumentException("priority must not be negative, was " + priority);
        }
    }

    @Override
    public void run() {
        body.run();
    }

    @Override
    public String toString() {
        return label + "(priority " + priority + ")";
    }
}
