package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PoolsUnderTest;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** beforeExecute, afterExecute and terminated: when they run, on which thread, and what they see. */
class HooksTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Throwable> rawAfterExecute = new CopyOnWriteArrayList<>();
    private final List<Throwable> revealed = new CopyOnWriteArrayList<>();
    private final AtomicInteger terminatedCalls = new AtomicInteger();

    /** A pool whose hooks record what they see; the bare afterExecute argument is recorded too. */
    private HookedThreadPoolExecutor recordingPool() {
        PoolHooks hooks = new PoolHooks() {
            @Override
            public void beforeTask(Thread worker, Runnable task) {
                events.add("before on " + worker.getName() + " (current " + Thread.currentThread().getName() + ")");
            }

            @Override
            public void afterTask(Runnable task, Throwable failure) {
                events.add("after on " + Thread.currentThread().getName());
                if (failure != null) {
                    revealed.add(failure);
                }
            }

            @Override
            public void terminated() {
                terminatedCalls.incrementAndGet();
            }
        };
        return pools.track(new HookedThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new PoolThreadFactory("hooked", false, (thread, failure) -> { }), // silence the default stack trace
                new ThreadPoolExecutor.AbortPolicy(), hooks) {
            @Override
            protected void afterExecute(Runnable r, Throwable t) {
                if (t != null) {
                    rawAfterExecute.add(t);
                }
                super.afterExecute(r, t);
            }
        });
    }

    @Test
    void beforeAndAfterRunOnTheWorkerImmediatelyAroundTheTask() throws Exception {
        HookedThreadPoolExecutor pool = recordingPool();

        pool.submit(() -> events.add("task on " + Thread.currentThread().getName())).get();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(events).containsExactly("before on hooked-1 (current hooked-1)", "task on hooked-1", "after on hooked-1");
    }

    @Test
    void afterExecuteGetsTheExceptionOfAnExecutedTask() throws InterruptedException {
        HookedThreadPoolExecutor pool = recordingPool();

        pool.execute(() -> {
            throw new IllegalStateException("executed");
        });
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(rawAfterExecute).as("the JDK passes the exception as afterExecute's t")
                .extracting(Throwable::getMessage).containsExactly("executed");
        assertThat(revealed).as("HookedThreadPoolExecutor forwards that t to PoolHooks.afterTask")
                .extracting(Throwable::getMessage).containsExactly("executed");
    }

    @Test
    void forASubmittedTaskTheBareHookSeesNull_theExceptionIsHiddenInTheFuture() throws InterruptedException {
        HookedThreadPoolExecutor pool = recordingPool();

        Future<?> future = pool.submit(() -> {
            throw new IllegalStateException("submitted");
        });
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(rawAfterExecute).as("afterExecute(r, t) got t == null").isEmpty();
        assertThat(revealed).as("unwrapped from the completed Future")
                .extracting(Throwable::getMessage).containsExactly("submitted");
        assertThat(future.state()).isEqualTo(Future.State.FAILED);
    }

    @Test
    void aSubmittedTaskCancelledBeforeItRanReachesTheHookAsACancellation() throws InterruptedException {
        HookedThreadPoolExecutor pool = recordingPool();
        pool.execute(pools.gate().task());
        pools.gate().awaitStarted(1);
        Future<?> cancelled = pool.submit(() -> events.add("the cancelled task ran"));
        assertThat(cancelled.cancel(false)).as("cancelled while it waited in the queue").isTrue();

        pools.gate().open();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        // The worker still takes the cancelled FutureTask from the queue and runs it; run() returns at once.
        assertThat(events).as("the task body never ran").doesNotContain("the cancelled task ran");
        assertThat(rawAfterExecute).as("afterExecute(r, t) got t == null").isEmpty();
        assertThat(revealed).as("the cancellation, dug out of the Future")
                .singleElement().isInstanceOf(CancellationException.class);
    }

    @Claim("J75")
    @Test
    void terminatedRunsOnceAndOnlyAfterTheLastTaskHasFinished() throws InterruptedException {
        HookedThreadPoolExecutor pool = recordingPool();
        pool.execute(pools.gate().task());
        pools.gate().awaitStarted(1);

        pool.shutdown();
        assertThat(pool.isTerminating()).as("shut down, a task still running").isTrue();
        assertThat(terminatedCalls).hasValue(0);

        pools.gate().open();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(terminatedCalls).hasValue(1);
    }
}
