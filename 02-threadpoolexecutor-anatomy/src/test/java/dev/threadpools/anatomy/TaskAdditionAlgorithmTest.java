package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PoolsUnderTest;
import dev.threadpools.kit.TaskGate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The task-addition algorithm of {@code ThreadPoolExecutor.execute()}, one step per test.
 *
 * <p>Every pool here has corePoolSize 2, maximumPoolSize 4 and a queue of 2 unless a test says
 * otherwise, and its tasks wait at a {@link TaskGate}. A held worker never takes a task from the queue,
 * so right after {@code execute()} returns the pool's size and queue are exactly what that call made
 * them: no timing, no sleeps.
 */
class TaskAdditionAlgorithmTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final PoolThreadFactory factory = new PoolThreadFactory("algo");
    private final List<Runnable> refused = new CopyOnWriteArrayList<>();
    private final RejectedExecutionHandler recordingHandler = (task, executor) -> refused.add(task);

    private ThreadPoolExecutor pool(BlockingQueue<Runnable> queue) {
        return pools.track(new ThreadPoolExecutor(2, 4, 30, TimeUnit.SECONDS, queue, factory, recordingHandler));
    }

    private void executeHeld(ThreadPoolExecutor pool, int tasks) {
        for (int i = 0; i < tasks; i++) {
            pool.execute(pools.gate().task());
        }
    }

    @Claim({"J27", "J28", "J86", "P11"})
    @Test
    void step1_belowCoreEveryTaskStartsANewThreadEvenWhileAnotherCoreThreadIsIdle() {
        ThreadPoolExecutor pool = pool(new ArrayBlockingQueue<>(2));
        pool.execute(() -> { });
        Thread first = factory.createdThreads().getFirst();
        // The first core thread has finished its task and is idle: parked in the queue's take(), WAITING,
        // so an offer() to the queue would reach it.
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getCompletedTaskCount() == 1
                && first.getState() == Thread.State.WAITING);

        pool.execute(() -> { });

        assertThat(factory.createdCount()).as("a second thread, although the first one is idle").isEqualTo(2);
        assertThat(pool.getPoolSize()).as("the idle first thread is still there").isEqualTo(2);
        assertThat(pool.getQueue()).as("below core nothing is queued").isEmpty();
    }

    @Claim({"J27", "J86", "P6", "P15"})
    @Test
    void step2_atCoreTheNextTaskWaitsInTheQueue() {
        ThreadPoolExecutor pool = pool(new ArrayBlockingQueue<>(2));
        executeHeld(pool, 2);

        executeHeld(pool, 1);

        assertThat(pool.getPoolSize()).as("no thread beyond core yet").isEqualTo(2);
        assertThat(pool.getQueue()).hasSize(1);
    }

    @Claim({"J19", "J24", "J27", "J86"})
    @Test
    void step3_aThreadBeyondCoreStartsOnlyWhenTheQueueRefusesTheTask() {
        ThreadPoolExecutor pool = pool(new ArrayBlockingQueue<>(2));
        executeHeld(pool, 4);
        assertThat(pool.getPoolSize()).as("queue full, still at core").isEqualTo(2);
        assertThat(pool.getQueue().remainingCapacity()).isZero();

        executeHeld(pool, 1);

        assertThat(pool.getPoolSize()).as("offer() returned false: a thread beyond core").isEqualTo(3);
        assertThat(pool.getQueue()).hasSize(2);
    }

    @Claim({"J27", "J86"})
    @Test
    void step3_theNewThreadRunsTheTaskItWasStartedFor_aheadOfTheQueuedOnes() throws InterruptedException {
        ThreadPoolExecutor pool = pool(new ArrayBlockingQueue<>(2));
        List<Integer> started = new CopyOnWriteArrayList<>();
        for (int id = 1; id <= 5; id++) {
            int task = id;
            pool.execute(() -> {
                started.add(task);
                pools.gate().task().run();
            });
        }
        pools.gate().awaitStarted(3);

        assertThat(started).as("tasks 3 and 4 are queued; task 5 runs on the new thread")
                .containsExactlyInAnyOrder(1, 2, 5);
    }

    @Claim({"J29", "J87"})
    @Test
    void step3_whatCountsIsThatOfferReturnsFalse_notThatTheQueueIsFull() {
        // A queue that refuses every offer although it is empty (the trick behind exercise 01).
        ThreadPoolExecutor pool = pool(new LinkedBlockingQueue<>() {
            @Override
            public boolean offer(Runnable task) {
                return false;
            }
        });

        executeHeld(pool, 4);

        assertThat(pool.getPoolSize()).as("grew to maximum with an empty queue").isEqualTo(4);
        assertThat(pool.getQueue()).isEmpty();
    }

    @Claim({"J27", "J71", "J86"})
    @Test
    void step4_atMaximumWithAFullQueueTheHandlerGetsTheTask() {
        ThreadPoolExecutor pool = pool(new ArrayBlockingQueue<>(2));
        executeHeld(pool, 6);
        assertThat(refused).isEmpty();
        Runnable seventh = pools.gate().task();

        pool.execute(seventh);

        assertThat(refused).containsExactly(seventh);
        assertThat(pool.getPoolSize()).isEqualTo(4);
        assertThat(pool.getQueue()).hasSize(2);
        assertThat(pool.getTaskCount()).as("a rejected task is not counted").isEqualTo(6);
    }

    @Claim({"J27", "J67", "J86"})
    @Test
    void withCoreZeroTheTaskIsQueuedAndOneThreadStartsToServeTheQueue() throws InterruptedException {
        // Not in the seed's diagram: execute() re-checks after queuing and starts a thread if there is none.
        List<Runnable> offered = new CopyOnWriteArrayList<>();
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(0, 4, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>() {
                    @Override
                    public boolean offer(Runnable task) {
                        offered.add(task);
                        return super.offer(task);
                    }
                }, factory, recordingHandler));
        Runnable firstTask = pools.gate().task();

        pool.execute(firstTask);
        executeHeld(pool, 4);
        // The thread started without a task of its own; it takes the first task from the queue.
        pools.gate().awaitStarted(1);

        assertThat(offered).as("the first task went through the queue too: it was offered, not handed to the new thread")
                .hasSize(5).first().isSameAs(firstTask);
        assertThat(pool.getPoolSize()).as("one thread, never more, with an unbounded queue").isEqualTo(1);
        assertThat(factory.createdCount()).isEqualTo(1);
        assertThat(pool.getQueue()).as("the first task was taken, four still wait").hasSize(4).doesNotContain(firstTask);
    }
}
