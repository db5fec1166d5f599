package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.ctl.ObservablePool.Hooks;
import dev.threadpools.ctl.PoolFactory.Policy;
import dev.threadpools.kit.RecordingThreadFactory;
import dev.threadpools.kit.TaskGate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the pool tests share: a fresh {@link RecordingThreadFactory} per test, which counts thread
 * births and deaths, and the rule that every pool made here is shut down and terminated when the
 * test ends (even when it failed half-way). Tasks are held with the kit's {@link TaskGate}.
 */
public abstract class PoolTestSupport {

    /** Long enough that no worker times out during a test unless the test wants it to. */
    protected static final long LONG_KEEP_ALIVE_MILLIS = 60_000;

    /** Fresh for every test: subclasses may share one instance across tests (PER_CLASS lifecycle). */
    protected RecordingThreadFactory threads;
    private final List<ObservablePool> pools = new ArrayList<>();

    @BeforeEach
    void freshThreadFactory() {
        threads = new RecordingThreadFactory("contract-worker");
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

    /** The usual pool of a test: no worker times out, no hooks, the given policy. */
    protected ObservablePool pool(PoolFactory factory, int core, int max, BlockingQueue<Runnable> queue,
            Policy policy) {
        return pool(factory, core, max, LONG_KEEP_ALIVE_MILLIS, queue, policy, Hooks.NONE);
    }

    /** The usual pool of a test, with the default (abort) policy. */
    protected ObservablePool pool(PoolFactory factory, int core, int max, BlockingQueue<Runnable> queue) {
        return pool(factory, core, max, queue, Policy.ABORT);
    }

    /** Executes {@code count} tasks of {@code gate} on {@code pool}; each holds until the test opens the gate. */
    protected static void executeHeld(ObservablePool pool, TaskGate gate, int count) {
        for (int i = 0; i < count; i++) {
            pool.execute(gate.task());
        }
    }

    /**
     * Starts a task held by a fresh gate and waits until it runs, so that one worker of {@code pool}
     * is busy until the test opens the returned gate.
     */
    protected static TaskGate occupyOneWorker(ObservablePool pool) throws InterruptedException {
        TaskGate gate = new TaskGate();
        pool.execute(gate.task());
        gate.awaitStarted(1);
        return gate;
    }

    @AfterEach
    void shutDownEveryPool() throws InterruptedException {
        for (ObservablePool pool : pools) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("%s terminated", pool).isTrue();
        }
        pools.clear();
    }
}
