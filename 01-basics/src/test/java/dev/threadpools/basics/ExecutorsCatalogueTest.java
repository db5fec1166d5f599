package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.Claim;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What each Executors factory builds (Demo09), and the seed's "pre-created threads". */
class ExecutorsCatalogueTest {

    @Claim({"J12", "J13"})
    @Test
    void fixedIsAThreadPoolExecutorOfNThreadsWithAnUnboundedQueue() {
        try (var pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(4)) {
            assertThat(pool.getCorePoolSize()).isEqualTo(4);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
            assertThat(pool.getQueue()).isInstanceOf(LinkedBlockingQueue.class);
            assertThat(pool.getQueue().remainingCapacity()).as("unbounded").isEqualTo(Integer.MAX_VALUE);
        }
    }

    @Claim("J13")
    @Test
    void cachedHasNoThreadLimitAndNoQueueAndDropsThreadsIdleForAMinute() {
        try (var pool = (ThreadPoolExecutor) Executors.newCachedThreadPool()) {
            assertThat(pool.getCorePoolSize()).isZero();
            assertThat(pool.getMaximumPoolSize()).isEqualTo(Integer.MAX_VALUE);
            assertThat(pool.getQueue()).isInstanceOf(SynchronousQueue.class);
            assertThat(pool.getKeepAliveTime(TimeUnit.SECONDS)).isEqualTo(60);
        }
    }

    @Claim("J14")
    @Test
    void singleThreadExecutorHidesItsPoolSoItCannotBeResized() throws Exception {
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
        try (ExecutorService single = Executors.newSingleThreadExecutor()) {
            assertThat(single).isNotInstanceOf(ThreadPoolExecutor.class);
            single.invokeAll(List.<Callable<Boolean>>of(() -> ranOn.add(Thread.currentThread()),
                    () -> ranOn.add(Thread.currentThread()), () -> ranOn.add(Thread.currentThread())));
        }
        assertThat(ranOn).as("one thread ran everything").hasSize(1);
    }

    @Test
    void scheduledRunsATaskAfterItsDelay() throws Exception {
        try (ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1)) {
            assertThat(scheduler).isInstanceOf(ScheduledThreadPoolExecutor.class);
            long start = System.nanoTime();
            ScheduledFuture<Long> future = scheduler.schedule(System::nanoTime, 50, TimeUnit.MILLISECONDS);

            assertThat(TimeUnit.NANOSECONDS.toMillis(future.get() - start)).isGreaterThanOrEqualTo(50);
        }
    }

    @Test
    void workStealingIsAForkJoinPoolSizedToTheCores() {
        try (var pool = (ForkJoinPool) Executors.newWorkStealingPool()) {
            assertThat(pool.getParallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        }
    }

    @Test
    void virtualThreadPerTaskStartsANewVirtualThreadForEveryTaskAndReusesNone() throws Exception {
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
        Callable<Boolean> recordThread = () -> Thread.currentThread().isVirtual() && ranOn.add(Thread.currentThread());
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                // One at a time: even tasks that never overlap get a thread each.
                assertThat(executor.submit(recordThread).get()).as("a virtual thread not seen before").isTrue();
            }
        }
        assertThat(ranOn).hasSize(100);
    }

    @Claim({"J1", "J18", "P4"})
    @Test
    void aPoolCreatesItsThreadsOnDemandNotInAdvance() throws Exception {
        // The seed's manual pool: "corePoolSize - always-alive threads". They are not there yet.
        try (var pool = new ThreadPoolExecutor(5, 10, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100))) {
            assertThat(pool.getPoolSize()).as("threads right after construction").isZero();
            CyclicBarrier twoAtOnce = new CyclicBarrier(2);
            Callable<Integer> meet = () -> twoAtOnce.await(5, TimeUnit.SECONDS);
            assertThat(pool.invokeAll(List.of(meet, meet))).as("both tasks met at the barrier")
                    .allMatch(future -> future.state() == Future.State.SUCCESS);
            assertThat(pool.getPoolSize()).as("one thread per task so far, up to the core size").isEqualTo(2);
            assertThat(pool.prestartAllCoreThreads()).as("threads still missing to reach the core size").isEqualTo(3);
            assertThat(pool.getPoolSize()).isEqualTo(5);
        }
    }
}
