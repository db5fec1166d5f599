package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.ctl.ObservablePool.Hooks;
import dev.threadpools.ctl.PoolFactory.Policy;
import dev.threadpools.kit.Claim;
import dev.threadpools.kit.TaskGate;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three steps of {@code execute}, as the JDK documents them, checked on every pool that
 * {@link #pools()} returns: the JDK's and ours here, the learner's in Exercise 03 (which overrides
 * {@code pools()}). Failure messages say what the JDK does, because that is what a learner reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class TaskAdditionContractTest extends PoolTestSupport {

    /** How long a case waits for a pool to run a task or terminate, which takes milliseconds when right. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    protected Stream<PoolFactory> pools() {
        return Stream.of(PoolFlavour.values());
    }

    @Claim({"J27", "J86"})
    @ParameterizedTest
    @MethodSource("pools")
    void fillsTheCoreThenTheQueueThenGrowsToTheMaximumThenRejects(PoolFactory factory) throws Exception {
        ObservablePool pool = pool(factory, 1, 2, new ArrayBlockingQueue<>(1));
        TaskGate gate = new TaskGate();

        pool.execute(gate.task());
        assertThat(pool.getPoolSize()).as("step 1: below core, a task starts a core worker").isEqualTo(1);
        pool.execute(gate.task());
        assertThat(pool.getQueue()).as("step 2: core full, the task is queued").hasSize(1);
        assertThat(pool.getPoolSize()).as("step 2: queueing starts no worker").isEqualTo(1);
        pool.execute(gate.task());
        assertThat(pool.getPoolSize()).as("step 3: queue full, a worker beyond the core starts").isEqualTo(2);
        assertThatThrownBy(() -> pool.execute(gate.task()),
                "step 3 failed too (maximum reached): the abort policy throws RejectedExecutionException")
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(threads.made()).as("threads made: one per worker, none for the rejected task").isEqualTo(2);

        gate.open();
        gate.awaitStarted(3);
    }

    @Claim("J28")
    @ParameterizedTest
    @MethodSource("pools")
    void startsACoreWorkerPerTaskEvenWhenAnotherIsIdle(PoolFactory factory) throws Exception {
        ObservablePool pool = pool(factory, 2, 2, new LinkedBlockingQueue<>());
        CountDownLatch firstDone = new CountDownLatch(1);

        pool.execute(firstDone::countDown);
        assertThat(firstDone.await(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("step 1: the first task, below core, ran within %d ms", WITHIN.toMillis()).isTrue();
        await().atMost(WITHIN).untilAsserted(() -> assertThat(pool.getCompletedTaskCount())
                .as("completed tasks, once the first task ran").isEqualTo(1));
        assertThat(pool.getActiveCount()).as("the first worker has finished its task and is idle").isZero();
        pool.execute(() -> { });

        assertThat(threads.made()).as("below the core size, execute starts a new worker, idle ones or not")
                .isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("pools")
    void neverGrowsBeyondTheCoreWithAnUnboundedQueue(PoolFactory factory) throws Exception {
        ObservablePool pool = pool(factory, 1, 4, new LinkedBlockingQueue<>());
        TaskGate gate = new TaskGate();

        executeHeld(pool, gate, 5);

        assertThat(pool.getPoolSize()).as("an unbounded queue is never full, so maximumPoolSize is never used")
                .isEqualTo(1);
        assertThat(pool.getQueue()).as("the 4 tasks beyond the first wait in the queue").hasSize(4);
        gate.open();
        gate.awaitStarted(5);
    }

    @Claim({"J29", "J87"})
    @ParameterizedTest
    @MethodSource("pools")
    void startsAWorkerForAQueuedTaskWhenTheCoreIsZero(PoolFactory factory) throws Exception {
        ObservablePool pool = pool(factory, 0, 1, new LinkedBlockingQueue<>());
        CountDownLatch ran = new CountDownLatch(1);

        pool.execute(ran::countDown);

        assertThat(ran.await(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("with core 0 the task is queued, and the recheck starts a worker for it: the task must run, but "
                        + "it had not run %d ms later", WITHIN.toMillis()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("pools")
    void startsAWorkerPerTaskWhileNoWorkerWaitsWithASynchronousQueue(PoolFactory factory) throws Exception {
        // The same steps as neverGrowsBeyondTheCoreWithAnUnboundedQueue, on purpose: only the queue
        // differs, and it alone turns "one worker" into "a worker per task".
        ObservablePool pool = pool(factory, 0, 3, new SynchronousQueue<>());
        TaskGate gate = new TaskGate();

        executeHeld(pool, gate, 3);

        assertThat(pool.getPoolSize()).as("no idle worker to take the hand-off: each task starts a worker")
                .isEqualTo(3);
        gate.open();
        gate.awaitStarted(3);
    }

    @ParameterizedTest
    @MethodSource("pools")
    void takesBackAndRejectsATaskQueuedWhileThePoolShutDown(PoolFactory factory) throws Exception {
        // The queue shuts the pool down right after it accepted the task: what a shutdown() racing
        // execute() can do between execute's first read of ctl and its offer.
        AtomicReference<ObservablePool> self = new AtomicReference<>();
        AtomicBoolean armed = new AtomicBoolean();
        BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>() {
            @Override
            public boolean offer(Runnable task) {
                boolean accepted = super.offer(task);
                if (armed.compareAndSet(true, false)) {
                    self.get().shutdown();
                }
                return accepted;
            }
        };
        ObservablePool pool = pool(factory, 1, 1, queue);
        self.set(pool);
        TaskGate gate = occupyOneWorker(pool);
        AtomicBoolean ran = new AtomicBoolean();
        armed.set(true);

        assertThatThrownBy(() -> pool.execute(() -> ran.set(true)),
                "after the offer, execute reads ctl again, sees SHUTDOWN, takes the task back and rejects it with "
                        + "RejectedExecutionException").isInstanceOf(RejectedExecutionException.class);
        assertThat(queue).as("the rejected task is no longer queued").isEmpty();
        gate.open();
        assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("the shut-down pool terminated within %d ms", WITHIN.toMillis()).isTrue();
        assertThat(ran).as("a rejected task never runs").isFalse();
    }

    @Claim("J48")
    @ParameterizedTest
    @MethodSource("pools")
    void rejectsEveryTaskAfterShutdown(PoolFactory factory) {
        ObservablePool pool = pool(factory, 1, 1, new LinkedBlockingQueue<>());
        pool.shutdown();

        assertThatThrownBy(() -> pool.execute(() -> { }),
                "execute(task) after shutdown(): a shut-down pool rejects new tasks with RejectedExecutionException")
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(threads.made()).as("no worker is started for a rejected task").isZero();
    }

    @ParameterizedTest
    @MethodSource("pools")
    void rejectsANullTask(PoolFactory factory) {
        ObservablePool pool = pool(factory, 1, 1, 1_000, new LinkedBlockingQueue<>(), Policy.ABORT, Hooks.NONE);

        assertThatThrownBy(() -> pool.execute(null), "execute(null): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
    }
}
