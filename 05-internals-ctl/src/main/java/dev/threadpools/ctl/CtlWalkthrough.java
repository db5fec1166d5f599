package dev.threadpools.ctl;

import dev.threadpools.ctl.ObservablePool.Hooks;
import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Uninterruptibly;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scripted life of a pool, with the ctl word read after every step: the material of demos 01 and
 * 02 and of the README's binary walk-through. The same script runs on the JDK's pool and on ours,
 * and {@code CtlWalkthroughTest} checks that both produce the same states and counts.
 *
 * <p>Every step waits for what it describes (latches, not sleeps), so the table is the same on every
 * run: the tasks block on a gate until the script opens it, and worker exits are observed through
 * the thread factory.
 */
public final class CtlWalkthrough {

    /** Makes the pool under test, with the abort policy and {@code hooks}. */
    @FunctionalInterface
    public interface PoolMaker {
        ObservablePool make(int core, int max, long keepAliveMillis, BlockingQueue<Runnable> queue,
                ThreadFactory threadFactory, Hooks hooks);
    }

    /** The JDK's pool, for demo 01. */
    public static final PoolMaker JDK_POOL = (core, max, keepAliveMillis, queue, threadFactory, hooks) ->
            ObservablePool.jdk(core, max, keepAliveMillis, TimeUnit.MILLISECONDS, queue, threadFactory,
                    new ThreadPoolExecutor.AbortPolicy(), hooks);

    /** Our pool, for demo 02. */
    public static final PoolMaker SCRATCH_POOL = (core, max, keepAliveMillis, queue, threadFactory, hooks) ->
            ObservablePool.scratch(core, max, keepAliveMillis, TimeUnit.MILLISECONDS, queue, threadFactory,
                    new ScratchThreadPoolExecutor.AbortPolicy(), hooks);

    /** One line of the table: what just happened and the ctl word read right after it. */
    public record Step(String event, int ctl, int queued) {

        public int runState() {
            return CtlBits.runStateOf(ctl);
        }

        public int workerCount() {
            return CtlBits.workerCountOf(ctl);
        }
    }

    private final PoolMaker maker;
    private final long keepAliveMillis;
    private final List<Step> steps = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param keepAliveMillis how long workers beyond the core wait idle before they leave
     * @throws IllegalArgumentException if {@code keepAliveMillis <= 0}
     * @throws NullPointerException if {@code maker} is null
     */
    public CtlWalkthrough(PoolMaker maker, long keepAliveMillis) {
        if (keepAliveMillis <= 0) {
            throw new IllegalArgumentException("keep-alive must be positive: " + keepAliveMillis);
        }
        this.maker = Objects.requireNonNull(maker, "maker");
        this.keepAliveMillis = keepAliveMillis;
    }

    /** Runs both lives (ending in shutdown, ending in shutdownNow) and returns the steps in order. */
    public List<Step> run() throws InterruptedException {
        shutdownLife();
        shutdownNowLife();
        return List.copyOf(steps);
    }

    /**
     * Core 2, maximum 4, a queue of 2: fill the core, fill the queue, grow to the maximum, get
     * rejected, shrink back by keep-alive, then shutdown() and drain.
     */
    private void shutdownLife() throws InterruptedException {
        CountDownLatch workersExited = new CountDownLatch(2);
        ObservablePool pool = maker.make(2, 4, keepAliveMillis, new ArrayBlockingQueue<>(2),
                countingExits(workersExited), recordingTerminated());
        try {
            record("new pool: core 2, max 4, queue 2", pool);
            CountDownLatch gate = new CountDownLatch(1);
            String[] where = {"core worker", "core worker", "queued", "queued", "worker beyond core", "worker beyond core"};
            for (int i = 0; i < where.length; i++) {
                pool.execute(() -> awaitQuietly(gate));
                record("execute task " + (i + 1) + " -> " + where[i], pool);
            }
            try {
                pool.execute(() -> awaitQuietly(gate));
                throw new IllegalStateException("a full pool accepted a 7th task");
            } catch (RejectedExecutionException expected) {
                record("execute task 7 -> rejected", pool);
            }
            gate.countDown();
            workersExited.await();
            record("gate open, keep-alive expired twice", pool);

            // Two tasks first, and only once both run, the third: executed all at once, they could
            // find the queue full before the idle workers emptied it, and start a third worker.
            CountDownLatch secondGate = new CountDownLatch(1);
            CountDownLatch bothBusy = new CountDownLatch(2);
            Runnable blocking = () -> {
                bothBusy.countDown();
                awaitQuietly(secondGate);
            };
            pool.execute(blocking);
            pool.execute(blocking);
            bothBusy.await();
            pool.execute(blocking);
            record("3 tasks: 2 running, 1 queued", pool);
            pool.shutdown();
            record("shutdown()", pool);
            secondGate.countDown();
            awaitTerminationAndRecord(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One worker busy, two tasks queued, then shutdownNow(): RUNNING goes straight to STOP. The busy
     * task ignores the interrupt until the script lets it finish, so the table can show a stopped
     * pool that still has a worker: STOP does not stop a task, it only asks it to stop.
     */
    private void shutdownNowLife() throws InterruptedException {
        ObservablePool pool = maker.make(1, 1, keepAliveMillis, new LinkedBlockingQueue<>(),
                countingExits(new CountDownLatch(0)), recordingTerminated());
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            pool.execute(() -> {
                started.countDown();
                Uninterruptibly.await(finish); // ignores the interrupt of shutdownNow()
            });
            pool.execute(() -> { });
            pool.execute(() -> { });
            started.await();
            record("new pool(1, 1): 1 running, 2 queued", pool);
            int returned = pool.shutdownNow().size();
            record("shutdownNow() returned " + returned + " tasks", pool);
            finish.countDown();
            awaitTerminationAndRecord(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private void record(String event, ObservablePool pool) {
        steps.add(new Step(event, pool.ctl(), pool.getQueue().size()));
    }

    /** The hook that puts TIDYING in the table: the word as {@code terminated()} sees it. */
    private Hooks recordingTerminated() {
        return Hooks.onTerminated(pool -> record("  terminated() hook is running", pool));
    }

    /** The last step of both lives; a pool that does not terminate fails the script instead of hanging it. */
    private void awaitTerminationAndRecord(ObservablePool pool) throws InterruptedException {
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pool did not terminate: " + pool);
        }
        record("awaitTermination returned", pool);
    }

    /** Threads that count down {@code exited} as their last act, so the script can wait for keep-alive. */
    private static ThreadFactory countingExits(CountDownLatch exited) {
        return task -> new Thread(() -> {
            try {
                task.run();
            } finally {
                exited.countDown();
            }
        });
    }

    /** The blocking task of the first life; an interrupt ends it early and is passed on. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The keep-alive of demos 01 and 02 when they are given none: short, so the demos are quick. */
    private static final int DEMO_KEEP_ALIVE_MILLIS = 100;

    /**
     * The {@code main} of demos 01 and 02: one optional argument, the keep-alive in milliseconds;
     * runs the script on {@code maker}'s pool and prints the table.
     */
    static void demoMain(String demoName, String poolLabel, PoolMaker maker, String[] args)
            throws InterruptedException {
        int keepAliveMillis = DemoArgs.positiveInts(args, demoName + " [KEEP_ALIVE_MILLIS > 0]",
                DEMO_KEEP_ALIVE_MILLIS)[0];
        System.out.printf("The ctl word of %s, read after every step%n(keep-alive %d ms; %d cores, Java %s).%n",
                poolLabel, keepAliveMillis, Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.println(legend());
        System.out.println();
        print(new CtlWalkthrough(maker, keepAliveMillis).run(), System.out);
    }

    /** What the bits mean, spelled from {@link CtlBits}'s constants: "High 3 bits: run state (111 RUNNING, ...". */
    static String legend() {
        StringJoiner states = new StringJoiner(", ", "High 3 bits: run state (", ").");
        for (int state : new int[] {CtlBits.RUNNING, CtlBits.SHUTDOWN, CtlBits.STOP, CtlBits.TIDYING, CtlBits.TERMINATED}) {
            states.add(CtlBits.toBinary(state).substring(0, 3) + " " + CtlBits.nameOf(state));
        }
        return states + System.lineSeparator() + "Low " + CtlBits.COUNT_BITS + " bits: the worker count.";
    }

    /** Prints the steps as an aligned ASCII table. */
    public static void print(List<Step> steps, PrintStream out) {
        out.printf("  %-38s %-33s %-10s %7s %6s%n", "step", "ctl = state|worker count", "state", "workers", "queued");
        for (Step step : steps) {
            out.printf("  %-38s %-33s %-10s %7d %6d%n", step.event(), CtlBits.toBinary(step.ctl()),
                    CtlBits.nameOf(step.runState()), step.workerCount(), step.queued());
        }
    }
}
