package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.PoolsUnderTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bulk operations of ExecutorService (Demo05); also the Java side of Python's {@code executor.map}. */
class InvokeAllInvokeAnyTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final ExecutorService pool = pools.track(Executors.newFixedThreadPool(3, new NamedThreadFactory("worker")));

    @Test
    void invokeAllReturnsFuturesInTaskOrderEvenWhenTheyFinishInAnotherOrder() throws Exception {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Callable<String>> tasks = List.of(() -> {
            secondDone.await(); // the first task can only finish after the second
            return "first";
        }, () -> {
            secondDone.countDown();
            return "second";
        });

        List<Future<String>> futures = pool.invokeAll(tasks);

        assertThat(futures).extracting(Future::resultNow).containsExactly("first", "second");
    }

    @Test
    void invokeAllReturnsOnlyWhenEveryTaskIsDoneAndAFailureSpoilsNoOtherResult() throws Exception {
        IllegalArgumentException bad = new IllegalArgumentException("bad input");
        List<Callable<Integer>> tasks = List.of(() -> 9, () -> {
            throw bad;
        }, () -> {
            Thread.sleep(50); // the workload, simulated I/O: this task is surely not done at once
            return 25;
        });

        List<Future<Integer>> futures = pool.invokeAll(tasks);

        assertThat(futures).as("every Future when invokeAll returns").allMatch(Future::isDone, "done");
        assertThat(futures.get(0).resultNow()).isEqualTo(9);
        assertThat(futures.get(1).exceptionNow()).isSameAs(bad);
        assertThat(futures.get(2).resultNow()).isEqualTo(25);
    }

    @Test
    void invokeAllWithATimeoutCancelsWhatIsNotDoneInTime() throws Exception {
        List<Callable<String>> tasks = List.of(() -> "quick", Executors.callable(pools.gate().task(), "slow"));

        // A whole second, though the quick task needs microseconds: on a loaded machine starting its
        // thread alone can take tens of milliseconds, and it must finish before the deadline.
        List<Future<String>> futures = pool.invokeAll(tasks, 1, TimeUnit.SECONDS);

        assertThat(futures.get(0).state()).isEqualTo(Future.State.SUCCESS);
        assertThat(futures.get(1).state()).isEqualTo(Future.State.CANCELLED);
    }

    @Test
    void invokeAnyReturnsASuccessfulResultIgnoresFailuresAndCancelsTheRest() throws Exception {
        // invokeAny submits the tasks one by one and stops submitting once one succeeds, so B waits
        // until C runs: otherwise C might never start and there would be nothing to interrupt.
        List<Callable<String>> replicas = List.of(() -> {
            throw new IllegalStateException("replica A is down");
        }, () -> {
            pools.gate().awaitStarted(1);
            return "B";
        }, Executors.callable(pools.gate().task(), "C"));

        assertThat(pool.invokeAny(replicas)).isEqualTo("B");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(pools.gate().interrupted())
                .as("the task still running was cancelled with an interrupt").isEqualTo(1));
    }

    @Test
    void invokeAnyThrowsOnlyWhenEveryTaskFailed() {
        IllegalStateException last = new IllegalStateException("all down");
        List<Callable<String>> replicas = List.of(() -> {
            throw last;
        }, () -> {
            throw last;
        });

        assertThatThrownBy(() -> pool.invokeAny(replicas))
                .isInstanceOf(ExecutionException.class).cause().isSameAs(last);
    }
}
