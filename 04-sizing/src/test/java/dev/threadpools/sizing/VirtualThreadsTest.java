package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Why virtual threads take the sizing question away for blocking work: a pool caps how many tasks
 * can block at once; one virtual thread per task does not.
 */
class VirtualThreadsTest {

    private static final int TASKS = 1_000;

    @Test
    void oneVirtualThreadPerTaskLetsAThousandTasksBlockAtOnce() throws InterruptedException {
        var allBlockedTogether = new CountDownLatch(TASKS);
        var released = new AtomicInteger();
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < TASKS; i++) {
                virtual.execute(() -> {
                    allBlockedTogether.countDown();
                    try {
                        // Returns only once all 1000 tasks are inside at the same time.
                        if (allBlockedTogether.await(30, TimeUnit.SECONDS)) {
                            released.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }
        assertThat(released).as("every task saw all 1000 blocked together").hasValue(TASKS);
    }

    @Test
    void aPoolOfSixteenNeverHasMoreThanSixteenTasksBlocked() {
        var blockedNow = new AtomicInteger();
        var mostBlocked = new AtomicInteger();
        Workload oneMilliBlocked = Workload.ioBound(Duration.ofNanos(1000), 1000);
        CpuBurner burner = new CpuBurner(1.0);
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                pool.execute(() -> {
                    mostBlocked.accumulateAndGet(blockedNow.incrementAndGet(), Math::max);
                    oneMilliBlocked.runTask(0, burner); // the simulated blocking call
                    blockedNow.decrementAndGet();
                });
            }
        }
        assertThat(mostBlocked.get()).isBetween(1, 16);
    }
}
