package dev.threadpools.anatomy;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.TaskGate;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * Demo 04: keep-alive. Threads beyond core that stay idle for {@code keepAliveTime} end; with
 * {@code allowCoreThreadTimeOut(true)} core threads do too, down to zero. And the opposite direction:
 * {@code prestartAllCoreThreads()} starts the core threads before any task arrives.
 *
 * <p>A pool with core 1, maximum 4 and a keep-alive of 200 ms runs four blocking tasks, then goes
 * idle. Look for: the pool size falls from 4 to 1 (not to 0) about 200 ms after the tasks end; after
 * {@code allowCoreThreadTimeOut(true)} it falls to 0.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=04}
 */
public final class Demo04_KeepAlive {

    private static final long KEEP_ALIVE_MILLIS = 200;

    private Demo04_KeepAlive() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo04_KeepAlive (takes no arguments)");
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 4, KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS,
                new SynchronousQueue<>(), new PoolThreadFactory("keepalive"));
        try {
            TaskGate gate = new TaskGate();
            for (int i = 0; i < 4; i++) {
                pool.execute(gate.task());
            }
            gate.awaitStarted(4);
            System.out.printf("core=1 max=4 keepAlive=%d ms; 4 blocking tasks running: pool size %d%n",
                    KEEP_ALIVE_MILLIS, pool.getPoolSize());
            long idleSince = System.nanoTime();
            gate.open();
            watch(pool, idleSince, size -> size == 1);
            System.out.println("  -> the extra threads timed out; the core thread waits for work forever");

            pool.allowCoreThreadTimeOut(true);
            System.out.println("allowCoreThreadTimeOut(true):");
            watch(pool, System.nanoTime(), size -> size == 0);
            System.out.println("  -> an idle pool can shrink to zero threads; the next task starts a new one");

            pool.allowCoreThreadTimeOut(false);
            pool.setCorePoolSize(3);
            System.out.printf("setCorePoolSize(3), prestartAllCoreThreads() started %d thread(s): pool size %d%n",
                    pool.prestartAllCoreThreads(), pool.getPoolSize());
            System.out.printf("prestartCoreThread() once more: %b (all core threads already run)%n",
                    pool.prestartCoreThread());
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Prints the pool size every 50 ms until {@code done} holds for it (or three seconds pass). The
     * sleep here is sampling for a human, not synchronisation: tests wait with Awaitility instead.
     */
    private static void watch(ThreadPoolExecutor pool, long sinceNanos, IntPredicate done) throws InterruptedException {
        long deadline = sinceNanos + TimeUnit.SECONDS.toNanos(3);
        int last = -1;
        while (System.nanoTime() < deadline) {
            int size = pool.getPoolSize();
            if (size != last) {
                System.out.printf("  t=%4d ms  pool size %d%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos), size);
                last = size;
            }
            if (done.test(size)) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
