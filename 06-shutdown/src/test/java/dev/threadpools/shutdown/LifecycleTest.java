package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The verbs of the lifecycle, one at a time, on a one-thread pool whose single worker is held busy
 * by a task that waits on a latch: while it waits, everything else is queued, so the test knows
 * exactly what is running and what is waiting.
 */
class LifecycleTest {

    private final TrackingThreadFactory threads = new TrackingThreadFactory("lifecycle");
    private final CountDownLatch terminatedHookRan = new CountDownLatch(1);
    /** What the pool said about itself from inside terminated(): isTerminating, isTerminated. */
    private final AtomicReference<List<Boolean>> stateSeenByHook = new AtomicReference<>();
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), threads) {
        @Override
        protected void terminated() {
            stateSeenByHook.set(List.of(isTerminating(), isTerminated()));
            terminatedHookRan.countDown();
        }
    };
    private final CountDownLatch blockerStarted = new CountDownLatch(1);
    private final CountDownLatch releaseBlocker = new CountDownLatch(1);
    private final AtomicBoolean blockerInterrupted = new AtomicBoolean();
    private final AtomicInteger queuedRan = new AtomicInteger();

    /** Occupies the only worker until {@link #releaseBlocker} opens or it is interrupted. */
    private final Runnable blocker = () -> {
        blockerStarted.countDown();
        try {
            releaseBlocker.await();
        } catch (InterruptedException e) {
            blockerInterrupted.set(true);
        }
    };

    @AfterEach
    void shutDownWhateverIsLeft() throws InterruptedException {
        releaseBlocker.countDown();
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Occupies the only worker with {@link #blocker}, then queues tasks behind it; returns them in order. */
    private List<Runnable> occupyWorkerAndQueue(int queued) throws InterruptedException {
        pool.execute(blocker);
        assertThat(blockerStarted.await(10, TimeUnit.SECONDS)).as("the blocker started on the only worker").isTrue();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < queued; i++) {
            Runnable task = queuedRan::incrementAndGet;
            tasks.add(task);
            pool.execute(task);
        }
        return tasks;
    }

    @Claim("J47")
    @Test
    void aNewPoolIsRunning() throws InterruptedException {
        assertThat(pool.isShutdown()).isFalse();
        assertThat(pool.isTerminating()).isFalse();
        assertThat(pool.isTerminated()).isFalse();
        assertThat(pool.toString()).contains("Running");

        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(ran::countDown);

        assertThat(ran.await(10, TimeUnit.SECONDS)).as("RUNNING accepts a task and runs it").isTrue();
        assertThat(pool.isShutdown()).as("running a task does not change the state").isFalse();
    }

    // 01's ShutdownAndCloseTest proves J16 too, for the first lesson; this one adds the states in between (J48).
    @Claim({"J16", "J48"})
    @Test
    void shutdownRejectsNewTasksButRunsTheQueuedOnes() throws InterruptedException {
        occupyWorkerAndQueue(3);

        pool.shutdown();

        assertThat(pool.isShutdown()).isTrue();
        assertThat(pool.isTerminating()).as("shut down, tasks still to run").isTrue();
        assertThat(pool.isTerminated()).isFalse();
        assertThat(pool.toString()).contains("Shutting down");
        assertThatThrownBy(() -> pool.execute(() -> { }))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(queuedRan).as("nothing queued has run while the worker is busy").hasValue(0);

        releaseBlocker.countDown();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queuedRan).as("shutdown drains the queue").hasValue(3);
        assertThat(blockerInterrupted).as("shutdown interrupts no running task").isFalse();
        assertThat(pool.isTerminated()).isTrue();
        assertThat(pool.toString()).contains("Terminated");
    }

    @Test
    void shutdownDoesNotWait() throws InterruptedException {
        occupyWorkerAndQueue(1);

        // Only this thread can release the blocker, after shutdown() returns: a shutdown() that waited
        // for the pool would never return (and the test would fail on its timeout).
        pool.shutdown();

        assertThat(pool.isShutdown()).isTrue();
        assertThat(pool.isTerminated()).isFalse();
        assertThat(pool.getActiveCount()).as("the running task is still running").isEqualTo(1);
        assertThat(pool.getQueue()).as("the queued task has not run yet: shutdown() returned before it")
                .hasSize(1);
        assertThat(queuedRan).hasValue(0);
        assertThat(blockerInterrupted).as("shutdown interrupts no running task").isFalse();
    }

    @Claim("J100")
    @Test
    void shutdownNowReturnsTheQueuedTasksAndInterruptsTheRunningOne() throws InterruptedException {
        List<Runnable> queued = occupyWorkerAndQueue(3);

        List<Runnable> neverRun = pool.shutdownNow();

        assertThat(neverRun).as("the queued tasks themselves, handed back in queue order")
                .containsExactlyElementsOf(queued);
        assertThat(pool.getQueue()).as("shutdownNow() emptied the queue").isEmpty();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(blockerInterrupted).as("the running task got an interrupt").isTrue();
        assertThat(queuedRan).as("no queued task ran").hasValue(0);
    }

    @Test
    void aSubmittedTaskThatShutdownNowReturnsHasAFutureThatNeverCompletes() throws Exception {
        occupyWorkerAndQueue(0);
        Future<?> future = pool.submit(queuedRan::incrementAndGet);

        List<Runnable> neverRun = pool.shutdownNow();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(neverRun).containsExactly((Runnable) future);
        assertThat(future.isDone()).as("not done, not cancelled: a get() would wait forever").isFalse();
        assertThatThrownBy(() -> future.get(50, TimeUnit.MILLISECONDS))
                .isInstanceOf(java.util.concurrent.TimeoutException.class);
        future.cancel(false); // what a caller must do to release a waiting get()
        assertThat(future.isCancelled()).isTrue();
    }

    @Claim("J17")
    @Test
    void awaitTerminationOnARunningPoolOnlyWaitsAndShutsNothingDown() throws InterruptedException {
        occupyWorkerAndQueue(0);

        long start = System.nanoTime();
        boolean terminated = pool.awaitTermination(20, TimeUnit.MILLISECONDS);
        long waitedNanos = System.nanoTime() - start;

        assertThat(terminated).as("awaitTermination times out and says so").isFalse();
        assertThat(waitedNanos).as("it waited out its whole timeout before saying false")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
        assertThat(pool.isShutdown()).as("waiting is not shutting down").isFalse();
        assertThat(pool.isTerminating()).isFalse();
        assertThat(blockerInterrupted).as("waiting interrupts nobody").isFalse();
        pool.execute(queuedRan::incrementAndGet); // still accepted: it would throw if the pool were shut down
        releaseBlocker.countDown();
        org.awaitility.Awaitility.await().untilAtomic(queuedRan, org.hamcrest.Matchers.equalTo(1));
    }

    @Claim({"J50", "J51"})
    @Test
    void terminatedRunsBeforeThePoolCountsAsTerminated() throws InterruptedException {
        pool.shutdown();

        assertThat(terminatedHookRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        // Inside terminated() the state is TIDYING: terminating, not yet terminated.
        assertThat(stateSeenByHook.get()).containsExactly(true, false);
    }

    @Test
    void shutdownAndShutdownNowCanBeCalledAgainAndNeverRestartThePool() throws InterruptedException {
        List<Runnable> queued = occupyWorkerAndQueue(2);
        pool.shutdown();
        pool.shutdown();

        List<Runnable> neverRun = pool.shutdownNow();
        List<Runnable> second = pool.shutdownNow();

        assertThat(neverRun).as("a second shutdown() ran nothing and lost nothing").containsExactlyElementsOf(queued);
        assertThat(second).as("the queue was already drained").isEmpty();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(pool.isTerminated()).isTrue();
        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void closeShutsDownAndWaitsForEveryQueuedTask() throws InterruptedException {
        occupyWorkerAndQueue(3);
        AtomicBoolean terminatedWhenCloseReturned = new AtomicBoolean();
        AtomicInteger ranWhenCloseReturned = new AtomicInteger(-1);
        Thread closer = new Thread(() -> {
            pool.close();
            terminatedWhenCloseReturned.set(pool.isTerminated());
            ranWhenCloseReturned.set(queuedRan.get());
        }, "closer");
        closer.start();
        // close() is waiting: the pool is shut down but cannot terminate while the blocker runs.
        org.awaitility.Awaitility.await().until(pool::isShutdown);
        assertThat(blockerInterrupted).as("close() alone interrupts nobody").isFalse();

        releaseBlocker.countDown();
        closer.join();

        assertThat(terminatedWhenCloseReturned).as("close() returned only once the pool had terminated").isTrue();
        assertThat(ranWhenCloseReturned).as("close() returned only after every queued task ran").hasValue(3);
        assertThat(blockerInterrupted).as("the running task ran to its end, uninterrupted").isFalse();
    }

    @Test
    void closeInterruptedWhileWaitingCancelsTheRestWaitsAnywayAndKeepsTheInterrupt()
            throws InterruptedException {
        occupyWorkerAndQueue(3);
        AtomicBoolean interruptStatusAfterClose = new AtomicBoolean();
        AtomicBoolean terminatedWhenCloseReturned = new AtomicBoolean();
        Thread closer = new Thread(() -> {
            pool.close();
            interruptStatusAfterClose.set(Thread.currentThread().isInterrupted());
            terminatedWhenCloseReturned.set(pool.isTerminated());
        }, "closer");
        closer.start();
        org.awaitility.Awaitility.await().until(pool::isShutdown);

        closer.interrupt();
        closer.join();

        assertThat(terminatedWhenCloseReturned).as("close() returned only once the pool terminated").isTrue();
        assertThat(blockerInterrupted).as("close() called shutdownNow: the running task was interrupted")
                .isTrue();
        assertThat(queuedRan).as("the queued tasks were dropped, and close() returned none of them")
                .hasValue(0);
        assertThat(interruptStatusAfterClose).as("close() re-asserts the interrupt it swallowed").isTrue();
    }

    @Test
    void closeKeepsWaitingForATaskThatIgnoresTheInterrupt() throws InterruptedException {
        try (InterruptProbe deaf = new InterruptProbe(InterruptProbe.Kind.SWALLOWS_INTERRUPT)) {
            pool.execute(deaf);
            assertThat(deaf.awaitStarted(10, TimeUnit.SECONDS)).isTrue();
            Thread closer = new Thread(pool::close, "closer");
            closer.start();
            org.awaitility.Awaitility.await().until(pool::isShutdown);

            closer.interrupt();
            org.awaitility.Awaitility.await().until(deaf::interruptDelivered);
            closer.join(200); // bounded: the point is that it does NOT return

            assertThat(closer.isAlive()).as("close() has no timeout: it waits for as long as the task runs")
                    .isTrue();
            deaf.release();
            closer.join();
            assertThat(pool.isTerminated()).isTrue();
        }
    }
}
