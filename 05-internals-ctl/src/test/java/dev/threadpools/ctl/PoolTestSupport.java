package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.ctl.PoolFactory.Hooks;
import dev.threadpools.ctl.PoolFactory.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the pool tests share: a thread factory that counts thread births and deaths, a gate that
 * holds tasks until the test opens it, and the rule that every pool made here is shut down and
 * terminated when the test ends (even when it failed half-way).
 */
public abstract class PoolTestSupport {

    /** Long enough that no worker times out during a test unless the test wants it to. */
    protected static final long LONG_KEEP_ALIVE_MILLIS = 60_000;

    /** Fresh for every test: subclasses may share one instance across tests (PER_CLASS lifecycle). */
    protected Threads threads;
    private final List<ObservablePool> pools = new ArrayList<>();

    @BeforeEach
    void freshThreadFactory() {
        threads = new Threads();
    }

    protected ObservablePool pool(PoolFactory factory, int core, int max, long keepAliveMillis,
            BlockingQueue<Runnable> queue, Policy policy, Hooks hooks) {
        return pool(factory, core, max, keepAliveMillis, queue, threads, policy, hooks);
    }

    /** A pool with its own thread factory (one that returns null, or acts while making a thread). */
    protected ObservablePool pool(PoolFactory factory, int core, int max, long keepAliveMillis,
            BlockingQueue<Runnable> queue, ThreadFactory threadFactory, Policy policy, Hooks hooks) {
        ObservablePool pool = factory.create(core, max, keepAliveMillis, TimeUnit.MILLISECONDS, queue, threadFactory,
                policy, hooks);
        pools.add(pool);
        return pool;
    }

    protected ObservablePool pool(PoolFactory factory, int core, int max, BlockingQueue<Runnable> queue) {
        return pool(factory, core, max, LONG_KEEP_ALIVE_MILLIS, queue, Policy.ABORT, Hooks.NONE);
    }

    @AfterEach
    void shutDownEveryPool() throws InterruptedException {
        for (ObservablePool pool : pools) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("%s terminated", pool).isTrue();
        }
        pools.clear();
    }

    /** A thread factory that counts the threads it made and the ones that have finished. */
    protected static final class Threads implements ThreadFactory {
        private final AtomicInteger made = new AtomicInteger();
        private final Semaphore exited = new Semaphore(0);
        final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(Runnable worker) {
            return new Thread(() -> {
                try {
                    worker.run();
                } catch (Throwable failure) {
                    // A task that throws kills its worker. Record the failure here rather than in an
                    // uncaught-exception handler, which would run only after the exit is signalled
                    // below; this also keeps the expected stack traces out of the build log.
                    uncaught.add(failure);
                } finally {
                    exited.release();
                }
            }, "contract-worker-" + made.incrementAndGet());
        }

        int made() {
            return made.get();
        }

        /** Waits until {@code count} more worker threads have ended (bounded, so a bug fails, not hangs). */
        void awaitExits(int count) throws InterruptedException {
            assertThat(exited.tryAcquire(count, 10, TimeUnit.SECONDS)).as("%d worker thread(s) exited", count).isTrue();
        }
    }

    /** Holds tasks until {@link #open()}; counts how many have started. An interrupt also releases a task. */
    protected static final class Gate {
        private final CountDownLatch open = new CountDownLatch(1);
        private final Semaphore started = new Semaphore(0);
        final AtomicInteger interrupted = new AtomicInteger();

        Runnable task() {
            return () -> {
                started.release();
                try {
                    open.await();
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                }
            };
        }

        void awaitStarted(int count) throws InterruptedException {
            assertThat(started.tryAcquire(count, 10, TimeUnit.SECONDS)).as("%d task(s) started", count).isTrue();
        }

        void open() {
            open.countDown();
        }
    }
}
