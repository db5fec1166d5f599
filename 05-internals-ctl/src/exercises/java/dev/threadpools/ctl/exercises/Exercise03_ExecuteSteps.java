package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.ScratchThreadPoolExecutor;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 03: write {@code execute} for the from-scratch pool. Everything else (workers, queue,
 * shutdown) is inherited from {@link ScratchThreadPoolExecutor}; the grader runs the JDK's
 * task-addition contract ({@code TaskAdditionContractTest}) against this class.
 *
 * <p>The three steps, each tried only if the one before failed:
 * <ol>
 *   <li>Fewer than {@link #getCorePoolSize()} workers ({@code CtlBits.workerCountOf(ctl())}):
 *       start a worker with this task as its first, {@code addWorker(command, UP_TO_CORE)}. If
 *       that fails (the core filled up or the pool shut down meanwhile), read {@code ctl()} again
 *       and go on.</li>
 *   <li>If the pool is RUNNING ({@code CtlBits.runStateOf(c) == CtlBits.RUNNING}) and
 *       {@code getQueue().offer(command)} succeeds, the task is queued. Then read {@code ctl()}
 *       again: if the pool is no longer running and {@code remove(command)} succeeds, reject it;
 *       otherwise, if there are no workers left, start one without a task,
 *       {@code addWorker(null, UP_TO_MAXIMUM)}, so the queued task is not stranded.</li>
 *   <li>Otherwise (queue full or pool shut down): try a worker beyond the core,
 *       {@code addWorker(command, UP_TO_MAXIMUM)}; if that fails too, {@code reject(command)}.</li>
 * </ol>
 * A null {@code command} throws {@link NullPointerException}.
 *
 * <p>Check: {@code ./mvnw -q test -pl 05-internals-ctl -Pexercises -Dexercise=03}
 */
public class Exercise03_ExecuteSteps extends ScratchThreadPoolExecutor {

    // The reference solution's constructor, on purpose: the test compiles against either class.
    public Exercise03_ExecuteSteps(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectionHandler handler) {
        super(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, handler);
    }

    @Override
    public void execute(Runnable command) {
        throw new UnsupportedOperationException("Exercise 03 is not solved yet. Hint: step 1 core worker "
                + "(addWorker(command, UP_TO_CORE)), step 2 queue and recheck ctl() after the offer, step 3 "
                + "addWorker(command, UP_TO_MAXIMUM) or reject(command).");
    }
}
