package dev.threadpools.anatomy;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * How a {@code ThreadLocal} leaks from one task into the next on a pool, and the two fixes.
 *
 * <p>A {@code ThreadLocal} belongs to a thread, not to a task. Without a pool the thread dies with the
 * request and its values die with it. In a pool the thread lives on and runs the next task, which
 * finds the previous task's values still set. With a request context ("who is the current user") that
 * is a security bug, not only a memory leak.
 *
 * <p>The scenario: a pool with one worker, so both requests are certain to share a thread. Request 1
 * sets the current user to {@code alice}. Request 2 is anonymous: it sets nothing and asks who the
 * current user is. The correct answer is "nobody" ({@code null}).
 */
public final class ThreadLocalLeak {

    /** How request 1 cleans up after itself. */
    public enum Cleanup {
        /** The seed's BAD example: set, never remove. */
        NONE,
        /** The seed's GOOD example: {@code try { set ... } finally { remove(); }} inside the task. */
        FINALLY_REMOVE,
        /** The pool removes it: {@link ThreadLocalClearingHooks} in {@code afterExecute}. */
        AFTER_EXECUTE_HOOK
    }

    /** The request context: the user the current request runs for, or {@code null}. */
    public static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

    private ThreadLocalLeak() {
    }

    /**
     * Runs request 1 (for {@code alice}) and then request 2 (anonymous) on one pooled thread.
     *
     * @return the user request 2 saw: {@code "alice"} if the context leaked, {@code null} if not
     */
    public static String userSeenByAnonymousRequest(Cleanup cleanup) throws InterruptedException, ExecutionException {
        Objects.requireNonNull(cleanup, "cleanup");
        PoolHooks hooks = cleanup == Cleanup.AFTER_EXECUTE_HOOK
                ? new ThreadLocalClearingHooks(CURRENT_USER)
                : new PoolHooks() { };
        ThreadPoolExecutor pool = new HookedThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new PoolThreadFactory("request"),
                new ThreadPoolExecutor.AbortPolicy(), hooks);
        try (pool) {
            pool.submit(() -> handleRequestFor("alice", cleanup == Cleanup.FINALLY_REMOVE)).get();
            return pool.submit(CURRENT_USER::get).get();
        }
    }

    private static void handleRequestFor(String user, boolean removeInFinally) {
        CURRENT_USER.set(user);
        try {
            serve();
        } finally {
            if (removeInFinally) {
                CURRENT_USER.remove();
            }
        }
    }

    /** The request's work; it only needs the context to be there. */
    private static void serve() {
        if (CURRENT_USER.get() == null) {
            throw new IllegalStateException("no user in context");
        }
    }
}
