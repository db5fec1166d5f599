package dev.threadpools.anatomy;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ThreadPoolExecutor} that forwards its three hook methods to a {@link PoolHooks}.
 *
 * <h2>Why afterExecute needs help with submit</h2>
 * {@code submit(task)} wraps the task in a {@code FutureTask} and executes the wrapper. The wrapper
 * catches whatever the task throws and stores it for {@code Future.get()}; it never rethrows. So for a
 * submitted task {@code afterExecute(r, t)} is called with {@code t == null} even when the task
 * failed, and the worker's {@code UncaughtExceptionHandler} is never called. Unless somebody calls
 * {@code get()}, the failure is invisible. This class digs it out of the completed {@code Future}, as
 * the JDK's own {@code afterExecute} Javadoc suggests, so {@link PoolHooks#afterTask} sees failures of
 * {@code execute}d and {@code submit}ted tasks alike.
 *
 * <p>Calling {@code get()} here cannot block: {@code FutureTask.run()} sets the outcome before it
 * returns, and {@code afterExecute} runs after {@code run()} has returned.
 */
public class HookedThreadPoolExecutor extends ThreadPoolExecutor {

    private final PoolHooks hooks;

    /**
     * The seven parameters of {@code ThreadPoolExecutor}, validated by it, plus the observer.
     *
     * @throws NullPointerException if {@code hooks} (or any argument {@code ThreadPoolExecutor} rejects) is null
     */
    public HookedThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                                    BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory,
                                    RejectedExecutionHandler handler, PoolHooks hooks) {
        super(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, handler);
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    @Override
    protected void beforeExecute(Thread t, Runnable r) {
        super.beforeExecute(t, r);
        hooks.beforeTask(t, r);
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        super.afterExecute(r, t);
        hooks.afterTask(r, t != null ? t : failureHiddenIn(r));
    }

    @Override
    protected void terminated() {
        super.terminated();
        hooks.terminated();
    }

    /**
     * The exception stored in {@code r} if it is a completed {@code Future} that failed or was
     * cancelled, otherwise {@code null}.
     */
    static Throwable failureHiddenIn(Runnable r) {
        if (!(r instanceof Future<?> future) || !future.isDone()) {
            return null;
        }
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (CancellationException e) {
            return e;
        } catch (InterruptedException e) {
            // Not expected (the future is done), but never lose an interrupt.
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
