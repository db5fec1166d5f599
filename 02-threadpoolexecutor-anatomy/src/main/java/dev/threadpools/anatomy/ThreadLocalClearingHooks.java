package dev.threadpools.anatomy;

import java.util.List;
import java.util.Objects;

/**
 * Hooks that remove the given {@code ThreadLocal}s after every task, whatever the task did: the
 * pool-wide fix for {@code ThreadLocal} leaks.
 *
 * <p>Compared with {@code try/finally remove()} in each task: the hook also covers tasks written by
 * someone who forgot, but it can only clear the {@code ThreadLocal}s it was told about, and it lets a
 * value live until the task has ended (for a big value, {@code finally} frees it sooner). Use both
 * where it matters. See {@link ThreadLocalLeak}.
 */
public final class ThreadLocalClearingHooks implements PoolHooks {

    private final List<ThreadLocal<?>> locals;

    /**
     * @throws NullPointerException     if the array or any element is null
     * @throws IllegalArgumentException if no {@code ThreadLocal} is given (the hook would do nothing)
     */
    public ThreadLocalClearingHooks(ThreadLocal<?>... locals) {
        this.locals = List.of(locals);   // List.of rejects null elements with NPE
        if (this.locals.isEmpty()) {
            throw new IllegalArgumentException("no ThreadLocal to clear");
        }
    }

    @Override
    public void afterTask(Runnable task, Throwable failure) {
        // Runs on the worker that ran the task, so remove() clears that worker's values.
        locals.forEach(ThreadLocal::remove);
    }

    /** The cleared {@code ThreadLocal}s, for diagnostics. */
    public List<ThreadLocal<?>> locals() {
        return locals;
    }

    @Override
    public String toString() {
        return "ThreadLocalClearingHooks" + Objects.toString(locals);
    }
}
