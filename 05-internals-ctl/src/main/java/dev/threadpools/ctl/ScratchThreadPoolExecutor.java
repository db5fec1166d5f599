package dev.threadpools.ctl;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A thread pool written from scratch on the {@link CtlWord} model, to be read as the companion
 * text of {@code java.util.concurrent.ThreadPoolExecutor}. It follows the JDK's design decision by
 * decision, so that every behaviour the JDK documents can be checked on both pools by the same tests
 * ({@code PoolContractTest}, {@code TaskAdditionContractTest}). This comment takes the JDK's topics
 * in the JDK's order, in our words, and says under each where this pool differs.
 *
 * <h2>Core and maximum pool sizes</h2>
 * The pool keeps between {@code corePoolSize} and {@code maximumPoolSize} workers. Below the core
 * size, {@link #execute} starts a new worker for each task, even while others sit idle; at or above
 * it, a task goes to the queue, and a worker beyond the core is started only when the queue refuses
 * the task. Equal sizes make a fixed-size pool; a very large maximum makes a pool that grows with
 * the load, up to {@link CtlBits#COUNT_MASK} workers, the most the ctl word can count. Both sizes
 * can be changed while the pool runs ({@link #setCorePoolSize}, {@link #setMaximumPoolSize}).
 *
 * <h2>On-demand construction</h2>
 * A new pool has no thread at all: workers are started by the tasks that need them. To start the
 * core workers ahead of the first task (say, for a pool made with a queue that already holds tasks),
 * call {@link #prestartCoreThread} or {@link #prestartAllCoreThreads}.
 *
 * <h2>Creating new threads</h2>
 * Every worker's thread comes from the {@link ThreadFactory} (by default
 * {@link Executors#defaultThreadFactory()}), which is the place to choose names, priorities, daemon
 * status and an uncaught-exception handler. A factory may return {@code null}: the worker is then
 * uncounted again and the pool carries on without it, so a task that would have been its first is
 * queued or rejected instead of lost. A factory that returns a thread already started is a bug and
 * gets an {@link IllegalThreadStateException}. Differs from the JDK: this pool starts a worker with
 * {@link Thread#start()}; the JDK's (since JDK 21) starts it through an internal thread container.
 *
 * <h2>Keep-alive times</h2>
 * A worker beyond the core that waits {@code keepAliveTime} without getting a task leaves, so an idle
 * pool shrinks back to its core. {@link #allowCoreThreadTimeOut allowCoreThreadTimeOut(true)} applies
 * the same rule to core workers, which lets an idle pool shrink to nothing; it needs a positive
 * keep-alive time. Shortening the keep-alive time, or lowering a size below the number of workers,
 * wakes the idle workers so that they wait by the new rule.
 *
 * <h2>Queuing</h2>
 * Any {@link BlockingQueue} holds the tasks that wait for a worker. What makes the pool grow beyond
 * its core is {@code offer} returning false, not the queue being full, so the queue decides the
 * pool's shape:
 * <ul>
 *   <li>a hand-off queue ({@code SynchronousQueue}) refuses a task whenever no worker is waiting for
 *       one, so every task beyond the idle workers starts a worker, up to the maximum;</li>
 *   <li>an unbounded queue ({@code LinkedBlockingQueue} without a capacity) never refuses, so the
 *       pool never grows past its core, whatever the maximum says;</li>
 *   <li>a bounded queue ({@code ArrayBlockingQueue}) makes the queue's capacity and the maximum a
 *       trade: a long queue with few workers, or a short one with many.</li>
 * </ul>
 *
 * <h2>Rejected tasks</h2>
 * A task is rejected when the pool has been shut down, or when it is saturated: the maximum is
 * reached and the queue refused the task. The pool then hands it to its {@link RejectionHandler},
 * which may throw ({@link AbortPolicy}, the default), run it in the caller's thread
 * ({@link CallerRunsPolicy}), drop it ({@link DiscardPolicy}), or drop the oldest queued task and try
 * again ({@link DiscardOldestPolicy}). Differs from the JDK: the handler type is this pool's own,
 * because the JDK's {@code RejectedExecutionHandler} takes a {@code ThreadPoolExecutor}; the four
 * policies behave as the JDK's.
 *
 * <h2>Hook methods</h2>
 * A subclass may override {@link #beforeExecute} and {@link #afterExecute}, which run in the worker
 * thread around every task (to set up a thread-local context, to log, to time), and
 * {@link #terminated}, which runs once, when the pool has no worker and no task left, before it
 * counts as terminated. If {@code beforeExecute} or {@code afterExecute} throws, the worker ends
 * abruptly, as when a task throws, and is replaced unless the pool is stopping. An override should
 * call the pool's own version, so that subclasses nest.
 *
 * <h2>Queue maintenance</h2>
 * {@link #getQueue()} is for watching and debugging; a program should not use it to schedule
 * tasks. {@link #remove} takes one queued task out, and {@link #purge} takes out every cancelled
 * {@link Future}, which would otherwise wait in the queue for a worker to find it has nothing to do.
 *
 * <h2>How it is built: the two pieces of shared state</h2>
 * <ul>
 *   <li>{@link #ctl}: run state and worker count in one atomic word. Everything on the hot path
 *       ({@link #execute}, a worker fetching or leaving) decides on one read of it and publishes with
 *       one CAS, without a lock.</li>
 *   <li>{@link #workers} under {@link #mainLock}: the set of workers, needed only by the rare
 *       operations that must visit every worker (shutdown, interrupts, statistics). The lock also
 *       serialises {@code shutdown} and {@code shutdownNow}, so that interrupts are not sent twice
 *       and a worker cannot join the set while a shutdown is visiting it.</li>
 * </ul>
 * The worker count in {@code ctl} and the size of {@code workers} are not always equal: the count
 * goes up before a thread exists and down before it has finished. Decisions use the count.
 *
 * <h2>Extension example</h2>
 * A pool that times its tasks with the hooks and reports, when it terminates, how many ran, how many
 * failed and how long the longest took. {@code TimingPoolTest} runs this very code.
 * {@snippet class="dev.threadpools.ctl.TimingPool" region="example"}
 */
public class ScratchThreadPoolExecutor extends AbstractExecutorService implements ObservablePool {

    /** Run state and worker count; see {@link CtlBits} for the layout and {@link CtlWord} for the moves. */
    private final CtlWord ctl = new CtlWord();

    /** Tasks waiting for a worker. Only {@link #isEmpty} is trusted for decisions, never size(). */
    private final BlockingQueue<Runnable> workQueue;

    /** Guards {@link #workers}, {@link #largestPoolSize}, {@link #completedTaskCount} and shutdown. */
    private final ReentrantLock mainLock = new ReentrantLock();

    /** Every worker whose thread was started or is about to be. Guarded by {@link #mainLock}. */
    private final HashSet<Worker> workers = new HashSet<>();

    /** Signalled once, when the pool reaches TERMINATED; awaitTermination waits on it. */
    private final Condition termination = mainLock.newCondition();

    /** The most workers the set has held at once. Guarded by {@link #mainLock}. */
    private int largestPoolSize;

    /** Tasks completed by workers that have exited. Guarded by {@link #mainLock}. */
    private long completedTaskCount;

    // The settings are volatile and read without a lock: a worker deciding whether to time out must
    // see a new value soon, but a decision made on the old one a moment earlier is harmless.
    private volatile ThreadFactory threadFactory;
    private volatile RejectionHandler handler;
    private volatile long keepAliveNanos;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;

    /**
     * Same as the JDK's five-argument constructor: default thread factory, {@link AbortPolicy}.
     *
     * @param corePoolSize    workers kept even when idle, unless core threads may time out
     * @param maximumPoolSize the most workers allowed
     * @param keepAliveTime   how long a worker beyond the core waits for a task before it leaves
     * @param unit            the unit of {@code keepAliveTime}
     * @param workQueue       holds tasks until a worker takes them
     * @throws IllegalArgumentException as the seven-argument constructor
     * @throws NullPointerException     if {@code unit} or {@code workQueue} is null
     */
    public ScratchThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                new AbortPolicy());
    }

    /**
     * Validates like {@code ThreadPoolExecutor}: values first, then nulls.
     *
     * @param corePoolSize    workers kept even when idle, unless core threads may time out
     * @param maximumPoolSize the most workers allowed
     * @param keepAliveTime   how long a worker beyond the core waits for a task before it leaves
     * @param unit            the unit of {@code keepAliveTime}
     * @param workQueue       holds tasks until a worker takes them
     * @param threadFactory   makes the thread of every worker
     * @param handler         takes the tasks that {@link #execute} cannot
     * @throws IllegalArgumentException if {@code corePoolSize < 0}, {@code keepAliveTime < 0},
     *         {@code maximumPoolSize <= 0} or {@code maximumPoolSize < corePoolSize}
     * @throws NullPointerException if {@code unit}, {@code workQueue}, {@code threadFactory} or
     *         {@code handler} is null
     */
    public ScratchThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException("core " + corePoolSize + ", maximum " + maximumPoolSize
                    + ", keep-alive " + keepAliveTime);
        }
        this.keepAliveNanos = unit.toNanos(keepAliveTime);
        this.workQueue = Objects.requireNonNull(workQueue, "workQueue");
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
    }

    // ------------------------------------------------------------------ execute: the three steps

    /**
     * Runs {@code command} some time in the future, on a new worker or on one that is already there,
     * or hands it to the rejection handler. Three steps, each tried only if the one before failed:
     * <ol>
     *   <li>Fewer than {@code corePoolSize} workers: start a new worker with this task as its first.
     *       This happens even if other workers are idle: the core is filled first.</li>
     *   <li>Otherwise queue the task. Between the read of {@code ctl} and the offer, the pool may have
     *       been shut down or lost its last worker, so look again after the offer: if the pool is no
     *       longer running, take the task back out and reject it; if no worker is left (core size 0,
     *       or the last one died), start one so the queued task is not stranded.</li>
     *   <li>The queue refused it (full, or the pool is shut down): try one worker beyond the core,
     *       up to {@code maximumPoolSize}. If that fails too, reject.</li>
     * </ol>
     * So a worker beyond the core is started only when the queue is full. With an unbounded queue the
     * pool never grows past its core, whatever {@code maximumPoolSize} says.
     *
     * @throws RejectedExecutionException if the handler is {@link AbortPolicy} and the task was rejected
     * @throws NullPointerException if {@code command} is null
     */
    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        int c = ctl.get();
        if (CtlBits.workerCountOf(c) < corePoolSize) {
            if (addWorker(command, UP_TO_CORE)) {
                return;
            }
            c = ctl.get();
        }
        if (isRunning(c) && workQueue.offer(command)) {
            int recheck = ctl.get();
            if (!isRunning(recheck) && remove(command)) {
                reject(command);
            } else if (CtlBits.workerCountOf(recheck) == 0) {
                addWorker(null, UP_TO_MAXIMUM);
            }
            return;
        }
        if (!addWorker(command, UP_TO_MAXIMUM)) {
            reject(command);
        }
    }

    // ------------------------------------------------------------------ adding a worker

    /** For {@link #addWorker}: the new worker may only fill the core, up to {@code corePoolSize}. */
    protected static final boolean UP_TO_CORE = true;

    /** For {@link #addWorker}: the new worker may grow the pool beyond the core, up to {@code maximumPoolSize}. */
    protected static final boolean UP_TO_MAXIMUM = false;

    /**
     * Counts, registers and starts one worker.
     *
     * <p>Counting comes first and is a CAS retry loop ({@link CtlWord#tryIncrement(int, boolean)}):
     * it claims a slot below the limit in the state that was checked, or fails without side effects.
     * Only then is the thread made, because making one is expensive and may fail. Registering happens
     * under {@link #mainLock} with the run state checked again, because {@code shutdownNow} visits the
     * set under the same lock: a worker is either in the set before it (and gets interrupted) or sees
     * STOP and is not added at all. So no worker joins a pool that has stopped.
     *
     * @param firstTask the task the new worker runs first, or null for a worker that takes from the queue
     * @param core      {@link #UP_TO_CORE} or {@link #UP_TO_MAXIMUM}: which size limits the count
     * @return whether a worker was started
     */
    protected final boolean addWorker(Runnable firstTask, boolean core) {
        int limit = Math.min(core ? corePoolSize : maximumPoolSize, CtlBits.COUNT_MASK);
        if (!ctl.tryIncrement(limit, firstTask == null && !workQueue.isEmpty())) {
            return false;
        }
        Worker worker = null;
        boolean started = false;
        try {
            worker = new Worker(firstTask);
            Thread thread = worker.thread;
            if (thread != null && register(worker, firstTask)) {
                thread.start();
                started = true;
            }
        } finally {
            if (!started) {
                addWorkerFailed(worker);
            }
        }
        return started;
    }

    /** Adds the worker to the set unless the pool moved on; the count was already taken. */
    private boolean register(Worker worker, Runnable firstTask) {
        mainLock.lock();
        try {
            int c = ctl.get();
            boolean allowed = isRunning(c) || (CtlBits.runStateOf(c) == CtlBits.SHUTDOWN && firstTask == null);
            if (!allowed) {
                return false;
            }
            if (worker.thread.getState() != Thread.State.NEW) {
                throw new IllegalThreadStateException("the thread factory returned a started thread");
            }
            workers.add(worker);
            largestPoolSize = Math.max(largestPoolSize, workers.size());
            return true;
        } finally {
            mainLock.unlock();
        }
    }

    /** Undoes a counted worker that never started, and lets termination proceed if it was waiting on it. */
    private void addWorkerFailed(Worker worker) {
        mainLock.lock();
        try {
            if (worker != null) {
                workers.remove(worker);
            }
            ctl.decrement();
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
    }

    // ------------------------------------------------------------------ the worker

    /**
     * A worker is a thread plus the lock that says "I am running a task".
     *
     * <p>It is its own lock, and a non-reentrant one, for one reason: to interrupt only idle workers.
     * {@link #interruptIdleWorkers} calls {@code tryLock()} on each worker; it succeeds only on a
     * worker that is waiting for a task, never on one in the middle of a task. A {@code ReentrantLock}
     * would break that when the caller is itself a worker: a task that calls
     * {@link #setCorePoolSize} would re-acquire its own worker's lock and interrupt itself while
     * running. {@code PoolContractTest} checks that it does not, on both pools.
     *
     * <p>Lock state: -1 from construction until the thread has started running (so
     * {@link #interruptIfStarted} leaves it alone), 0 when idle, 1 while running a task.
     */
    private final class Worker extends AbstractQueuedSynchronizer implements Runnable {

        private static final long serialVersionUID = 1L;

        /** The thread this worker runs in; null if the factory refused to make one. */
        final transient Thread thread;
        /** The task to run before taking from the queue; cleared once taken. */
        transient Runnable firstTask;
        /** Written only by the worker's own thread, read by statistics under mainLock. */
        volatile long completedTasks;

        Worker(Runnable firstTask) {
            setState(-1);
            this.firstTask = firstTask;
            this.thread = threadFactory.newThread(this);
        }

        @Override
        public void run() {
            runWorker(this);
        }

        @Override
        protected boolean isHeldExclusively() {
            return getState() != 0;
        }

        @Override
        protected boolean tryAcquire(int unused) {
            if (compareAndSetState(0, 1)) {
                setExclusiveOwnerThread(Thread.currentThread());
                return true;
            }
            return false;
        }

        @Override
        protected boolean tryRelease(int unused) {
            setExclusiveOwnerThread(null);
            setState(0);
            return true;
        }

        void lock() {
            acquire(1);
        }

        boolean tryLock() {
            return tryAcquire(1);
        }

        void unlock() {
            release(1);
        }

        boolean isLocked() {
            return isHeldExclusively();
        }

        /** shutdownNow's interrupt: reaches busy and idle workers alike, but not one still starting. */
        void interruptIfStarted() {
            if (getState() >= 0 && !thread.isInterrupted()) {
                thread.interrupt();
            }
        }
    }

    /**
     * The worker's loop: run the first task, then every task {@link #getTask} hands out, until it
     * hands out null. A task that throws ends the loop too ("abruptly"): the exception propagates to
     * the thread's uncaught-exception handler, and {@link #processWorkerExit} starts a replacement.
     */
    private void runWorker(Worker worker) {
        Thread thread = Thread.currentThread();
        Runnable task = worker.firstTask;
        worker.firstTask = null;
        worker.unlock(); // -1 -> 0: from here on, shutdownNow may interrupt this worker
        boolean completedAbruptly = true;
        try {
            while (task != null || (task = getTask()) != null) {
                worker.lock();
                // A stopping pool's workers must be interrupted; a running pool's must not carry a
                // stale interrupt (one meant to wake them while idle) into the next task. Clearing the
                // flag can race with shutdownNow, so the state is checked again after clearing.
                if ((isStopping() || (Thread.interrupted() && isStopping())) && !thread.isInterrupted()) {
                    thread.interrupt();
                }
                try {
                    beforeExecute(thread, task);
                    try {
                        task.run();
                        afterExecute(task, null);
                    } catch (Throwable failure) {
                        afterExecute(task, failure);
                        throw failure;
                    }
                } finally {
                    task = null;
                    worker.completedTasks++;
                    worker.unlock();
                }
            }
            completedAbruptly = false;
        } finally {
            processWorkerExit(worker, completedAbruptly);
        }
    }

    /**
     * Blocks until there is a task for this worker, or returns null to tell it to exit. When it
     * returns null it has already decremented the worker count, so the decision to leave and the
     * count always agree.
     *
     * <p>A worker leaves when the pool is stopping, when it is shut down and the queue is empty, when
     * there are more workers than {@code maximumPoolSize} (it was lowered), or when it waited
     * {@code keepAliveTime} for nothing and is one it may let go (beyond the core, or any worker if
     * core threads may time out). It never leaves the last worker when tasks are still queued.
     */
    private Runnable getTask() {
        boolean timedOut = false;
        for (;;) {
            int c = ctl.get();
            if (CtlBits.runStateAtLeast(c, CtlBits.STOP)
                    || (CtlBits.runStateAtLeast(c, CtlBits.SHUTDOWN) && workQueue.isEmpty())) {
                ctl.decrement();
                return null;
            }
            int count = CtlBits.workerCountOf(c);
            boolean mayTimeOut = allowCoreThreadTimeOut || count > corePoolSize;
            if ((count > maximumPoolSize || (mayTimeOut && timedOut)) && (count > 1 || workQueue.isEmpty())) {
                // CAS from c: when two idle workers both decide "one too many", only one may go.
                if (ctl.compareAndDecrement(c)) {
                    return null;
                }
                continue;
            }
            try {
                Runnable task = mayTimeOut ? workQueue.poll(keepAliveNanos, TimeUnit.NANOSECONDS) : workQueue.take();
                if (task != null) {
                    return task;
                }
                timedOut = true;
            } catch (InterruptedException wokenUp) {
                // Interrupts reach an idle worker only to make it look at the state again.
                timedOut = false;
            }
        }
    }

    /**
     * Bookkeeping for a worker whose loop ended, then the two duties of an exiting worker: it may be
     * the last one a shut-down pool waited for ({@link #tryTerminate}), and in a pool that still runs
     * tasks it starts a replacement if it died of a task's exception or if too few workers are left
     * for the queue.
     */
    private void processWorkerExit(Worker worker, boolean completedAbruptly) {
        if (completedAbruptly) {
            ctl.decrement(); // getTask decremented for a normal exit, but not for a throwing task
        }
        mainLock.lock();
        try {
            completedTaskCount += worker.completedTasks;
            workers.remove(worker);
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
        int c = ctl.get();
        if (CtlBits.runStateAtLeast(c, CtlBits.STOP)) {
            return;
        }
        if (!completedAbruptly) {
            int needed = allowCoreThreadTimeOut ? 0 : corePoolSize;
            if (needed == 0 && !workQueue.isEmpty()) {
                needed = 1;
            }
            if (CtlBits.workerCountOf(c) >= needed) {
                return;
            }
        }
        addWorker(null, UP_TO_MAXIMUM);
    }

    // ------------------------------------------------------------------ shutting down

    /**
     * Stops accepting tasks; queued tasks still run. Idle workers are interrupted so that they see
     * the new state; busy ones find out when they next ask for a task. Does not wait.
     */
    @Override
    public void shutdown() {
        mainLock.lock();
        try {
            ctl.advanceRunState(CtlBits.SHUTDOWN);
            interruptIdleWorkers(EVERY_IDLE);
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
    }

    /**
     * Stops accepting tasks, takes the queued ones out and returns them, and interrupts every started
     * worker, busy or not. Interrupting is all it does to a running task: a task that ignores
     * interrupts runs to its end.
     */
    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> neverStarted;
        mainLock.lock();
        try {
            ctl.advanceRunState(CtlBits.STOP);
            for (Worker worker : workers) {
                worker.interruptIfStarted();
            }
            neverStarted = drainQueue();
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
        return neverStarted;
    }

    /** Empties the queue into a list; one by one for queues whose drainTo leaves some behind (DelayQueue). */
    private List<Runnable> drainQueue() {
        List<Runnable> drained = new ArrayList<>();
        workQueue.drainTo(drained);
        if (!workQueue.isEmpty()) {
            for (Runnable task : workQueue.toArray(new Runnable[0])) {
                if (workQueue.remove(task)) {
                    drained.add(task);
                }
            }
        }
        return drained;
    }

    /**
     * Moves the pool to TERMINATED if it has nothing left to do; called by every action that could
     * make that so (shutdown, a worker exiting, a task removed from the queue, a worker failing to
     * start).
     *
     * <p>If workers remain, it interrupts one idle worker and returns. That one wakes, sees the
     * shutdown, exits, and calls this method in turn, which wakes the next: the shutdown signal
     * travels from worker to worker, even to idle workers that were not yet in the set when
     * {@link #shutdown} sent its interrupts.
     *
     * <p>Many threads can get here at once. {@link CtlWord#tryEnterTidying()} lets exactly one of
     * them move to TIDYING; only that one runs {@link #terminated()} and then sets TERMINATED.
     */
    final void tryTerminate() {
        for (;;) {
            int c = ctl.get();
            if (isRunning(c) || CtlBits.runStateAtLeast(c, CtlBits.TIDYING)
                    || (CtlBits.runStateOf(c) == CtlBits.SHUTDOWN && !workQueue.isEmpty())) {
                return;
            }
            if (CtlBits.workerCountOf(c) != 0) {
                interruptIdleWorkers(ONLY_ONE);
                return;
            }
            mainLock.lock();
            try {
                if (ctl.tryEnterTidying()) {
                    try {
                        terminated();
                    } finally {
                        ctl.markTerminated();
                        termination.signalAll();
                    }
                    return;
                }
            } finally {
                mainLock.unlock();
            }
            // Lost the race, or the word changed under us: look again.
        }
    }

    /** For {@link #interruptIdleWorkers}: wake at most one idle worker, to pass a termination signal on. */
    private static final boolean ONLY_ONE = true;

    /** For {@link #interruptIdleWorkers}: wake every idle worker, to make each look at a new setting or state. */
    private static final boolean EVERY_IDLE = false;

    /**
     * Interrupts workers that are waiting for a task, never one running a task: that is what the
     * worker's own lock is for. With {@link #ONLY_ONE}, interrupts at most one (see {@link #tryTerminate}).
     */
    private void interruptIdleWorkers(boolean onlyOne) {
        mainLock.lock();
        try {
            for (Worker worker : workers) {
                Thread thread = worker.thread;
                if (!thread.isInterrupted() && worker.tryLock()) {
                    try {
                        thread.interrupt();
                    } finally {
                        worker.unlock();
                    }
                }
                if (onlyOne) {
                    break;
                }
            }
        } finally {
            mainLock.unlock();
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        mainLock.lock();
        try {
            while (!CtlBits.runStateAtLeast(ctl.get(), CtlBits.TERMINATED)) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = termination.awaitNanos(nanos);
            }
            return true;
        } finally {
            mainLock.unlock();
        }
    }

    @Override
    public boolean isShutdown() {
        return !isRunning(ctl.get());
    }

    /** True after shutdown while tasks or workers remain: TERMINATED has not been reached yet. */
    public boolean isTerminating() {
        int c = ctl.get();
        return !isRunning(c) && !CtlBits.runStateAtLeast(c, CtlBits.TERMINATED);
    }

    @Override
    public boolean isTerminated() {
        return CtlBits.runStateAtLeast(ctl.get(), CtlBits.TERMINATED);
    }

    // ------------------------------------------------------------------ hooks

    /**
     * Runs in the worker thread before each task; a subclass may set up context here.
     *
     * @param thread the worker thread, which is the current thread
     * @param task   the task about to run
     */
    protected void beforeExecute(Thread thread, Runnable task) {
    }

    /**
     * Runs in the worker thread after each task, also when it threw ({@code failure} non-null).
     * Tasks submitted with {@code submit} catch their own exceptions inside the Future, so for them
     * {@code failure} is null.
     *
     * @param task    the task that ran
     * @param failure what the task threw, or null
     */
    protected void afterExecute(Runnable task, Throwable failure) {
    }

    /** Runs once, in the thread that moved the pool to TIDYING, before it becomes TERMINATED. */
    protected void terminated() {
    }

    // ------------------------------------------------------------------ rejection

    /** Called when {@link #execute} cannot take a task; this pool's counterpart of the JDK's handler. */
    public interface RejectionHandler {
        /**
         * Deals with a task the pool could not take; may throw to tell the caller of {@code execute}.
         *
         * @param task the rejected task
         * @param pool the pool that rejected it
         */
        void rejectedExecution(Runnable task, ScratchThreadPoolExecutor pool);
    }

    /** Default: throw {@link RejectedExecutionException} at the caller of {@code execute}. */
    public static class AbortPolicy implements RejectionHandler {
        /** Creates the policy; it has no state. */
        public AbortPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable task, ScratchThreadPoolExecutor pool) {
            throw new RejectedExecutionException("Task " + task + " rejected from " + pool);
        }
    }

    /** Run the task in the caller's thread, which slows the caller down; drop it if the pool is shut down. */
    public static class CallerRunsPolicy implements RejectionHandler {
        /** Creates the policy; it has no state. */
        public CallerRunsPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable task, ScratchThreadPoolExecutor pool) {
            if (!pool.isShutdown()) {
                task.run();
            }
        }
    }

    /** Drop the task without a word. */
    public static class DiscardPolicy implements RejectionHandler {
        /** Creates the policy; it has no state. */
        public DiscardPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable task, ScratchThreadPoolExecutor pool) {
        }
    }

    /** Drop the oldest queued task and try again; drop the new one if the pool is shut down. */
    public static class DiscardOldestPolicy implements RejectionHandler {
        /** Creates the policy; it has no state. */
        public DiscardOldestPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable task, ScratchThreadPoolExecutor pool) {
            if (!pool.isShutdown()) {
                pool.getQueue().poll();
                pool.execute(task);
            }
        }
    }

    /**
     * Hands {@code command} to the rejection handler.
     *
     * @param command the task that {@link #execute} cannot take
     */
    protected final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    // ------------------------------------------------------------------ settings and statistics

    /** The current ctl word, for watching the state machine (see {@link CtlBits#toBinary}). */
    public int ctl() {
        return ctl.get();
    }

    /** Removes a queued task so that it never runs; the queue may have been the last thing termination waited for. */
    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    /**
     * Takes every cancelled {@link Future} out of the queue. A cancelled future that is still queued
     * costs memory until a worker takes it (and finds nothing to do), and it holds a shut-down pool
     * open: SHUTDOWN ends only when the queue is empty. Like {@link #remove}, it may have removed the
     * last thing termination waited for.
     *
     * <p>Iterating a queue that workers take from concurrently can fail on queues whose iterators are
     * not weakly consistent; then it falls back to a snapshot, as the JDK does.
     */
    public void purge() {
        try {
            workQueue.removeIf(ScratchThreadPoolExecutor::isCancelledFuture);
        } catch (ConcurrentModificationException interference) {
            for (Runnable task : workQueue.toArray(new Runnable[0])) {
                if (isCancelledFuture(task)) {
                    workQueue.remove(task);
                }
            }
        }
        tryTerminate();
    }

    private static boolean isCancelledFuture(Runnable task) {
        return task instanceof Future<?> future && future.isCancelled();
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    /**
     * Changes the core size. Shrinking interrupts idle workers so the surplus can time out; growing
     * starts workers at once, but only as many as there are queued tasks for them.
     *
     * @throws IllegalArgumentException if {@code corePoolSize < 0} or greater than the maximum
     */
    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException("core " + corePoolSize + ", maximum " + maximumPoolSize);
        }
        int growth = corePoolSize - this.corePoolSize;
        this.corePoolSize = corePoolSize;
        if (CtlBits.workerCountOf(ctl.get()) > corePoolSize) {
            interruptIdleWorkers(EVERY_IDLE);
        } else if (growth > 0) {
            for (int k = Math.min(growth, workQueue.size()); k > 0 && addWorker(null, UP_TO_CORE); k--) {
                if (workQueue.isEmpty()) {
                    break;
                }
            }
        }
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    /** @throws IllegalArgumentException if {@code maximumPoolSize <= 0} or below the core size */
    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException("core " + corePoolSize + ", maximum " + maximumPoolSize);
        }
        this.maximumPoolSize = maximumPoolSize;
        if (CtlBits.workerCountOf(ctl.get()) > maximumPoolSize) {
            interruptIdleWorkers(EVERY_IDLE);
        }
    }

    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveNanos, TimeUnit.NANOSECONDS);
    }

    /** @throws IllegalArgumentException if negative, or zero while core threads may time out */
    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0 || (time == 0 && allowCoreThreadTimeOut)) {
            throw new IllegalArgumentException("keep-alive " + time + (allowCoreThreadTimeOut
                    ? " (core threads may time out, so it must be positive)" : ""));
        }
        long shorterBy = keepAliveNanos - unit.toNanos(time);
        keepAliveNanos = unit.toNanos(time);
        if (shorterBy > 0) {
            interruptIdleWorkers(EVERY_IDLE); // waiting workers re-arm with the shorter time
        }
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    /**
     * Lets core workers time out too, so an idle pool can shrink to zero threads.
     *
     * @throws IllegalArgumentException if {@code value} is true and the keep-alive time is zero: core
     *         workers would exit as soon as the queue is empty, only to be restarted by the next task
     */
    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveNanos <= 0) {
            throw new IllegalArgumentException("core threads may time out only with a positive keep-alive time");
        }
        if (value != allowCoreThreadTimeOut) {
            allowCoreThreadTimeOut = value;
            if (value) {
                interruptIdleWorkers(EVERY_IDLE);
            }
        }
    }

    /** Starts one core worker ahead of any task; false if the core is already full. */
    public boolean prestartCoreThread() {
        return CtlBits.workerCountOf(ctl.get()) < corePoolSize && addWorker(null, UP_TO_CORE);
    }

    /** Starts every missing core worker ahead of any task. @return how many were started */
    public int prestartAllCoreThreads() {
        int started = 0;
        while (addWorker(null, UP_TO_CORE)) {
            started++;
        }
        return started;
    }

    /** {@return the factory that makes every worker's thread} */
    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    /**
     * Changes the factory for the workers started from now on.
     *
     * @param threadFactory the new factory
     */
    public void setThreadFactory(ThreadFactory threadFactory) {
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
    }

    /** {@return the handler of the tasks that execute cannot take} */
    public RejectionHandler getRejectedExecutionHandler() {
        return handler;
    }

    /**
     * Changes the handler of rejected tasks.
     *
     * @param handler the new handler
     */
    public void setRejectedExecutionHandler(RejectionHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** Workers in the set; 0 once the pool is TIDYING or later. */
    public int getPoolSize() {
        mainLock.lock();
        try {
            return CtlBits.runStateAtLeast(ctl.get(), CtlBits.TIDYING) ? 0 : workers.size();
        } finally {
            mainLock.unlock();
        }
    }

    /** Workers running a task right now: those holding their own lock. An estimate, as in the JDK. */
    public int getActiveCount() {
        mainLock.lock();
        try {
            return (int) workers.stream().filter(Worker::isLocked).count();
        } finally {
            mainLock.unlock();
        }
    }

    public int getLargestPoolSize() {
        mainLock.lock();
        try {
            return largestPoolSize;
        } finally {
            mainLock.unlock();
        }
    }

    /** Tasks ever scheduled: completed, running and queued. An estimate while tasks are moving. */
    public long getTaskCount() {
        mainLock.lock();
        try {
            long running = workers.stream().filter(Worker::isLocked).count();
            return completedTasksLocked() + running + workQueue.size();
        } finally {
            mainLock.unlock();
        }
    }

    public long getCompletedTaskCount() {
        mainLock.lock();
        try {
            return completedTasksLocked();
        } finally {
            mainLock.unlock();
        }
    }

    private long completedTasksLocked() {
        long total = completedTaskCount;
        for (Worker worker : workers) {
            total += worker.completedTasks;
        }
        return total;
    }

    @Override
    public String toString() {
        int c = ctl.get();
        return super.toString() + "[" + CtlBits.nameOf(CtlBits.runStateOf(c)) + ", workers = " + CtlBits.workerCountOf(c)
                + ", queued tasks = " + workQueue.size() + "]";
    }

    private static boolean isRunning(int c) {
        return CtlBits.runStateOf(c) == CtlBits.RUNNING;
    }

    private boolean isStopping() {
        return CtlBits.runStateAtLeast(ctl.get(), CtlBits.STOP);
    }
}
