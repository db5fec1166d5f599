package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The cases where a built-in policy does something other than its name suggests. */
class EdgeCasesTest {

    @Claim({"J40", "J88"})
    @Test
    void discardOldestOnAPriorityQueueDiscardsTheMostUrgentTask() {
        BoundedPriorityBlockingQueue<Runnable> queue =
                new BoundedPriorityBlockingQueue<>(3, PrioritizedTask.MOST_URGENT_FIRST);
        try (SaturatedPool saturated = new SaturatedPool(1, queue, new ThreadPoolExecutor.DiscardOldestPolicy())) {
            ThreadPoolExecutor pool = saturated.executor();
            pool.execute(new PrioritizedTask("old-batch", 5, saturated.task("old-batch")));
            pool.execute(new PrioritizedTask("urgent", 0, saturated.task("urgent")));
            pool.execute(new PrioritizedTask("normal", 3, saturated.task("normal")));

            // Queue full. "Oldest" is whatever poll() returns: the head, i.e. the most urgent task.
            pool.execute(new PrioritizedTask("newest", 4, saturated.task("newest")));

            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("normal", "newest", "old-batch");
        }
    }

    @Claim("J35")
    @Test
    void anUnboundedPriorityQueueNeverLetsThePoolRejectWhileItRuns() {
        try (SaturatedPool saturated = new SaturatedPool(1,
                new PriorityBlockingQueue<>(11, PrioritizedTask.MOST_URGENT_FIRST),
                new ThreadPoolExecutor.AbortPolicy())) {
            for (int i = 0; i < 10_000; i++) {
                saturated.executor().execute(new PrioritizedTask("task", i % 10, () -> { }));
            }
            assertThat(saturated.executor().getQueue()).hasSize(10_000);
        }
    }

    @Test
    void submitToAPoolOverAPriorityQueueWithoutComparatorThrowsClassCastException() {
        try (SaturatedPool saturated = new SaturatedPool(1, new PriorityBlockingQueue<>(),
                new ThreadPoolExecutor.AbortPolicy())) {
            // submit() wraps the task in a FutureTask, which is not Comparable.
            assertThatThrownBy(() -> saturated.executor().submit(new PrioritizedTask("p", 0, () -> { })))
                    .isInstanceOf(ClassCastException.class);
        }
    }

    @Claim({"J40", "J88"})
    @Test
    void discardOldestOverASynchronousQueueRecursesUntilTheStackOverflows() {
        // A SynchronousQueue holds nothing: poll() finds no "oldest" to drop, and the policy calls
        // execute() again, which rejects again, which calls the policy again...
        try (SaturatedPool saturated = new SaturatedPool(1, new SynchronousQueue<>(),
                new ThreadPoolExecutor.DiscardOldestPolicy())) {
            assertThatThrownBy(() -> saturated.executor().execute(saturated.task("never")))
                    .isInstanceOf(StackOverflowError.class);
        }
    }

    /**
     * An event loop (one thread that must stay responsive) hands slow work to a saturated pool with
     * {@code CallerRunsPolicy}: the slow task runs on the event loop, and every event behind it waits.
     */
    @Claim({"J38", "J77", "J88", "J96"})
    @Test
    void callerRunsPolicyRunsASlowTaskOnTheEventLoopAndStallsTheNextEvent() throws Exception {
        CountDownLatch slowTaskRunning = new CountDownLatch(1);
        CountDownLatch finishSlowTask = new CountDownLatch(1);
        String[] slowTaskThread = new String[1];
        ExecutorService eventLoop = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> new Thread(runnable, "event-loop"));
        try (SaturatedPool workers = SaturatedPool.saturate(1, 1, new ThreadPoolExecutor.CallerRunsPolicy())) {
            try {
                eventLoop.execute(() -> workers.executor().execute(() -> {
                    slowTaskThread[0] = Thread.currentThread().getName();
                    slowTaskRunning.countDown();
                    BuiltInPoliciesOnASaturatedPoolTest.awaitUninterruptibly(finishSlowTask);
                }));
                Future<?> heartbeat = eventLoop.submit(() -> { });

                slowTaskRunning.await();
                // The slow task is inside the event loop's only thread, and cannot finish before we
                // open the latch: the heartbeat cannot have run, whatever the timing.
                assertThat(slowTaskThread[0]).isEqualTo("event-loop");
                assertThat(heartbeat).isNotDone();

                finishSlowTask.countDown();
                heartbeat.get(10, TimeUnit.SECONDS);
            } finally {
                finishSlowTask.countDown();
                eventLoop.shutdown();
                assertThat(eventLoop.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
        }
    }
}
