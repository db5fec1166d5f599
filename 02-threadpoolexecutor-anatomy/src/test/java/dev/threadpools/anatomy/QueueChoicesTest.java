package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PoolsUnderTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the choice of work queue does to the algorithm proven in {@link TaskAdditionAlgorithmTest}. */
class QueueChoicesTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final PoolThreadFactory factory = new PoolThreadFactory("queue");
    private final List<Runnable> refused = new CopyOnWriteArrayList<>();

    private ThreadPoolExecutor pool(int core, int max, java.util.concurrent.BlockingQueue<Runnable> queue) {
        return pools.track(new ThreadPoolExecutor(core, max, 60, TimeUnit.SECONDS, queue, factory,
                (task, executor) -> refused.add(task)));
    }

    @Claim({"J19", "J24", "J31", "J69"})
    @Test
    void anUnboundedLinkedBlockingQueueNeverLetsThePoolGrowPastCore() {
        ThreadPoolExecutor pool = pool(2, 8, new LinkedBlockingQueue<>());

        for (int i = 0; i < 20; i++) {
            pool.execute(pools.gate().task());
        }

        assertThat(pool.getLargestPoolSize()).as("maximumPoolSize 8 is never used").isEqualTo(2);
        assertThat(pool.getQueue()).hasSize(18);
        assertThat(refused).isEmpty();
    }

    @Claim("J33")
    @Test
    void aSynchronousQueueStartsAThreadForEveryTaskWhileNoWorkerWaitsAndRejectsAtMaximum() {
        ThreadPoolExecutor pool = pool(0, 3, new SynchronousQueue<>());

        for (int i = 0; i < 3; i++) {
            pool.execute(pools.gate().task());
        }
        assertThat(pool.getPoolSize()).as("every task started a thread: no worker was waiting").isEqualTo(3);
        assertThat(factory.createdCount()).isEqualTo(3);
        Runnable fourth = pools.gate().task();

        pool.execute(fourth);

        assertThat(pool.getPoolSize()).as("maximumPoolSize 3").isEqualTo(3);
        assertThat(pool.getQueue()).as("holds nothing, ever").isEmpty();
        assertThat(refused).as("the fourth task, and only it").containsExactly(fourth);
    }

    @Claim({"J34", "P11"})
    @Test
    void aSynchronousQueueHandsTheTaskToAnIdleWorkerThatIsWaitingInPoll() {
        ThreadPoolExecutor pool = pool(0, 3, new SynchronousQueue<>());
        pool.execute(() -> { });
        Thread worker = factory.createdThreads().getFirst();
        // After its task the worker parks in SynchronousQueue.poll(keepAlive): TIMED_WAITING. Only then is
        // it a waiting consumer that offer() can hand a task to.
        await().atMost(Duration.ofSeconds(10)).until(() -> worker.getState() == Thread.State.TIMED_WAITING);
        List<Thread> ranOn = new CopyOnWriteArrayList<>();

        pool.execute(() -> ranOn.add(Thread.currentThread()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !ranOn.isEmpty());
        assertThat(ranOn).containsExactly(worker);
        assertThat(factory.createdCount()).as("the hand-off needed no new thread").isEqualTo(1);
    }

    @Claim("J32")
    @Test
    void anArrayBlockingQueueHoldsAtMostItsCapacityAndTheRestIsRejected() {
        ThreadPoolExecutor pool = pool(1, 2, new ArrayBlockingQueue<>(3));

        for (int i = 0; i < 10; i++) {
            pool.execute(pools.gate().task());
        }

        assertThat(pool.getQueue()).hasSize(3);
        assertThat(pool.getPoolSize()).isEqualTo(2);
        assertThat(refused).as("10 tasks - 2 running - 3 queued").hasSize(5);
    }

    @Claim("J35")
    @Test
    void aPriorityBlockingQueueRunsExecutedTasksMostUrgentFirst() throws InterruptedException {
        ThreadPoolExecutor pool = pool(1, 1, new PriorityBlockingQueue<>());
        List<String> ran = new CopyOnWriteArrayList<>();
        // The first task never sees the queue: it starts the only thread, which it then holds.
        pool.execute(new PriorityTask(0, "holder", pools.gate().task()));
        pools.gate().awaitStarted(1);
        for (int priority : new int[] {5, 1, 3}) {
            pool.execute(new PriorityTask(priority, "p" + priority, () -> ran.add("p" + priority)));
        }

        pools.gate().open();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(ran).containsExactly("p1", "p3", "p5");
    }

    @Claim("J35")
    @Test
    void aPriorityBlockingQueueFailsSubmitWithClassCastExceptionOnceATaskIsQueued() throws InterruptedException {
        ThreadPoolExecutor pool = pool(1, 1, new PriorityBlockingQueue<>());
        pool.submit(new PriorityTask(0, "holder", pools.gate().task()));   // starts the thread: no queue, no compare
        pools.gate().awaitStarted(1);

        assertThatThrownBy(() -> pool.submit(new PriorityTask(1, "p1", () -> { })))
                .as("the queue holds FutureTask wrappers, which are not Comparable")
                .isInstanceOf(ClassCastException.class)
                .hasMessageContaining("FutureTask");
        assertThat(refused).as("not a rejection: the handler is never called").isEmpty();
        assertThat(pool.getQueue()).isEmpty();
    }

    @Test
    void overridingNewTaskForLetsSubmittedTasksBeOrderedToo() throws Exception {
        var pool = pools.track(new PriorityThreadPoolExecutor(1, factory));
        List<String> ran = new CopyOnWriteArrayList<>();
        pool.submit(new PriorityTask(0, "holder", pools.gate().task()));
        pools.gate().awaitStarted(1);
        for (int priority : new int[] {5, 1, 3}) {
            pool.submit(new PriorityTask(priority, "p" + priority, () -> ran.add("p" + priority)));
        }
        pool.execute(new PriorityTask(2, "p2", () -> ran.add("p2")));
        var last = pool.submit(() -> ran.add("no priority"));

        pools.gate().open();
        last.get();

        assertThat(ran).containsExactly("p1", "p2", "p3", "p5", "no priority");
    }

    @Test
    void thePriorityPoolValidatesItsArguments() {
        assertThatThrownBy(() -> new PriorityThreadPoolExecutor(0, factory)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorityThreadPoolExecutor(1, null)).isInstanceOf(NullPointerException.class);
    }
}
