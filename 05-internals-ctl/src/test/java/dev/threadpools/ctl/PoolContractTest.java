package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.ctl.PoolFactory.Hooks;
import dev.threadpools.ctl.PoolFactory.Policy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One contract, two pools: every case runs on the JDK's {@code ThreadPoolExecutor} and on
 * {@link ScratchThreadPoolExecutor}. A case that passes on one and fails on the other is a bug in the
 * lesson. The task-addition cases are in {@link TaskAdditionContractTest}.
 */
class PoolContractTest extends PoolTestSupport {

    private static final BlockingQueue<Runnable> NO_QUEUE = null;

    // ------------------------------------------------------------------ construction

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void constructorRejectsSizesThatCannotWork(PoolFlavour flavour) {
        int[][] badCoreMaxKeepAlive = {{-1, 1, 0}, {0, 0, 0}, {2, 1, 0}, {1, 1, -1}};
        for (int[] bad : badCoreMaxKeepAlive) {
            assertThatThrownBy(() -> flavour.create(bad[0], bad[1], bad[2], TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), threads, Policy.ABORT, Hooks.NONE))
                    .as("core %d, max %d, keep-alive %d", bad[0], bad[1], bad[2])
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void constructorRejectsNullsButChecksValuesFirst(PoolFlavour flavour) {
        assertThatThrownBy(() -> flavour.create(1, 1, 0, TimeUnit.SECONDS, NO_QUEUE, threads, Policy.ABORT, Hooks.NONE))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> flavour.create(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), null,
                Policy.ABORT, Hooks.NONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> flavour.create(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads,
                null, Hooks.NONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> flavour.create(1, 1, 0, null, new LinkedBlockingQueue<>(), threads,
                Policy.ABORT, Hooks.NONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> flavour.create(-1, 1, 0, TimeUnit.SECONDS, NO_QUEUE, threads, Policy.ABORT, Hooks.NONE))
                .as("a bad size and a null queue: the size is reported").isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void startsNoThreadBeforeTheFirstTaskUnlessAskedTo(PoolFlavour flavour) {
        ObservablePool pool = pool(flavour, 3, 3, new LinkedBlockingQueue<>());

        assertThat(Ctl.workerCountOf(pool.ctl())).as("workers counted in ctl after construction").isZero();
        assertThat(threads.made()).as("threads made after construction").isZero();
        assertThat(pool.prestartCoreThread()).isTrue();
        assertThat(pool.prestartAllCoreThreads()).as("the core workers still missing").isEqualTo(2);
        assertThat(pool.prestartCoreThread()).as("the core is full").isFalse();
        assertThat(pool.getPoolSize()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void reportsItsSettingsAndValidatesChangesToThem(PoolFlavour flavour) {
        ObservablePool pool = pool(flavour, 2, 5, 7_000, new LinkedBlockingQueue<>(), Policy.ABORT, Hooks.NONE);

        assertThat(pool.getCorePoolSize()).isEqualTo(2);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(5);
        assertThat(pool.getKeepAliveTime(TimeUnit.SECONDS)).isEqualTo(7);
        assertThat(pool.allowsCoreThreadTimeOut()).isFalse();
        assertThatThrownBy(() -> pool.setCorePoolSize(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.setCorePoolSize(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.setMaximumPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.setMaximumPoolSize(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.setKeepAliveTime(-1, TimeUnit.SECONDS)).isInstanceOf(IllegalArgumentException.class);
        pool.setMaximumPoolSize(9);
        pool.setCorePoolSize(4);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(9);
        assertThat(pool.getCorePoolSize()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void coreTimeOutNeedsAPositiveKeepAlive(PoolFlavour flavour) {
        ObservablePool pool = pool(flavour, 1, 1, 0, new LinkedBlockingQueue<>(), Policy.ABORT, Hooks.NONE);

        assertThatThrownBy(() -> pool.allowCoreThreadTimeOut(true)).isInstanceOf(IllegalArgumentException.class);
        pool.setKeepAliveTime(1, TimeUnit.SECONDS);
        pool.allowCoreThreadTimeOut(true);
        assertThatThrownBy(() -> pool.setKeepAliveTime(0, TimeUnit.SECONDS))
                .as("zero keep-alive while core threads may time out").isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ keep-alive

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void extraWorkersTimeOutThenCoreWorkersToo(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 3, 50, new SynchronousQueue<>(), Policy.ABORT, Hooks.NONE);
        Gate gate = new Gate();
        for (int i = 0; i < 3; i++) {
            pool.execute(gate.task());
        }
        gate.awaitStarted(3);
        gate.open();

        threads.awaitExits(2);
        assertThat(Ctl.workerCountOf(pool.ctl())).as("the core worker stays after keep-alive").isEqualTo(1);
        assertThat(pool.getLargestPoolSize()).isEqualTo(3);

        pool.allowCoreThreadTimeOut(true);
        threads.awaitExits(1);
        assertThat(Ctl.workerCountOf(pool.ctl())).as("with core time-out, an idle pool has no worker").isZero();
        assertThat(pool.getPoolSize()).isZero();
    }

    // ------------------------------------------------------------------ rejection policies

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void callerRunsPolicyRunsTheTaskInTheCallersThread(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, LONG_KEEP_ALIVE_MILLIS, new SynchronousQueue<>(),
                Policy.CALLER_RUNS, Hooks.NONE);
        Gate gate = new Gate();
        pool.execute(gate.task());
        gate.awaitStarted(1);
        AtomicReference<Thread> ranIn = new AtomicReference<>();

        pool.execute(() -> ranIn.set(Thread.currentThread()));

        assertThat(ranIn.get()).as("a saturated pool ran the task in the caller").isSameAs(Thread.currentThread());
        pool.shutdown();
        AtomicBoolean ranAfterShutdown = new AtomicBoolean();
        pool.execute(() -> ranAfterShutdown.set(true));
        assertThat(ranAfterShutdown).as("after shutdown, caller-runs discards instead").isFalse();
        gate.open();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void discardPolicyDropsTheNewTaskSilently(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, LONG_KEEP_ALIVE_MILLIS, new ArrayBlockingQueue<>(1),
                Policy.DISCARD, Hooks.NONE);
        Gate gate = new Gate();
        pool.execute(gate.task());
        gate.awaitStarted(1);
        Runnable queued = () -> { };
        pool.execute(queued);

        pool.execute(() -> { });

        assertThat(pool.getQueue()).as("the queued task stays, the new one is gone").containsExactly(queued);
        gate.open();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void discardOldestPolicyDropsTheHeadOfTheQueueAndRetries(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, LONG_KEEP_ALIVE_MILLIS, new ArrayBlockingQueue<>(2),
                Policy.DISCARD_OLDEST, Hooks.NONE);
        Gate gate = new Gate();
        pool.execute(gate.task());
        gate.awaitStarted(1);
        Runnable oldest = () -> { };
        Runnable middle = () -> { };
        Runnable newest = () -> { };
        pool.execute(oldest);
        pool.execute(middle);

        pool.execute(newest);

        assertThat(pool.getQueue()).containsExactly(middle, newest);
        gate.open();
    }

    // ------------------------------------------------------------------ shutting down

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void shutdownStillRunsQueuedTasks(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new LinkedBlockingQueue<>());
        Gate gate = new Gate();
        AtomicInteger queuedRan = new AtomicInteger();
        pool.execute(gate.task());
        pool.execute(queuedRan::incrementAndGet);
        pool.execute(queuedRan::incrementAndGet);
        gate.awaitStarted(1);

        pool.shutdown();
        assertThat(pool.isShutdown()).isTrue();
        assertThat(pool.isTerminating()).as("shut down with work left").isTrue();
        assertThat(Ctl.runStateOf(pool.ctl())).isEqualTo(Ctl.SHUTDOWN);
        gate.open();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queuedRan).as("queued tasks run after shutdown").hasValue(2);
        assertThat(gate.interrupted).as("shutdown does not interrupt a running task").hasValue(0);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void shutdownNowReturnsTheTasksThatNeverStartedAndInterruptsTheRest(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new LinkedBlockingQueue<>());
        Gate gate = new Gate();
        pool.execute(gate.task());
        gate.awaitStarted(1);
        Runnable second = () -> { };
        Runnable third = () -> { };
        pool.execute(second);
        pool.execute(third);

        List<Runnable> neverStarted = pool.shutdownNow();

        assertThat(neverStarted).containsExactly(second, third);
        assertThat(pool.getQueue()).isEmpty();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.interrupted).as("the running task was interrupted").hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void awaitTerminationTimesOutWhileATaskRunsAndReturnsOnceTerminated(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new LinkedBlockingQueue<>());
        Gate gate = new Gate();
        pool.execute(gate.task());
        gate.awaitStarted(1);
        pool.shutdown();

        assertThat(pool.awaitTermination(10, TimeUnit.MILLISECONDS)).as("a task is still running").isFalse();
        assertThat(pool.isTerminated()).isFalse();
        gate.open();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.isTerminated()).isTrue();
        assertThat(pool.isTerminating()).isFalse();
        assertThat(pool.ctl()).isEqualTo(Ctl.ctlOf(Ctl.TERMINATED, 0));
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void terminatedRunsExactlyOnceInTidyingBeforeAwaitTerminationReturns(PoolFlavour flavour) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Integer> statesSeen = new CopyOnWriteArrayList<>();
        ObservablePool[] self = new ObservablePool[1];
        ObservablePool pool = pool(flavour, 4, 4, LONG_KEEP_ALIVE_MILLIS, new LinkedBlockingQueue<>(), Policy.ABORT,
                new Hooks() {
                    @Override
                    public void terminated() {
                        calls.incrementAndGet();
                        statesSeen.add(Ctl.runStateOf(self[0].ctl()));
                    }
                });
        self[0] = pool;
        Gate gate = new Gate();
        for (int i = 0; i < 4; i++) {
            pool.execute(gate.task());
        }
        gate.awaitStarted(4);

        pool.shutdown();
        gate.open(); // four workers now race to be the last one out
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(calls).as("terminated() calls by the time awaitTermination returns").hasValue(1);
        pool.shutdown();
        pool.shutdownNow();

        assertThat(calls).as("terminated() calls after more shutdowns").hasValue(1);
        assertThat(statesSeen).as("terminated() runs in TIDYING").containsExactly(Ctl.TIDYING);
    }

    // ------------------------------------------------------------------ hooks, workers, statistics

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void hooksSurroundEachTaskAndAThrowingTasksWorkerIsReplaced(PoolFlavour flavour) throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch afterTwo = new CountDownLatch(2);
        RuntimeException boom = new IllegalStateException("boom");
        ObservablePool pool = pool(flavour, 1, 1, LONG_KEEP_ALIVE_MILLIS, new LinkedBlockingQueue<>(), Policy.ABORT,
                new Hooks() {
                    @Override
                    public void beforeExecute(Thread thread, Runnable task) {
                        events.add("before in " + (thread == Thread.currentThread() ? "worker" : "other"));
                    }

                    @Override
                    public void afterExecute(Runnable task, Throwable failure) {
                        events.add("after " + (failure == null ? "ok" : failure.getMessage()));
                        afterTwo.countDown();
                    }
                });

        pool.execute(() -> {
            throw boom;
        });
        pool.execute(() -> events.add("task"));
        afterTwo.await();

        assertThat(events).containsExactly("before in worker", "after boom", "before in worker", "task", "after ok");
        threads.awaitExits(1);
        assertThat(threads.made()).as("the worker killed by the exception was replaced").isEqualTo(2);
        assertThat(threads.uncaught).containsExactly(boom);
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getCompletedTaskCount() == 2);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void countsTasksAndActiveWorkers(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 2, 2, new LinkedBlockingQueue<>());
        Gate gate = new Gate();
        pool.execute(gate.task());
        pool.execute(gate.task());
        pool.execute(gate.task());
        gate.awaitStarted(2);

        assertThat(pool.getActiveCount()).as("workers running a task").isEqualTo(2);
        assertThat(pool.getTaskCount()).as("2 running + 1 queued").isEqualTo(3);
        assertThat(pool.getCompletedTaskCount()).isZero();
        gate.open();
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getCompletedTaskCount() == 3);
        assertThat(pool.getTaskCount()).isEqualTo(3);
        assertThat(pool.getLargestPoolSize()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void idleInterruptsNeverReachTheWorkerThatAsksForThem(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 2, 2, new LinkedBlockingQueue<>());
        AtomicBoolean interruptedWhileRunning = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(1);

        pool.execute(() -> {
            // Shrinking the core interrupts idle workers. This worker holds its own (non-reentrant)
            // lock while running, so the pool's tryLock on it fails and it is spared.
            pool.setCorePoolSize(0);
            pool.allowCoreThreadTimeOut(true);
            interruptedWhileRunning.set(Thread.currentThread().isInterrupted());
            done.countDown();
        });

        done.await();
        assertThat(interruptedWhileRunning).as("the busy worker interrupted itself").isFalse();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void removingTheLastQueuedTaskLetsAShutDownPoolTerminate(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new LinkedBlockingQueue<>());
        Gate gate = new Gate();
        pool.execute(gate.task());
        gate.awaitStarted(1);
        Runnable queued = () -> { };
        pool.execute(queued);
        pool.shutdown();

        assertThat(pool.remove(queued)).isTrue();
        gate.open();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.getCompletedTaskCount()).as("only the running task completed").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void purgeTakesOnlyCancelledFuturesOutAndCanLetAShutDownPoolTerminate(PoolFlavour flavour) {
        // No thread is ever made, so every task stays queued and nothing races the assertions.
        ObservablePool pool = flavour.create(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> null, Policy.ABORT, Hooks.NONE);
        Future<?> cancelled = pool.submit(() -> { });
        Future<?> kept = pool.submit(() -> { });
        cancelled.cancel(false);
        pool.shutdown();

        assertThat(pool.getQueue()).as("cancelling does not dequeue").hasSize(2);
        assertThat(pool.isTerminated()).as("a queued task, even a cancelled one, holds SHUTDOWN open").isFalse();
        pool.purge();
        assertThat(pool.getQueue()).as("after purge").containsExactly((Runnable) kept);
        assertThat(pool.isTerminated()).as("a live task is still queued").isFalse();

        kept.cancel(false);
        pool.purge();
        assertThat(pool.getQueue()).isEmpty();
        assertThat(pool.isTerminated()).as("purge removed the last thing termination waited for").isTrue();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void aThreadFactoryThatReturnsNullLeavesTasksQueuedButLosesNone(PoolFlavour flavour) {
        ObservablePool pool = flavour.create(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> null, Policy.ABORT, Hooks.NONE);
        Runnable task = () -> { };

        pool.execute(task);

        assertThat(Ctl.workerCountOf(pool.ctl())).as("the failed worker was uncounted").isZero();
        assertThat(pool.shutdownNow()).as("the accepted task comes back").containsExactly(task);
        assertThat(pool.isTerminated()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void rejectsWhenSaturatedWithTheDefaultPolicy(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new SynchronousQueue<>());
        Gate gate = new Gate();
        pool.execute(gate.task());
        gate.awaitStarted(1);

        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        gate.open();
    }
}
