package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PoolsUnderTest;
import dev.threadpools.kit.TaskGate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    @Claim({"J20", "J25", "J67"})
    @Test
    void idleThreadsBeyondCoreEndAfterTheKeepAliveAndTheCoreThreadStays() throws InterruptedException {
        ThreadPoolExecutor pool = poolGrownToFourThenIdle();

        await().atMost(PATIENCE).until(() -> pool.getPoolSize() == 1);
        // Many keep-alive periods later it is still 1: the core thread waits in take(), without a timeout.
        await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> pool.getPoolSize() == 1);
        assertThat(pool.getLargestPoolSize()).isEqualTo(4);
    }

    @Test
    void keepAliveIsAnIdleTime_aBusyThreadBeyondCoreNeverTimesOut() throws InterruptedException {
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(1, 4, 50, TimeUnit.MILLISECONDS,
                new SynchronousQueue<>(), factory));
        for (int i = 0; i < 4; i++) {
            pool.execute(pools.gate().task());
        }
        pools.gate().awaitStarted(4);

        // Busy for six keep-alive periods: none of the three threads beyond core ends.
        await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> pool.getPoolSize() == 4);

        pools.gate().open();
        await().atMost(PATIENCE).until(() -> pool.getPoolSize() == 1);
        assertThat(factory.createdCount()).as("the same four threads throughout, none replaced").isEqualTo(4);
    }

    @Claim({"J18", "J20", "J23", "J25"})
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
    void prestartedCoreThreadsTakeTheFirstTasksFromTheQueue_soAnUnboundedQueueStillGetsThreads() throws InterruptedException {
        // Once the pool is at core, execute() only queues: the first tasks reach the prestarted threads
        // through the queue, and they run on those threads, not on new ones.
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(3, 3, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory));
        assertThat(pool.prestartAllCoreThreads()).isEqualTo(3);
        List<Thread> prestarted = factory.createdThreads();
        assertThat(prestarted).as("three threads before any task").hasSize(3);
        List<Thread> runners = new CopyOnWriteArrayList<>();

        for (int i = 0; i < 6; i++) {
            pool.execute(pools.gate().task(() -> runners.add(Thread.currentThread())));
        }
        pools.gate().awaitStarted(3);

        assertThat(factory.createdCount()).as("no new threads: the prestarted ones serve the queue").isEqualTo(3);
        assertThat(pool.getQueue()).as("three tasks taken by the three prestarted threads, three wait").hasSize(3);
        pools.gate().open();
        await().atMost(PATIENCE).until(() -> runners.size() == 6);
        assertThat(prestarted).as("every task ran on a prestarted thread").containsAll(runners);
    }
}
