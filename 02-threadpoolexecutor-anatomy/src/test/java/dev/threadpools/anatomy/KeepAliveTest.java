package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keep-alive shrinks an idle pool back to core, or to zero with {@code allowCoreThreadTimeOut}; the
 * prestart methods grow it to core before any task. Waits use Awaitility with a short keep-alive,
 * never a sleep.
 */
class KeepAliveTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final PoolThreadFactory factory = new PoolThreadFactory("keepalive");

    private ThreadPoolExecutor poolGrownToFourThenIdle() throws InterruptedException {
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(1, 4, 50, TimeUnit.MILLISECONDS,
                new SynchronousQueue<>(), factory));
        TaskGate gate = new TaskGate();
        for (int i = 0; i < 4; i++) {
            pool.execute(gate.task());
        }
        gate.awaitStarted(4);
        assertThat(pool.getPoolSize()).isEqualTo(4);
        gate.open();
        return pool;
    }

    @Test
    void idleThreadsBeyondCoreEndAfterTheKeepAliveAndTheCoreThreadStays() throws InterruptedException {
        ThreadPoolExecutor pool = poolGrownToFourThenIdle();

        await().atMost(PATIENCE).until(() -> pool.getPoolSize() == 1);
        // Many keep-alive periods later it is still 1: the core thread waits in take(), without a timeout.
        await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> pool.getPoolSize() == 1);
        assertThat(pool.getLargestPoolSize()).isEqualTo(4);
    }

    @Test
    void withAllowCoreThreadTimeOutAnIdlePoolShrinksToZeroAndTheNextTaskStartsAThread() throws InterruptedException {
        ThreadPoolExecutor pool = poolGrownToFourThenIdle();
        pool.allowCoreThreadTimeOut(true);

        await().atMost(PATIENCE).until(() -> pool.getPoolSize() == 0);
        pool.execute(() -> { });

        assertThat(factory.createdCount()).as("a fifth thread for the new task").isEqualTo(5);
    }

    @Test
    void prestartCoreThreadStartsOneIdleCoreThreadPerCallUntilCoreIsReached() {
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(2, 4, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory));

        assertThat(pool.prestartCoreThread()).isTrue();
        assertThat(pool.prestartCoreThread()).isTrue();
        assertThat(pool.prestartCoreThread()).as("core is reached").isFalse();
        assertThat(pool.getPoolSize()).isEqualTo(2);
        // getTaskCount() is approximate: a worker that has not yet reached runWorker() still holds its
        // "not started" lock state and is counted as a running task. Once both wait for work it is 0.
        await().atMost(PATIENCE).until(() -> pool.getTaskCount() == 0);
        assertThat(pool.getCompletedTaskCount()).isZero();
    }

    @Test
    void prestartAllCoreThreadsReturnsHowManyItStarted() {
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(3, 4, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory));
        pool.prestartCoreThread();

        assertThat(pool.prestartAllCoreThreads()).isEqualTo(2);
        assertThat(pool.getPoolSize()).isEqualTo(3);
    }

    @Test
    void prestartedCoreThreadsTakeTheFirstTasksFromTheQueue_soAnUnboundedQueueStillGetsThreads() {
        // Executors.newFixedThreadPool-like pool with core 0 would run one thread; prestarting fixes the count.
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(3, 3, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory));
        pool.prestartAllCoreThreads();

        for (int i = 0; i < 6; i++) {
            pool.execute(pools.gate().task());
        }

        assertThat(factory.createdCount()).as("no new threads: the prestarted ones serve the queue").isEqualTo(3);
    }
}
