package dev.threadpools.ctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.ctl.ObservablePool.Hooks;
import dev.threadpools.ctl.PoolFactory.Policy;
import dev.threadpools.kit.Claim;
import dev.threadpools.kit.TaskGate;
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
import java.util.concurrent.ThreadFactory;
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

    @Claim({"J1", "P4"})
    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void startsNoThreadBeforeTheFirstTaskUnlessAskedTo(PoolFlavour flavour) {
        ObservablePool pool = pool(flavour, 3, 3, new LinkedBlockingQueue<>());

        assertThat(CtlBits.workerCountOf(pool.ctl())).as("workers counted in ctl after construction").isZero();
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
        WaitRecordingSynchronousQueue queue = new WaitRecordingSynchronousQueue();
        ObservablePool pool = pool(flavour, 1, 3, 50, queue, Policy.ABORT, Hooks.NONE);
        TaskGate gate = new TaskGate();
        executeHeld(pool, gate, 3);
        gate.awaitStarted(3);
        gate.open();

        threads.awaitExits(2);
        assertThat(queue.timedPolls.get()).as("timed polls: each of the 2 leavers waited keep-alive for a task first")
                .isGreaterThanOrEqualTo(2);
        assertThat(threads.made()).as("threads made: a normal exit above the core is not replaced").isEqualTo(3);
        // The worker that stays stops polling with a time limit: it waits in take(), so it cannot time out.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queue.takes.get())
                .as("take() calls: the core worker waits without a time limit once the extras are gone")
                .isPositive());
        assertThat(CtlBits.workerCountOf(pool.ctl())).as("the core worker stays after keep-alive").isEqualTo(1);
        assertThat(pool.getLargestPoolSize()).isEqualTo(3);

        pool.allowCoreThreadTimeOut(true);
        threads.awaitExits(1);
        assertThat(CtlBits.workerCountOf(pool.ctl())).as("with core time-out, an idle pool has no worker").isZero();
        assertThat(pool.getPoolSize()).isZero();
        assertThat(threads.made()).as("threads made: the last core worker to time out is not replaced").isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void anIdleWorkerBeyondTheCoreWaitsTheKeepAliveTimeBeforeLeaving(PoolFlavour flavour) throws Exception {
        WaitRecordingSynchronousQueue queue = new WaitRecordingSynchronousQueue();
        ObservablePool pool = pool(flavour, 1, 2, queue);
        TaskGate gate = new TaskGate();
        pool.execute(gate.task());
        pool.execute(gate.task());
        gate.awaitStarted(2);
        gate.open();

        // Two workers and a core of one: both may time out, so both wait for a task with the keep-alive.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queue.timedPolls.get())
                .as("timed polls: both idle workers wait up to the keep-alive time, neither leaves at once")
                .isEqualTo(2));
        assertThat(CtlBits.workerCountOf(pool.ctl())).as("workers counted while they wait").isEqualTo(2);
        assertThat(pool.getPoolSize()).as("workers in the pool while they wait").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void allowingCoreTimeOutWakesEveryIdleCoreWorkerSoThatAllTimeOut(PoolFlavour flavour) throws Exception {
        WaitRecordingSynchronousQueue queue = new WaitRecordingSynchronousQueue();
        ObservablePool pool = pool(flavour, 2, 2, 50, queue, Policy.ABORT, Hooks.NONE);
        assertThat(pool.prestartAllCoreThreads()).as("core workers started").isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queue.takes.get())
                .as("take() calls: both core workers wait without a time limit").isEqualTo(2));

        // Each worker blocked in take() must be interrupted to look at the new setting.
        pool.allowCoreThreadTimeOut(true);

        threads.awaitExits(2);
        assertThat(CtlBits.workerCountOf(pool.ctl())).as("workers counted once both timed out").isZero();
    }

    // ------------------------------------------------------------------ rejection policies
    // Each case begins alike on purpose: one busy worker, and a queue that will refuse the next task,
    // so that it is rejected; the cases differ only in what the policy does with it.

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void callerRunsPolicyRunsTheTaskInTheCallersThread(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new SynchronousQueue<>(), Policy.CALLER_RUNS);
        TaskGate gate = occupyOneWorker(pool);
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
        ObservablePool pool = pool(flavour, 1, 1, new ArrayBlockingQueue<>(1), Policy.DISCARD);
        TaskGate gate = occupyOneWorker(pool);
        Runnable queued = () -> { };
        pool.execute(queued);
        AtomicBoolean discardedRan = new AtomicBoolean();

        pool.execute(() -> discardedRan.set(true));

        assertThat(pool.getQueue()).as("the queued task stays, the new one is gone").containsExactly(queued);
        gate.open();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("terminated after the gate opened").isTrue();
        assertThat(discardedRan).as("the discarded task never ran, neither in the caller nor in the pool").isFalse();
        assertThat(pool.getCompletedTaskCount()).as("completed: the gate task and the queued one").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void discardOldestPolicyDropsTheHeadOfTheQueueAndRetries(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new ArrayBlockingQueue<>(2), Policy.DISCARD_OLDEST);
        TaskGate gate = occupyOneWorker(pool);
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

    @Claim("J48")
    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void shutdownStillRunsQueuedTasks(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new LinkedBlockingQueue<>());
        TaskGate gate = new TaskGate();
        AtomicInteger queuedRan = new AtomicInteger();
        pool.execute(gate.task());
        pool.execute(queuedRan::incrementAndGet);
        pool.execute(queuedRan::incrementAndGet);
        gate.awaitStarted(1);

        pool.shutdown();
        assertThat(pool.isShutdown()).isTrue();
        assertThat(pool.isTerminating()).as("shut down with work left").isTrue();
        assertThat(CtlBits.runStateOf(pool.ctl())).isEqualTo(CtlBits.SHUTDOWN);
        gate.open();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queuedRan).as("queued tasks run after shutdown").hasValue(2);
        assertThat(gate.interrupted()).as("shutdown does not interrupt a running task").isZero();
    }

    @Claim({"J49", "J50"})
    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void shutdownNowReturnsTheTasksThatNeverStartedAndInterruptsTheRest(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new LinkedBlockingQueue<>());
        TaskGate gate = occupyOneWorker(pool);
        Runnable second = () -> { };
        Runnable third = () -> { };
        pool.execute(second);
        pool.execute(third);

        List<Runnable> neverStarted = pool.shutdownNow();

        assertThat(neverStarted).containsExactly(second, third);
        assertThat(pool.getQueue()).isEmpty();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.interrupted()).as("the running task was interrupted").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void aWorkerNotYetRunningIsSparedByShutdownNowButItsFirstTaskStartsInterrupted(PoolFlavour flavour)
            throws Exception {
        // Worker threads that hold before running their worker: counted, registered and started,
        // but the worker's loop has not begun (its lock is still in the "not started" state).
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Boolean> interruptedWhileHeld = new AtomicReference<>();
        ThreadFactory held = worker -> threads.newThread(() -> {
            boolean interrupted = false;
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
                Thread.currentThread().interrupt();
            }
            interruptedWhileHeld.set(interrupted || Thread.currentThread().isInterrupted());
            worker.run();
        });
        ObservablePool pool = pool(flavour, 1, 1, LONG_KEEP_ALIVE_MILLIS, new LinkedBlockingQueue<>(), held,
                Policy.ABORT, Hooks.NONE);
        AtomicReference<Boolean> taskSawInterrupt = new AtomicReference<>();
        pool.execute(() -> taskSawInterrupt.set(Thread.currentThread().isInterrupted()));

        assertThat(pool.shutdownNow()).as("the task went to the worker, not to the queue").isEmpty();
        release.countDown();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the stopped pool terminated").isTrue();
        assertThat(interruptedWhileHeld.get()).as("shutdownNow interrupted a worker that had not begun").isFalse();
        assertThat(taskSawInterrupt.get())
                .as("the worker's first task ran in a stopped pool, so it started with the interrupt set").isTrue();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void awaitTerminationTimesOutWhileATaskRunsAndReturnsOnceTerminated(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new LinkedBlockingQueue<>());
        TaskGate gate = occupyOneWorker(pool);
        pool.shutdown();

        assertThat(pool.awaitTermination(10, TimeUnit.MILLISECONDS)).as("a task is still running").isFalse();
        assertThat(pool.isTerminated()).isFalse();
        gate.open();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.isTerminated()).isTrue();
        assertThat(pool.isTerminating()).isFalse();
        assertThat(pool.ctl()).isEqualTo(CtlBits.ctlOf(CtlBits.TERMINATED, 0));
    }

    @Claim({"J50", "J51"})
    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void terminatedRunsExactlyOnceInTidyingBeforeAwaitTerminationReturns(PoolFlavour flavour) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Integer> statesSeen = new CopyOnWriteArrayList<>();
        ObservablePool pool = pool(flavour, 4, 4, LONG_KEEP_ALIVE_MILLIS, new LinkedBlockingQueue<>(), Policy.ABORT,
                Hooks.onTerminated(terminating -> {
                    calls.incrementAndGet();
                    statesSeen.add(CtlBits.runStateOf(terminating.ctl()));
                }));
        TaskGate gate = new TaskGate();
        executeHeld(pool, gate, 4);
        gate.awaitStarted(4);

        pool.shutdown();
        gate.open(); // four workers now race to be the last one out
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(calls).as("terminated() calls by the time awaitTermination returns").hasValue(1);
        pool.shutdown();
        pool.shutdownNow();

        assertThat(calls).as("terminated() calls after more shutdowns").hasValue(1);
        assertThat(statesSeen).as("terminated() runs in TIDYING").containsExactly(CtlBits.TIDYING);
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
        assertThat(afterTwo.await(10, TimeUnit.SECONDS)).as("afterExecute ran for both tasks").isTrue();

        assertThat(events).containsExactly("before in worker", "after boom", "before in worker", "task", "after ok");
        threads.awaitExits(1);
        assertThat(threads.made()).as("the worker killed by the exception was replaced").isEqualTo(2);
        assertThat(threads.uncaught()).containsExactly(boom);
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getCompletedTaskCount() == 2);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void aWorkerKilledByATaskIsReplacedEvenWhenTheCoreIsStillFull(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 2, new SynchronousQueue<>());
        TaskGate gate = occupyOneWorker(pool);
        RuntimeException boom = new IllegalStateException("boom");

        pool.execute(() -> {
            throw boom; // runs on a second worker, beyond the core of 1
        });

        threads.awaitExits(1);
        assertThat(threads.uncaught()).containsExactly(boom);
        // The core worker is still there, so "too few workers" does not explain a new thread: the
        // replacement is made because the worker died of a task's exception.
        assertThat(threads.made()).as("threads made: core worker, the one that died, its replacement").isEqualTo(3);
        assertThat(CtlBits.workerCountOf(pool.ctl())).as("workers counted: the core one and the replacement")
                .isEqualTo(2);
        gate.open();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void aShutDownPoolReplacesAWorkerKilledByATaskToFinishItsQueue(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new LinkedBlockingQueue<>());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger queuedRan = new AtomicInteger();
        pool.execute(() -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("boom");
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the first task started").isTrue();
        pool.execute(queuedRan::incrementAndGet);
        pool.shutdown();

        release.countDown(); // the only worker dies; the queued task needs a new one, in SHUTDOWN

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("terminated after draining the queue").isTrue();
        assertThat(queuedRan).as("the queued task ran on the replacement worker").hasValue(1);
        assertThat(threads.made()).as("threads made: the one that died and its replacement").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void aWorkerWhoseThreadIsMadeWhileThePoolShutsDownNeverJoinsIt(PoolFlavour flavour) throws Exception {
        // The thread factory runs after the worker is counted and before it is registered: the window
        // that addWorker closes by checking the state again under the main lock.
        AtomicReference<ObservablePool> self = new AtomicReference<>();
        AtomicReference<Runnable> duringNewThread = new AtomicReference<>(() -> self.get().shutdown());
        ThreadFactory shutsDownFirst = runnable -> {
            Runnable action = duringNewThread.getAndSet(null);
            if (action != null) {
                action.run();
            }
            return threads.newThread(runnable);
        };
        ObservablePool pool = pool(flavour, 1, 1, LONG_KEEP_ALIVE_MILLIS, new LinkedBlockingQueue<>(),
                shutsDownFirst, Policy.ABORT, Hooks.NONE);
        self.set(pool);
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> pool.execute(() -> ran.set(true)))
                .as("a worker with a task, made while shutdown() ran: not registered, so the task is rejected")
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool terminated").isTrue();
        assertThat(ran).as("the rejected task never ran").isFalse();
        assertThat(threads.made()).as("threads made (and never started)").isEqualTo(1);

        ObservablePool second = pool(flavour, 1, 1, LONG_KEEP_ALIVE_MILLIS, new LinkedBlockingQueue<>(),
                shutsDownFirst, Policy.ABORT, Hooks.NONE);
        self.set(second);
        duringNewThread.set(() -> self.get().shutdownNow());

        assertThat(second.prestartCoreThread())
                .as("a worker without a task, made while shutdownNow() ran: not registered in STOP").isFalse();
        assertThat(second.isTerminated()).as("nothing holds the stopped pool open").isTrue();
        assertThat(second.getLargestPoolSize()).as("no worker ever joined").isZero();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void theShutdownSignalTravelsFromAnExitingWorkerToAnIdleOne(PoolFlavour flavour) throws Exception {
        // Makes the worker that calls take() first find the queue empty although it saw a task there:
        // the test steals the task in between. That worker was busy when shutdown() sent its
        // interrupts, so only the exit of the other worker (tryTerminate interrupts one idle worker)
        // can wake it.
        CountDownLatch inTake = new CountDownLatch(1);
        CountDownLatch stolen = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean();
        BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>() {
            @Override
            public Runnable take() throws InterruptedException {
                if (armed.compareAndSet(true, false)) {
                    inTake.countDown();
                    if (!stolen.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test did not steal the task");
                    }
                }
                return super.take();
            }
        };
        ObservablePool pool = pool(flavour, 2, 2, queue);
        TaskGate first = new TaskGate();
        TaskGate second = new TaskGate();
        pool.execute(first.task());
        pool.execute(second.task());
        first.awaitStarted(1);
        second.awaitStarted(1);
        Runnable toSteal = () -> { };
        pool.execute(toSteal);
        pool.shutdown(); // both workers busy: neither is interrupted
        armed.set(true);

        second.open();
        assertThat(inTake.await(10, TimeUnit.SECONDS)).as("the second worker saw a queued task and called take()")
                .isTrue();
        assertThat(queue.poll()).as("the stolen task").isSameAs(toSteal);
        stolen.countDown(); // the second worker now waits in take() on an empty queue
        first.open();       // the first worker finds nothing to do and exits

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS))
                .as("the exiting worker interrupted the idle one, which exited too").isTrue();
        assertThat(first.interrupted() + second.interrupted()).as("tasks interrupted").isZero();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void countsTasksAndActiveWorkers(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 2, 2, new LinkedBlockingQueue<>());
        TaskGate gate = new TaskGate();
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

        assertThat(done.await(10, TimeUnit.SECONDS)).as("the task ran to its end").isTrue();
        assertThat(interruptedWhileRunning).as("the busy worker interrupted itself").isFalse();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void removingTheLastQueuedTaskLetsAShutDownPoolTerminate(PoolFlavour flavour) {
        // No thread is ever made, so no worker's exit can terminate the pool: only remove() can.
        ObservablePool pool = pool(flavour, 1, 1, LONG_KEEP_ALIVE_MILLIS, new LinkedBlockingQueue<>(),
                runnable -> null, Policy.ABORT, Hooks.NONE);
        Runnable queued = () -> { };
        pool.execute(queued);
        pool.shutdown();
        assertThat(pool.isTerminated()).as("a queued task holds SHUTDOWN open").isFalse();

        assertThat(pool.remove(queued)).as("the task was still queued").isTrue();

        assertThat(pool.getQueue()).isEmpty();
        assertThat(pool.isTerminated()).as("remove() took the last thing termination waited for, and terminated")
                .isTrue();
        assertThat(pool.getCompletedTaskCount()).as("the removed task never ran").isZero();
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

    @Claim({"J46", "J91"})
    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void aThreadFactoryThatReturnsNullLeavesTasksQueuedButLosesNone(PoolFlavour flavour) {
        ObservablePool pool = flavour.create(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> null, Policy.ABORT, Hooks.NONE);
        Runnable task = () -> { };

        pool.execute(task);

        assertThat(CtlBits.workerCountOf(pool.ctl())).as("the failed worker was uncounted").isZero();
        assertThat(pool.shutdownNow()).as("the accepted task comes back").containsExactly(task);
        assertThat(pool.isTerminated()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PoolFlavour.class)
    void rejectsWhenSaturatedWithTheDefaultPolicy(PoolFlavour flavour) throws Exception {
        ObservablePool pool = pool(flavour, 1, 1, new SynchronousQueue<>());
        TaskGate gate = occupyOneWorker(pool);

        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        gate.open();
    }

    /** Counts how workers wait for a task: {@code take()} (no time limit) or a timed {@code poll}. */
    private static final class WaitRecordingSynchronousQueue extends SynchronousQueue<Runnable> {
        private static final long serialVersionUID = 1L;
        final transient AtomicInteger takes = new AtomicInteger();
        final transient AtomicInteger timedPolls = new AtomicInteger();

        @Override
        public Runnable take() throws InterruptedException {
            takes.incrementAndGet();
            return super.take();
        }

        @Override
        public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
            timedPolls.incrementAndGet();
            return super.poll(timeout, unit);
        }
    }
}
