package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Claim;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seed claim: "I create a pool inside a method for each operation" is a thread leak. Detected the way
 * one would in production: by counting live threads before and after.
 */
class PoolPerCallLeakTest {

    private static final int CALLS = 20;
    private static final int POOL_SIZE = 2;
    private static final List<Callable<Long>> PARTS =
            LongStream.rangeClosed(1, 10).<Callable<Long>>mapToObj(i -> () -> i * i).toList();
    private static final long SUM_OF_SQUARES = 385;

    private final TrackingThreadFactory threads = new TrackingThreadFactory("per-call");
    /** Every pool the methods create, so that the test can clean up what the leaky one abandons. */
    private final List<ExecutorService> created = new CopyOnWriteArrayList<>();
    private final Supplier<ExecutorService> newPool = () -> {
        ExecutorService pool = Executors.newFixedThreadPool(POOL_SIZE, threads);
        created.add(pool);
        return pool;
    };

    @AfterEach
    void shutDownEveryPool() throws InterruptedException {
        for (ExecutorService pool : created) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Claim({"J80", "J98"})
    @Test
    void aPoolPerCallLeavesItsThreadsAliveAfterEveryCall() throws Exception {
        int before = threads.alive().size();

        for (int i = 0; i < CALLS; i++) {
            assertThat(FanOutSum.leaky(PARTS, newPool)).isEqualTo(SUM_OF_SQUARES);
        }

        assertThat(threads.alive().size() - before)
                .as("the right answer every time, and %d threads left behind per call", POOL_SIZE)
                .isEqualTo(CALLS * POOL_SIZE);
        // Parked in getTask(), waiting for work that never comes (the last may still be getting there).
        await().until(() -> threads.alive().stream().allMatch(t -> t.getState() == Thread.State.WAITING));
    }

    @Claim({"J80", "J98"})
    @Test
    void closingThePerCallPoolLeavesNoThreadButCreatesThemEveryTime() throws Exception {
        for (int i = 0; i < CALLS; i++) {
            assertThat(FanOutSum.closedPerCall(PARTS, newPool)).isEqualTo(SUM_OF_SQUARES);
        }

        // close() returns once the pool has terminated; its last worker may still be returning from run().
        await("every thread of the closed pools has ended").atMost(10, TimeUnit.SECONDS)
                .until(() -> threads.alive().isEmpty());
        assertThat(threads.created()).as("still %d new threads per call", POOL_SIZE).hasSize(CALLS * POOL_SIZE);
    }

    @Claim({"J80", "J98"})
    @Test
    void aSharedPoolCreatesItsThreadsOnce() throws Exception {
        ExecutorService shared = newPool.get();

        for (int i = 0; i < CALLS; i++) {
            assertThat(FanOutSum.onSharedPool(PARTS, shared)).isEqualTo(SUM_OF_SQUARES);
        }

        assertThat(threads.created()).as("created once, reused by every call").hasSize(POOL_SIZE);
        assertThat(threads.alive()).hasSize(POOL_SIZE);
    }

    @Test
    void rejectsNullsBeforeCreatingAPool() {
        assertThatThrownBy(() -> FanOutSum.leaky(null, newPool)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FanOutSum.leaky(PARTS, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FanOutSum.closedPerCall(null, newPool)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FanOutSum.closedPerCall(PARTS, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FanOutSum.onSharedPool(PARTS, null)).isInstanceOf(NullPointerException.class);
        ExecutorService shared = newPool.get();
        assertThatThrownBy(() -> FanOutSum.onSharedPool(null, shared)).isInstanceOf(NullPointerException.class);
        assertThat(created).as("only the test's own pool: a bad call creates none").containsExactly(shared);
    }
}
