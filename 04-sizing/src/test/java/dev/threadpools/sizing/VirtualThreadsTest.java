package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.Claim;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
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

    @Claim({"P5", "P8", "P14"})
    @Test
    void aPoolOfSixteenNeverHasMoreThanSixteenTasksBlocked() throws InterruptedException {
        var blockedNow = new AtomicInteger();
        var mostBlocked = new AtomicInteger();
        var sixteenBlocked = new CountDownLatch(16);
        var release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                pool.execute(() -> {
                    mostBlocked.accumulateAndGet(blockedNow.incrementAndGet(), Math::max);
                    sixteenBlocked.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS); // the blocking call, held until the checks are done
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    blockedNow.decrementAndGet();
                });
            }
            try {
                assertThat(sixteenBlocked.await(30, TimeUnit.SECONDS)).as("16 tasks blocked together").isTrue();
                // All 200 are submitted and the first 16 hold every thread: the other 184 wait in the
                // queue, not in a blocking call (a 17th thread would have taken one of them directly).
                assertThat(((ThreadPoolExecutor) pool).getQueue()).as("tasks waiting for a thread").hasSize(184);
                assertThat(blockedNow).as("tasks blocked while the pool is full").hasValue(16);
            } finally {
                release.countDown();
            }
        }
        assertThat(mostBlocked).as("the most tasks ever blocked at once: the pool's size, no more").hasValue(16);
    }
}
