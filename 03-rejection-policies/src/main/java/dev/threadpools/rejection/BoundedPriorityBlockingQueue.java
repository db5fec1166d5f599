package dev.threadpools.rejection;

import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link PriorityBlockingQueue} that refuses {@link #offer(Object)} once it holds {@code capacity}
 * elements, so that a pool over it rejects, the way a pool over an {@code ArrayBlockingQueue} does.
 *
 * <p>The JDK has no bounded priority queue: {@code PriorityBlockingQueue} grows until memory runs out,
 * so a pool over it never calls its rejection policy while it runs. This class exists to show what a
 * policy does when the queue's head is not its oldest element (see {@code Demo03}); it implements only
 * what {@code ThreadPoolExecutor} calls. {@code put} and the timed {@code offer} would not block in a
 * {@code PriorityBlockingQueue} (it is never full), so here they refuse to run instead of silently
 * ignoring the bound.
 *
 * <p>Invariant: {@code size() <= capacity}. Only {@code offer(E)} adds elements ({@code add} and
 * {@code addAll} go through it), and offers are serialized on this object, so no two offers can both
 * see the last free slot.
 */
public final class BoundedPriorityBlockingQueue<E> extends PriorityBlockingQueue<E> {

    private final int capacity;

    /**
     * @throws IllegalArgumentException if {@code capacity < 1}
     * @throws NullPointerException     if {@code comparator} is null
     */
    public BoundedPriorityBlockingQueue(int capacity, Comparator<? super E> comparator) {
        super(Math.max(1, capacity), Objects.requireNonNull(comparator, "comparator"));
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized boolean offer(E e) {
        return size() < capacity && super.offer(e);
    }

    @Override
    public int remainingCapacity() {
        return capacity - size();
    }

    /** @throws UnsupportedOperationException always: it could neither block nor keep the bound */
    @Override
    public void put(E e) {
        throw new UnsupportedOperationException("a bounded priority queue cannot block; use offer(E)");
    }

    /** @throws UnsupportedOperationException always: it could neither block nor keep the bound */
    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException("a bounded priority queue cannot block; use offer(E)");
    }
}
