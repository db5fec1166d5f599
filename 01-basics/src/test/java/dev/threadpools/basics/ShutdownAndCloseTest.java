package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ending a pool (Demo07). Each test gives a one-thread pool a task blocked on {@link #gate} and
 * queues more behind it, so that "queued" and "running" are certain when the pool is shut down.
 */
class ShutdownAndCloseTest {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch blockerStarted = new CountDownLatch(1);
    private final CountDownLatch blockerInterrupted = new CountDownLatch(1);
    private final AtomicInteger ran = new AtomicInteger();
    private final Runnable counted = ran::incrementAndGet;
    private final ExecutorService pool = Executors.newFixedThreadPool(1, new NamedThreadFactory("worker"));

    @AfterEach
    void closePool() {
        gate.countDown();
        pool.close();
    }

    private void blockTheWorkerAndQueue(int queued) throws InterruptedException {
        pool.execute(() -> {
            blockerStarted.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                blockerInterrupted.countDown();
            }
        });
        for (int i = 0; i < queued; i++) {
            pool.execute(counted);
        }
        blockerStarted.await();
    }

    @Claim("J16")
    @Test
    void shutdownRejectsNewTasksButRunsTheQueuedOnes() throws Exception {
        blockTheWorkerAndQueue(2);

        pool.shutdown();

        assertThat(pool.isShutdown()).isTrue();
        assertThat(pool.isTerminated()).as("a task is still running").isFalse();
        assertThatThrownBy(() -> pool.execute(counted)).isInstanceOf(RejectedExecutionException.class);
        gate.countDown();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).as("both queued tasks ran after shutdown()").hasValue(2);
    }

    @Claim("J17")
    @Test
    void awaitTerminationReturnsFalseWhenTheTimeRunsOutWithoutStoppingAnything() throws Exception {
        blockTheWorkerAndQueue(0);
        pool.shutdown();

        assertThat(pool.awaitTermination(50, TimeUnit.MILLISECONDS)).as("terminated within 50 ms").isFalse();
        assertThat(pool.isTerminated()).as("terminated after the timeout").isFalse();
        gate.countDown();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).as("terminated once the task could end").isTrue();
        // Checked after the task has ended, so that an interrupt sent at the timeout would have shown.
        assertThat(blockerInterrupted.getCount()).as("the running task was not interrupted").isEqualTo(1);
    }

    @Test
    void shutdownNowInterruptsTheRunningTaskAndReturnsTheQueuedOnesUnstarted() throws Exception {
        blockTheWorkerAndQueue(0);
        Future<?> queued = pool.submit(counted);

        List<Runnable> neverStarted = pool.shutdownNow();

        assertThat(blockerInterrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(neverStarted).containsExactly((Runnable) queued);
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).hasValue(0);
        // The trap: nothing will ever run or cancel it, so get() would block forever.
        assertThat(queued.isDone()).as("a Future handed back by shutdownNow is left pending").isFalse();
    }

    @Test
    void closeWaitsUntilEveryTaskHasRun() {
        ExecutorService closed;
        try (ExecutorService scoped = Executors.newFixedThreadPool(2, new NamedThreadFactory("scoped"))) {
            closed = scoped;
            scoped.execute(() -> {
                try {
                    Thread.sleep(50); // the workload, simulated I/O: still running when close() is called
                } catch (InterruptedException e) {
                    return; // not counted: close() must not interrupt
                }
                ran.incrementAndGet();
            });
            for (int i = 0; i < 100; i++) {
                scoped.execute(counted);
            }
        }

        assertThat(closed.isTerminated()).as("terminated when close() returned").isTrue();
        assertThat(ran).as("tasks that ran to their end by then").hasValue(101);
    }
}
