package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A producer faster than the pool, with every contender of the lineup: the books must balance, and
 * each policy may lose or refuse tasks only in the way it says it does. None of these assertions
 * depends on timing: how many tasks were rejected varies from run to run, how they are accounted
 * for does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackPressureTest {

    private static final int WORKERS = 2;
    private static final int QUEUE_CAPACITY = 10;
    private static final int TASKS = 300;

    private Map<String, BackPressureRun.Result> results;

    @BeforeAll
    void runTheLineupOnce() {
        results = BackPressureRun.lineup(WORKERS, QUEUE_CAPACITY).stream()
                .map(contender -> contender.run(TASKS, Duration.ofNanos(100_000)))
                .collect(Collectors.toMap(BackPressureRun.Result::policy, Function.identity()));
    }

    @Test
    void everyContenderAccountsForEveryTask() {
        assertThat(results).hasSize(8);
        results.values().forEach(result -> {
            assertThat(result.submitted()).isEqualTo(TASKS);
            assertThat(result.booksBalance()).as("books of %s", result).isTrue();
        });
    }

    @Test
    void anUnboundedQueueNeverRejectsAndRunsEverything() {
        var result = results.get("unbounded queue");
        assertThat(result.handlerCalls()).isZero();
        assertThat(result.ran()).isEqualTo(TASKS);
    }

    @Test
    void everyBoundedQueueStaysWithinItsBound() {
        results.values().stream().filter(result -> !result.policy().equals("unbounded queue"))
                .forEach(result -> assertThat(result.peakQueue()).as(result.policy()).isLessThanOrEqualTo(QUEUE_CAPACITY));
    }

    /** The seed's "ArrayBlockingQueue, not LinkedBlockingQueue": the class is not what matters. */
    @Test
    void aLinkedBlockingQueueWithACapacityIsAsBoundedAsAnArrayBlockingQueue() {
        try (SaturatedPool saturated = new SaturatedPool(1, new LinkedBlockingQueue<>(2),
                new ThreadPoolExecutor.AbortPolicy())) {
            assertThat(saturated.fillQueue()).hasSize(2);
            assertThatThrownBy(() -> saturated.executor().execute(saturated.task("third")))
                    .isInstanceOf(RejectedExecutionException.class);
        }
    }

    /** What is unbounded is the no-argument LinkedBlockingQueue, which the Executors factories use. */
    @Test
    void executorsNewFixedThreadPoolQueuesWithoutLimit() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(1);
        try {
            assertThat(pool.getQueue().remainingCapacity()).isEqualTo(Integer.MAX_VALUE);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void abortPolicyRefusesButNeverDrops() {
        var result = results.get("AbortPolicy");
        assertThat(result.dropped()).isZero();
        assertThat(result.rejected()).isEqualTo(result.handlerCalls());
    }

    @Test
    void callerRunsPolicyNeitherRefusesNorDropsAndRunsEveryRejectedTaskOnTheProducer() {
        var result = results.get("CallerRunsPolicy");
        assertThat(result.rejected()).isZero();
        assertThat(result.dropped()).isZero();
        assertThat(result.ranByProducer()).isEqualTo(result.handlerCalls());
    }

    @Test
    void discardPolicyDropsExactlyTheTasksItWasHanded() {
        var result = results.get("DiscardPolicy");
        assertThat(result.rejected()).isZero();
        assertThat(result.dropped()).isEqualTo(result.handlerCalls());
    }

    @Test
    void discardOldestPolicyNeverRefusesAndDropsAtMostOneTaskPerCall() {
        var result = results.get("DiscardOldestPolicy");
        assertThat(result.rejected()).isZero();
        // poll() may find the queue emptied by a worker in the meantime: then nothing is dropped.
        assertThat(result.dropped()).isLessThanOrEqualTo((int) result.handlerCalls());
    }

    @Test
    void theWaitingPoliciesNeverDropATask() {
        for (String policy : List.of("BlockingWithTimeout", "RetryWithBackoff(3)", "FallbackExecutor")) {
            var result = results.get(policy);
            assertThat(result.dropped()).as(policy).isZero();
            assertThat(result.rejected()).as(policy).isLessThanOrEqualTo((int) result.handlerCalls());
        }
        assertThat(results.get("BlockingWithTimeout").rejected()).as("it waits far longer than a queue drains")
                .isZero();
    }

    /**
     * The seed says the producer "can't submit new ones until the pool frees up". Not so: it is held
     * up exactly as long as its own task runs, whatever the pool does. Here the pool's worker stays
     * blocked the whole time, and the producer goes on submitting (and running) task after task.
     */
    @Test
    void callerRunsHoldsTheProducerForItsOwnTaskNotUntilThePoolFreesUp() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new ThreadPoolExecutor.CallerRunsPolicy())) {
            for (int i = 1; i <= 5; i++) {
                saturated.executor().execute(saturated.task("on-producer-" + i));
            }
            assertThat(saturated.ranLabels()).hasSize(5);
            assertThat(saturated.executor().getActiveCount()).as("the worker is still blocked").isEqualTo(1);
        }
    }

    /** The other side of the coin: while the producer runs a long task, the pool can run dry. */
    @Test
    void callerRunsCanLeaveThePoolIdleWhileTheProducerRunsALongTask() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new ThreadPoolExecutor.CallerRunsPolicy())) {
            ThreadPoolExecutor pool = saturated.executor();
            boolean[] poolWentIdle = new boolean[1];
            pool.execute(() -> {
                // Running on the producer. The pool gets its worker back and empties its queue...
                saturated.release();
                Awaitility.await().atMost(Duration.ofSeconds(10))
                        .until(() -> pool.getQueue().isEmpty() && pool.getActiveCount() == 0);
                // ...and has nothing to do while this long task is still holding the producer.
                poolWentIdle[0] = true;
            });
            assertThat(poolWentIdle[0]).isTrue();
            assertThat(pool.getCompletedTaskCount()).as("blocker and queued-1").isEqualTo(2);
        }
    }

    @Test
    void runValidatesItsArguments() {
        var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        try {
            assertThatThrownBy(() -> BackPressureRun.run("x", pool, 0, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BackPressureRun.run("x", pool, 1, Duration.ofNanos(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BackPressureRun.run(null, pool, 1, Duration.ZERO))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> BackPressureRun.run("x", null, 1, Duration.ZERO))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> BackPressureRun.lineup(0, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BackPressureRun.lineup(1, 0)).isInstanceOf(IllegalArgumentException.class);
        } finally {
            pool.shutdown();
        }
    }
}
