package dev.threadpools.rejection;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Demo 05: {@code CallerRunsPolicy} runs a rejected task on the thread that submitted it, and when
 * that thread is an event loop, the whole loop stops for as long as the task runs.
 *
 * <p>An event loop (one thread; every event of a connection, timer or UI goes through it) hands a
 * slow task (half a second of simulated blocking I/O) to a worker pool that is saturated. The policy
 * runs the slow task on the event loop. A heartbeat posted right after it has to wait until the slow
 * task is done. The demo prints how late the heartbeat was.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 03-rejection-policies -Ddemo=05}
 */
public final class Demo05_CallerRunsOnAnEventLoop {

    private static final long SLOW_TASK_MILLIS = 500;

    private Demo05_CallerRunsOnAnEventLoop() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException, TimeoutException {
        DemoArgs.none(args, "Demo05_CallerRunsOnAnEventLoop (takes no arguments)");
        ThreadPoolExecutor eventLoop = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> new Thread(runnable, "event-loop"));
        try (SaturatedPool workers = SaturatedPool.saturate(2, 4, new ThreadPoolExecutor.CallerRunsPolicy())) {
            String[] ranOn = new String[1];
            eventLoop.execute(() -> workers.executor().execute(() -> {
                ranOn[0] = Thread.currentThread().getName();
                BackPressureRun.simulateBlockingIo(TimeUnit.MILLISECONDS.toNanos(SLOW_TASK_MILLIS));
            }));
            long posted = System.nanoTime();
            Future<Long> heartbeat = eventLoop.submit(() -> System.nanoTime() - posted);
            long lateNanos = heartbeat.get(10, TimeUnit.SECONDS);
            System.out.printf("The slow task (%d ms of blocking I/O) ran on: %s%n", SLOW_TASK_MILLIS, ranOn[0]);
            System.out.printf("A heartbeat posted right after it waited %d ms for the event loop.%n",
                    TimeUnit.NANOSECONDS.toMillis(lateNanos));
            System.out.println("Every connection, timer and UI event on that loop was frozen just as long.");
            System.out.println("(" + Machine.describe() + ")");
        } finally {
            eventLoop.shutdown();
            eventLoop.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
