package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadpools.kit.Claim;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
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

    @Claim("J31")
    @Test
    void anUnboundedQueueNeverRejectsAndRunsEverything() {
        var result = results.get("unbounded queue");
        assertThat(result.handlerCalls()).isZero();
        assertThat(result.ran()).isEqualTo(TASKS);
    }

    @Claim({"J32", "J76", "J81", "J99"})
    @Test
    void everyBoundedQueueStaysWithinItsBound() {
        results.values().stream().filter(result -> !result.policy().equals("unbounded queue"))
                .forEach(result -> assertThat(result.peakQueue()).as(result.policy()).isLessThanOrEqualTo(QUEUE_CAPACITY));
    }

    /** The seed's "ArrayBlockingQueue, not LinkedBlockingQueue": the class is not what matters. */
    @Claim({"J30", "J76", "J95", "J99"})
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
    @Claim({"J76", "J95", "J99", "P5", "P14"})
    @Test
    void executorsNewFixedThreadPoolQueuesWithoutLimit() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(1);
        try {
            assertThat(pool.getQueue().remainingCapacity()).isEqualTo(Integer.MAX_VALUE);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Every row of the lineup is configured as its name says: the per-policy tests below check a
     * policy's books under the policy's name, so a row built with another policy or another queue
     * would let them check the wrong thing.
     */
    @Test
    void everyRowOfTheLineupIsConfiguredAsItsNameSays() {
        Map<String, Class<?>> expectedPolicy = Map.of(
                "unbounded queue", ThreadPoolExecutor.AbortPolicy.class,
                "AbortPolicy", ThreadPoolExecutor.AbortPolicy.class,
                "CallerRunsPolicy", ThreadPoolExecutor.CallerRunsPolicy.class,
                "DiscardPolicy", ThreadPoolExecutor.DiscardPolicy.class,
                "DiscardOldestPolicy", ThreadPoolExecutor.DiscardOldestPolicy.class,
                "BlockingWithTimeout", BlockingWithTimeoutPolicy.class,
                "RetryWithBackoff(3)", RetryWithBackoffPolicy.class,
                "FallbackExecutor", FallbackExecutorPolicy.class);
        List<BackPressureRun.Contender> lineup = BackPressureRun.lineup(WORKERS, QUEUE_CAPACITY);
        assertThat(lineup).extracting(BackPressureRun.Contender::name)
                .as("the rows of the table, in order").containsExactlyElementsOf(List.of(
                        "unbounded queue", "AbortPolicy", "CallerRunsPolicy", "DiscardPolicy", "DiscardOldestPolicy",
                        "BlockingWithTimeout", "RetryWithBackoff(3)", "FallbackExecutor"));
        for (BackPressureRun.Contender contender : lineup) {
            BackPressureRun.Setup setup = contender.setup().get();
            try {
                ThreadPoolExecutor pool = setup.pool();
                String row = contender.name();
                assertThat(pool.getCorePoolSize()).as("%s: core size", row).isEqualTo(WORKERS);
                assertThat(pool.getMaximumPoolSize()).as("%s: maximum size", row).isEqualTo(WORKERS);
                assertThat(pool.getRejectedExecutionHandler()).as("%s: policy", row)
                        .isExactlyInstanceOf(expectedPolicy.get(row));
                int expectedRoom = row.equals("unbounded queue") ? Integer.MAX_VALUE : QUEUE_CAPACITY;
                assertThat(pool.getQueue().remainingCapacity()).as("%s: queue bound", row).isEqualTo(expectedRoom);
                if (row.equals("FallbackExecutor")) {
                    assertThat(setup.downstream()).as("the fallback pool").singleElement()
                            .isInstanceOfSatisfying(ThreadPoolExecutor.class, fallback -> {
                                assertThat(fallback.getMaximumPoolSize()).as("fallback size").isEqualTo(WORKERS);
                                assertThat(fallback.getQueue().remainingCapacity()).as("fallback bound")
                                        .isEqualTo(QUEUE_CAPACITY);
                                assertThat(fallback.getRejectedExecutionHandler()).as("fallback policy")
                                        .isExactlyInstanceOf(ThreadPoolExecutor.AbortPolicy.class);
                            });
                } else {
                    assertThat(setup.downstream()).as("%s: no downstream executor", row).isEmpty();
                }
            } finally {
                setup.pool().shutdown();
                setup.downstream().forEach(ExecutorService::shutdown);
            }
        }
    }

    /**
     * The books are not balanced by construction: {@code ran} counts executions, {@code dropped}
     * counts accepted tasks that never ran. A policy that runs a task twice, or runs a task and then
     * rejects it anyway, unbalances them. Deterministic: the pool's queue takes nothing, so after the
     * first task (which starts the only worker) every task goes to the policy.
     */
    @Test
    void theBooksBalanceOnlyWhenEveryAcceptedTaskRanOnceAndNoRejectedTaskRan() {
        var honest = BackPressureRun.run("caller runs", poolThatHandsEveryTaskButTheFirstToItsPolicy(
                new ThreadPoolExecutor.CallerRunsPolicy()), 5, Duration.ZERO);
        assertThat(honest.handlerCalls()).as("tasks 2 to 5 reach the policy").isEqualTo(4);
        assertThat(honest.ranByProducer()).as("and run on the producer").isEqualTo(4);
        assertThat(honest.booksBalance()).as("books of %s", honest).isTrue();

        var discarding = BackPressureRun.run("discard", poolThatHandsEveryTaskButTheFirstToItsPolicy(
                new ThreadPoolExecutor.DiscardPolicy()), 5, Duration.ZERO);
        assertThat(discarding.dropped()).as("dropped by the policy").isEqualTo(4);
        assertThat(discarding.booksBalance()).as("books of %s", discarding).isTrue();

        var ranTwice = BackPressureRun.run("runs twice", poolThatHandsEveryTaskButTheFirstToItsPolicy(
                (task, pool) -> {
                    task.run();
                    task.run();
                }), 5, Duration.ZERO);
        assertThat(ranTwice.ran()).as("1 + 4 x 2 executions").isEqualTo(9);
        assertThat(ranTwice.booksBalance()).as("books of %s", ranTwice).isFalse();

        var ranAndRejected = BackPressureRun.run("runs, then rejects", poolThatHandsEveryTaskButTheFirstToItsPolicy(
                (task, pool) -> {
                    task.run();
                    throw new RejectedExecutionException("rejected after running it");
                }), 5, Duration.ZERO);
        assertThat(ranAndRejected.rejected()).as("the producer saw 4 rejections").isEqualTo(4);
        assertThat(ranAndRejected.ran()).as("and yet every task ran").isEqualTo(5);
        assertThat(ranAndRejected.booksBalance()).as("books of %s", ranAndRejected).isFalse();
    }

    /**
     * {@code peakQueue} is the longest queue the producer saw. The only worker is held at its start
     * until the policy is first called, so the queue fills up to its bound of 3 before anything
     * leaves it, and can never hold more.
     */
    @Test
    void thePeakQueueIsTheLongestQueueTheProducerSaw() {
        CountDownLatch gate = new CountDownLatch(1);
        ThreadFactory heldUntilTheFirstRejection = runnable -> new Thread(() -> {
            BuiltInPoliciesOnASaturatedPoolTest.awaitUninterruptibly(gate);
            runnable.run();
        });
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(3),
                heldUntilTheFirstRejection, (task, executor) -> {
                    gate.countDown();
                    throw new RejectedExecutionException("full");
                });

        var result = BackPressureRun.run("held worker", pool, 10, Duration.ZERO);

        assertThat(result.peakQueue()).as("tasks 2, 3 and 4 queued behind the held first task").isEqualTo(3);
        assertThat(result.rejected()).as("task 5 at least is rejected").isPositive();
        assertThat(result.booksBalance()).as("books of %s", result).isTrue();
    }

    /** One worker, started by the first task; a queue that refuses every offer. */
    private static ThreadPoolExecutor poolThatHandsEveryTaskButTheFirstToItsPolicy(RejectedExecutionHandler policy) {
        BlockingQueue<Runnable> refusesEverything = new ArrayBlockingQueue<>(1) {
            @Override
            public boolean offer(Runnable task) {
                return false;
            }
        };
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, refusesEverything, policy);
    }

    /**
     * The result of a row whose policy was called at least once. How often it is called depends on
     * timing; if it never was, the row says nothing about the policy, and the test is skipped rather
     * than passed.
     */
    private BackPressureRun.Result overloaded(String policy) {
        var result = results.get(policy);
        assumeTrue(result.handlerCalls() > 0,
                () -> policy + ": the producer never outran the pool in this run, the policy was never called");
        return result;
    }

    @Test
    void abortPolicyRefusesButNeverDrops() {
        var result = overloaded("AbortPolicy");
        assertThat(result.dropped()).isZero();
        assertThat(result.rejected()).isEqualTo(result.handlerCalls());
    }

    @Test
    void callerRunsPolicyNeitherRefusesNorDropsAndRunsEveryRejectedTaskOnTheProducer() {
        var result = overloaded("CallerRunsPolicy");
        assertThat(result.rejected()).isZero();
        assertThat(result.dropped()).isZero();
        assertThat(result.ranByProducer()).isEqualTo(result.handlerCalls());
    }

    @Test
    void discardPolicyDropsExactlyTheTasksItWasHanded() {
        var result = overloaded("DiscardPolicy");
        assertThat(result.rejected()).isZero();
        assertThat(result.dropped()).isEqualTo(result.handlerCalls());
    }

    @Test
    void discardOldestPolicyNeverRefusesAndDropsAtMostOneTaskPerCall() {
        var result = overloaded("DiscardOldestPolicy");
        assertThat(result.rejected()).isZero();
        // poll() may find the queue emptied by a worker in the meantime: then nothing is dropped.
        assertThat(result.dropped()).isLessThanOrEqualTo((int) result.handlerCalls());
    }

    @Test
    void theWaitingPoliciesNeverDropATask() {
        for (String policy : List.of("BlockingWithTimeout", "RetryWithBackoff(3)", "FallbackExecutor")) {
            var result = overloaded(policy);
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
    @Claim({"J38", "J88", "J96"})
    @Test
    void callerRunsHoldsTheProducerForItsOwnTaskNotUntilThePoolFreesUp() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new ThreadPoolExecutor.CallerRunsPolicy())) {
            for (int i = 1; i <= 5; i++) {
                saturated.executor().execute(saturated.task("on-producer-" + i));
            }
            assertThat(saturated.ranLabels()).as("each ran before its execute() returned")
                    .containsExactly("on-producer-1", "on-producer-2", "on-producer-3", "on-producer-4", "on-producer-5");
            for (int i = 1; i <= 5; i++) {
                assertThat(saturated.threadThatRan("on-producer-" + i)).as("on-producer-%d ran on the producer", i)
                        .isEqualTo(Thread.currentThread().getName());
            }
            assertThat(saturated.executor().getActiveCount()).as("the worker is still blocked").isEqualTo(1);
            assertThat(saturated.executor().getQueue()).as("queued-1 still waits").hasSize(1);
        }
    }

    /** The other side of the coin: while the producer runs a long task, the pool can run dry. */
    @Claim({"J38", "J88", "J96"})
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
            assertThatThrownBy(() -> BackPressureRun.run("x", pool, 1, Duration.ZERO, (ExecutorService) null))
                    .isInstanceOf(NullPointerException.class);
        } finally {
            pool.shutdown();
        }
        var used = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        used.execute(() -> { });
        used.shutdown();
        assertThatThrownBy(() -> BackPressureRun.run("x", used, 1, Duration.ZERO))
                .as("a pool that already ran a task is not fresh").isInstanceOf(IllegalArgumentException.class);
        var shutDown = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        shutDown.shutdown();
        assertThatThrownBy(() -> BackPressureRun.run("x", shutDown, 1, Duration.ZERO))
                .as("a shut-down pool is not fresh").isInstanceOf(IllegalArgumentException.class);
    }
}
