package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The four custom policies of the lesson, each on a deterministically saturated pool. */
class CustomPoliciesTest {

    /** Calls execute() on a saturated pool where a policy may make it wait, watched by the test's thread. */
    private final ExecutorService producer = singleThread("producer");

    @AfterEach
    void stopTheProducer() {
        producer.shutdown();
    }

    @Nested
    class BlockingWithTimeout {

        /** One worker held, a queue of one full, and a policy that waits far longer than any test. */
        private SaturatedPool saturatedWaitingLong() {
            return SaturatedPool.saturate(1, 1, new BlockingWithTimeoutPolicy(30, TimeUnit.SECONDS));
        }

        @Test
        void theProducerWaitsForRoomAndTheTaskRunsOnAWorker() throws Exception {
            try (SaturatedPool saturated = saturatedWaitingLong()) {
                Future<?> submitting = executeUntilParked(saturated, "waited");
                assertThat(submitting).isNotDone();

                saturated.release();                      // room appears: the producer goes on
                submitting.get(10, TimeUnit.SECONDS);
                assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-1", "waited");
                assertThat(saturated.threadThatRan("waited")).startsWith("saturated-worker-");
            }
        }

        @Test
        void itRejectsWhenTheQueueStaysFullForTheTimeout() {
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1,
                    new BlockingWithTimeoutPolicy(20, TimeUnit.MILLISECONDS))) {
                assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                        .isInstanceOf(RejectedExecutionException.class)
                        .hasMessageContaining("stayed full for 20 ms");
                assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-1");
            }
        }

        @Test
        void itRejectsAfterShutdownInsteadOfDroppingTheTask() {
            try (SaturatedPool saturated = saturatedWaitingLong()) {
                saturated.executor().shutdown();
                // The check before waiting: without it the producer would wait the full 30 s for room
                // and then be rejected for a full queue, with another message.
                assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                        .isInstanceOf(RejectedExecutionException.class)
                        .hasMessageContaining("the pool is shut down");
                assertThat(saturated.releaseAndAwaitTermination())
                        .as("the task queued before shutdown() runs; the rejected one never does")
                        .containsExactly("queued-1");
            }
        }

        @Test
        void aShutdownWhileTheProducerWaitsTakesTheTaskBackAndRejectsIt() throws Exception {
            try (SaturatedPool saturated = saturatedWaitingLong()) {
                Future<?> submitting = executeUntilParked(saturated, "late");

                saturated.executor().shutdown();
                // Make room without letting the blocked worker run: the producer's offer succeeds
                // after shutdown, and the policy must take the task back out.
                saturated.executor().getQueue().clear();

                assertThatThrownBy(() -> submitting.get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(RejectedExecutionException.class)
                        .hasMessageContaining("shut down while the task was being queued");
                assertThat(saturated.releaseAndAwaitTermination()).isEmpty();
            }
        }

        @Test
        void anInterruptedProducerStopsWaitingAndKeepsItsInterruptStatus() {
            try (SaturatedPool saturated = saturatedWaitingLong()) {
                Thread.currentThread().interrupt();
                try {
                    assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                            .isInstanceOf(RejectedExecutionException.class)
                            .hasCauseInstanceOf(InterruptedException.class);
                    assertThat(Thread.currentThread().isInterrupted()).isTrue();
                } finally {
                    Thread.interrupted(); // clear it, so that close() can wait for the pool
                }
            }
        }

        @Test
        void itValidatesItsArguments() {
            assertThatThrownBy(() -> new BlockingWithTimeoutPolicy(0, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BlockingWithTimeoutPolicy(1, null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Counting {

        @Test
        void itCountsEveryRejectionAndLogsOnlyAtPowersOfTwo() {
            List<String> log = new CopyOnWriteArrayList<>();
            CountingRejectionPolicy counting =
                    new CountingRejectionPolicy(new ThreadPoolExecutor.DiscardPolicy(), log::add);
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, counting)) {
                for (int i = 0; i < 10; i++) {
                    saturated.executor().execute(saturated.task("dropped-" + i));
                }
                assertThat(counting.rejectedCount()).as("every rejection counted").isEqualTo(10);
                assertThat(log).as("one line at the 1st, 2nd, 4th and 8th rejection")
                        .extracting(line -> line.replaceFirst("^rejected task #(\\d+) .*$", "$1"))
                        .containsExactly("1", "2", "4", "8");
                assertThat(log).as("each line names the delegate that decides")
                        .allSatisfy(line -> assertThat(line).contains("DiscardPolicy"));
            }
        }

        @Test
        void itCountsARejectionEvenWhenTheDelegateThrows() {
            CountingRejectionPolicy counting = new CountingRejectionPolicy(new ThreadPoolExecutor.AbortPolicy());
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, counting)) {
                assertThatThrownBy(() -> saturated.executor().execute(saturated.task("rejected")))
                        .isInstanceOf(RejectedExecutionException.class);
                assertThat(counting.rejectedCount()).isEqualTo(1);
            }
        }

        @Test
        void itValidatesItsArguments() {
            assertThatThrownBy(() -> new CountingRejectionPolicy(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new CountingRejectionPolicy(new ThreadPoolExecutor.AbortPolicy(), null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Fallback {

        @Test
        void aRejectedTaskRunsOnTheFallbackPool() {
            ThreadPoolExecutor fallback = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), runnable -> new Thread(runnable, "fallback"));
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new FallbackExecutorPolicy(fallback))) {
                saturated.executor().execute(saturated.task("overflow"));

                shutDownAndAwait(fallback);
                assertThat(saturated.threadThatRan("overflow")).isEqualTo("fallback");
                assertThat(saturated.releaseAndAwaitTermination()).containsExactly("overflow", "queued-1");
            } finally {
                fallback.shutdownNow();
            }
        }

        @Test
        void aRejectionByTheFallbackReachesTheProducer() {
            CountingRejectionPolicy fallbackRejections = new CountingRejectionPolicy(new ThreadPoolExecutor.AbortPolicy());
            try (SaturatedPool fallback = SaturatedPool.saturate(1, 1, fallbackRejections);
                 SaturatedPool saturated = SaturatedPool.saturate(1, 1,
                         new FallbackExecutorPolicy(fallback.executor()))) {
                assertThatThrownBy(() -> saturated.executor().execute(saturated.task("nowhere")))
                        .isInstanceOf(RejectedExecutionException.class);
                assertThat(fallbackRejections.rejectedCount()).as("thrown by the fallback's own policy").isEqualTo(1);
            }
        }

        @Test
        void afterShutdownItRejectsInsteadOfForwarding() {
            ThreadPoolExecutor fallback = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new FallbackExecutorPolicy(fallback))) {
                saturated.executor().shutdown();
                assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                        .isInstanceOf(RejectedExecutionException.class)
                        .hasMessageContaining("the pool is shut down");
                assertThat(fallback.getTaskCount()).as("nothing forwarded to the fallback").isZero();
            } finally {
                fallback.shutdown();
            }
        }

        @Test
        void itValidatesItsArgument() {
            assertThatThrownBy(() -> new FallbackExecutorPolicy(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class RetryWithBackoff {

        @Test
        void itOffersTheTaskOncePerRetryAndDoublesThePauseEachTime() {
            OfferRecordingQueue queue = new OfferRecordingQueue(1);
            Duration firstPause = Duration.ofMillis(5);
            try (SaturatedPool saturated = new SaturatedPool(1, queue, new RetryWithBackoffPolicy(3, firstPause))) {
                saturated.fillQueue();
                queue.offerTimes.clear();

                assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                        .isInstanceOf(RejectedExecutionException.class)
                        .hasMessageContaining("after 3 retries");

                List<Long> offers = List.copyOf(queue.offerTimes);
                assertThat(offers).as("one offer by execute(), then one per retry: 1 + 3").hasSize(4);
                // Sleeping never ends early, so these lower bounds hold on any machine. Without the
                // doubling, the third pause would be 5 ms instead of at least 20 ms.
                for (int retry = 1; retry <= 3; retry++) {
                    Duration pause = Duration.ofNanos(offers.get(retry) - offers.get(retry - 1));
                    assertThat(pause).as("pause before retry %d: at least %s x 2^%d", retry, firstPause, retry - 1)
                            .isGreaterThanOrEqualTo(firstPause.multipliedBy(1L << (retry - 1)));
                }
                assertThat(saturated.releaseAndAwaitTermination()).as("the rejected task never runs")
                        .containsExactly("queued-1");
            }
        }

        @Test
        void anInterruptedProducerStopsBackingOffAndKeepsItsInterruptStatus() {
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1,
                    new RetryWithBackoffPolicy(1, Duration.ofDays(1)))) {
                Thread.currentThread().interrupt();
                try {
                    assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                            .isInstanceOf(RejectedExecutionException.class)
                            .hasMessageContaining("interrupted while backing off")
                            .hasCauseInstanceOf(InterruptedException.class);
                    assertThat(Thread.currentThread().isInterrupted()).as("the interrupt status is restored").isTrue();
                } finally {
                    Thread.interrupted(); // clear it, so that close() can wait for the pool
                }
            }
        }

        @Test
        void itGivesUpAfterItsRetriesWhenTheQueueStaysFull() {
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1,
                    new RetryWithBackoffPolicy(3, Duration.ofMillis(1)))) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                        .isInstanceOf(RejectedExecutionException.class)
                        .hasMessageContaining("after 3 retries");
                // 1 + 2 + 4 ms of back-off, at the least.
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(7));
            }
        }

        @Test
        void itQueuesTheTaskOnceRoomAppears() throws Exception {
            // The pool's only worker makes room by itself after the first rejection: the retry finds it.
            CountDownLatch rejectedOnce = new CountDownLatch(1);
            RetryWithBackoffPolicy retry = new RetryWithBackoffPolicy(20, Duration.ofMillis(1));
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, (task, executor) -> {
                rejectedOnce.countDown();
                retry.rejectedExecution(task, executor);
            })) {
                Future<?> submitting = producer.submit(() -> saturated.executor().execute(saturated.task("retried")));
                rejectedOnce.await();
                saturated.release();
                submitting.get(10, TimeUnit.SECONDS);
                assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-1", "retried");
            }
        }

        @Test
        void afterShutdownItRejectsWithoutBackingOff() {
            try (SaturatedPool saturated = SaturatedPool.saturate(1, 1,
                    new RetryWithBackoffPolicy(1, Duration.ofDays(1)))) {
                saturated.executor().shutdown();
                assertThatThrownBy(() -> saturated.executor().execute(saturated.task("late")))
                        .isInstanceOf(RejectedExecutionException.class)
                        .hasMessageContaining("shut down");
            }
        }

        @Test
        void itValidatesItsArguments() {
            assertThatThrownBy(() -> new RetryWithBackoffPolicy(0, Duration.ofMillis(1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RetryWithBackoffPolicy(1, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RetryWithBackoffPolicy(1, null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    /** An {@code ArrayBlockingQueue} that records when {@code offer} is called: by the pool or a policy. */
    static final class OfferRecordingQueue extends ArrayBlockingQueue<Runnable> {

        final List<Long> offerTimes = new CopyOnWriteArrayList<>();

        OfferRecordingQueue(int capacity) {
            super(capacity);
        }

        @Override
        public boolean offer(Runnable task) {
            offerTimes.add(System.nanoTime());
            return super.offer(task);
        }
    }

    /**
     * Has the producer execute the task {@code name} on the saturated pool, and returns once the pool's
     * policy holds the producer waiting for room.
     */
    private Future<?> executeUntilParked(SaturatedPool saturated, String name) {
        Future<?> submitting = producer.submit(() -> saturated.executor().execute(saturated.task(name)));
        // The producer parks inside the policy's timed offer(); nothing else parks it.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> isTimedWaiting("producer"));
        return submitting;
    }

    static ThreadPoolExecutor singleThread(String name) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> new Thread(runnable, name));
    }

    /**
     * True once the named thread is in a timed wait. An idle pool thread waits without a timeout
     * (take()), so for the producer threads of these tests only the policy's timed offer() counts.
     */
    static boolean isTimedWaiting(String threadName) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(threadName))
                .anyMatch(thread -> thread.getState() == Thread.State.TIMED_WAITING);
    }

    static void shutDownAndAwait(ExecutorService executor) {
        executor.shutdown();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(executor::isTerminated);
    }
}
