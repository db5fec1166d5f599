package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.CtlBits;
import dev.threadpools.ctl.ScratchThreadPoolExecutor;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 03, reference solution: the three steps, as in {@link ScratchThreadPoolExecutor#execute},
 * written against the pool's protected and public API only. It repeats that method on purpose: the
 * exercise is to write it again, and this is the answer to compare with.
 */
public class Exercise03_ExecuteSteps extends ScratchThreadPoolExecutor {

    public Exercise03_ExecuteSteps(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectionHandler handler) {
        super(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, handler);
    }

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException("command");
        }
        int c = ctl();
        if (CtlBits.workerCountOf(c) < getCorePoolSize()) {
            if (addWorker(command, UP_TO_CORE)) {
                return;
            }
            c = ctl();
        }
        if (CtlBits.runStateOf(c) == CtlBits.RUNNING && getQueue().offer(command)) {
            int recheck = ctl();
            if (CtlBits.runStateOf(recheck) != CtlBits.RUNNING && remove(command)) {
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
}
