package dev.threadpools.anatomy;

import java.util.Objects;

/**
 * A task that a {@code PriorityBlockingQueue} can order: lower {@code priority} runs first.
 *
 * <p>Only works with {@code execute}. {@code submit} wraps the task in a {@code FutureTask}, which is
 * not {@code Comparable}, and the queue throws {@code ClassCastException} the first time it has to
 * order it (see {@code QueueChoicesTest}).
 *
 * @param priority smaller is more urgent
 * @param name     for output
 * @param body     the work
 */
public record PriorityTask(int priority, String name, Runnable body) implements Runnable, Comparable<PriorityTask> {

    public PriorityTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public void run() {
        body.run();
    }

    @Override
    public int compareTo(PriorityTask other) {
        return Integer.compare(priority, other.priority);
    }
}
