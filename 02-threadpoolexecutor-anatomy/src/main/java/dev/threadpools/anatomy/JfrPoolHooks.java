package dev.threadpools.anatomy;

import java.util.Objects;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * Emits Java Flight Recorder events from a pool's hooks: one {@link TaskEvent} per task, timed from
 * {@code beforeExecute} to {@code afterExecute}, and one {@link TerminatedEvent} per pool.
 *
 * <p>The JDK itself has no thread pool events (the seed's {@code jdk.ThreadPoolSubmit} and
 * {@code jdk.ThreadPoolTerminate} do not exist: {@code DiagnosticsTest} lists the JDK's event types),
 * so an application that wants pool activity in a recording defines its own, like this. An event
 * that is not enabled in a running recording costs a branch: {@code shouldCommit()} is false and
 * nothing is written.
 */
public final class JfrPoolHooks implements PoolHooks {

    /** A task that ran on a pool. Its duration is the time the task itself took. */
    @Name("dev.threadpools.Task")
    @Label("Pool Task")
    @Category({"Thread Pools"})
    @Description("One task run by a ThreadPoolExecutor, from beforeExecute to afterExecute")
    public static final class TaskEvent extends Event {
        @Label("Pool")
        public String pool;
        @Label("Task")
        public String task;
        @Label("Failure")
        @Description("Class of what the task threw, or null if it completed normally")
        public String failure;
    }

    /** A pool reached TERMINATED. */
    @Name("dev.threadpools.PoolTerminated")
    @Label("Pool Terminated")
    @Category({"Thread Pools"})
    public static final class TerminatedEvent extends Event {
        @Label("Pool")
        public String pool;
    }

    /** The event of the task running on this worker; a worker runs one task at a time. */
    private final ThreadLocal<TaskEvent> current = new ThreadLocal<>();
    private final String poolName;

    /**
     * @param poolName recorded in every event, to tell pools apart in one recording
     * @throws NullPointerException if {@code poolName} is null
     */
    public JfrPoolHooks(String poolName) {
        this.poolName = Objects.requireNonNull(poolName, "poolName");
    }

    @Override
    public void beforeTask(Thread worker, Runnable task) {
        TaskEvent event = new TaskEvent();
        event.begin();
        current.set(event);
    }

    @Override
    public void afterTask(Runnable task, Throwable failure) {
        TaskEvent event = current.get();
        current.remove();   // the worker will run other tasks: leave nothing behind (see ThreadLocalLeak)
        if (event == null) {
            return;   // beforeTask did not run for this task (it threw): nothing to close
        }
        event.end();
        if (event.shouldCommit()) {
            event.pool = poolName;
            event.task = task.getClass().getName();
            event.failure = failure == null ? null : failure.getClass().getName();
            event.commit();
        }
    }

    @Override
    public void terminated() {
        TerminatedEvent event = new TerminatedEvent();
        event.pool = poolName;
        event.commit();
    }
}
