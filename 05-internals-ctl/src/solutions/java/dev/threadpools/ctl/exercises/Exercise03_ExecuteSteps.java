package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.Ctl;
import dev.threadpools.ctl.ScratchThreadPoolExecutor;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 03, reference solution: the three steps, as in {@link ScratchThreadPoolExecutor#execute},
 * written against the pool's protected and public API only.
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
        if (Ctl.workerCountOf(c) < getCorePoolSize()) {
            if (addWorker(command, true)) {
                return;
            }
            c = ctl();
        }
        if (Ctl.runStateOf(c) == Ctl.RUNNING && getQueue().offer(command)) {
            int recheck = ctl();
            if (Ctl.runStateOf(recheck) != Ctl.RUNNING && remove(command)) {
                reject(command);
            } else if (Ctl.workerCountOf(recheck) == 0) {
                addWorker(null, false);
            }
            return;
        }
        if (!addWorker(command, false)) {
            reject(command);
        }
    }
}
