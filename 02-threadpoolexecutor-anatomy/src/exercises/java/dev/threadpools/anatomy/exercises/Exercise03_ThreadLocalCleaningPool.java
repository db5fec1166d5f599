package dev.threadpools.anatomy.exercises;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 03: clear {@code ThreadLocal}s in a hook.
 *
 * <p>A task that sets a {@code ThreadLocal} and forgets to remove it leaves its value to the next task on
 * the same worker (demo 07). {@code try/finally remove()} fixes one task; a pool that cleans up after
 * every task fixes them all, including the ones somebody else writes.
 *
 * <p>Complete this pool so that
 * <ol>
 *   <li>it runs tasks on exactly {@code threads} threads made by {@code threadFactory}, with an
 *       unbounded queue;</li>
 *   <li>after every task, whether it returned or threw, each of the given {@code ThreadLocal}s is
 *       removed on the worker that ran it, so the next task on that worker sees {@code null};</li>
 *   <li>it leaves every other {@code ThreadLocal} alone;</li>
 *   <li>the constructor rejects {@code threads < 1} and an empty {@code toClear} with
 *       {@link IllegalArgumentException}, and null arguments with {@link NullPointerException}.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 02-threadpoolexecutor-anatomy -Pexercises -Dexercise=03}
 */
public class Exercise03_ThreadLocalCleaningPool extends ThreadPoolExecutor {

    public Exercise03_ThreadLocalCleaningPool(int threads, ThreadFactory threadFactory, ThreadLocal<?>... toClear) {
        // A placeholder so that the stub compiles; replace it with the pool the task asks for.
        super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        throw new UnsupportedOperationException("Exercise 03 is not solved yet. Hint: pass threads and "
                + "threadFactory to super(...), keep toClear in a field, and validate it after the super call.");
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        throw new UnsupportedOperationException("Exercise 03 is not solved yet. Hint: afterExecute runs on the "
                + "worker right after each task; call remove() on each ThreadLocal there.");
    }
}
