package dev.threadpools.anatomy;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Demo 06: the {@code ThreadFactory} and the three hooks, and where a task's exception goes.
 *
 * <p>One failing task is run with {@code execute}, one with {@code submit}. Look for: the
 * {@code execute}d failure reaches the thread's {@code UncaughtExceptionHandler} and kills the worker,
 * so the factory is asked for a replacement thread; the {@code submit}ted failure is caught by the
 * {@code FutureTask}, the handler never hears of it and the worker survives. Only the
 * {@code afterExecute} hook, digging in the {@code Future}, sees both. Finally {@code terminated()}
 * runs once, after shutdown.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=06}
 */
public final class Demo06_FactoryAndHooks {

    private Demo06_FactoryAndHooks() {
    }

    public static void main(String[] args) throws Exception {
        DemoArgs.none(args, "Demo06_FactoryAndHooks (takes no arguments)");
        CountDownLatch uncaught = new CountDownLatch(1);
        // Released by afterExecute, so that the output of one step is complete before the next starts.
        Semaphore afterExecuted = new Semaphore(0);
        PoolThreadFactory factory = new PoolThreadFactory("billing", true, (thread, failure) -> {
            System.out.printf("  [UncaughtExceptionHandler] %s died of %s%n", thread.getName(), failure);
            uncaught.countDown();
        });
        PoolHooks printing = new PoolHooks() {
            @Override
            public void beforeTask(Thread worker, Runnable task) {
                System.out.printf("  [beforeExecute] on %s (daemon=%b)%n", worker.getName(), worker.isDaemon());
            }

            @Override
            public void afterTask(Runnable task, Throwable failure) {
                System.out.printf("  [afterExecute]  on %s, failure: %s%n", Thread.currentThread().getName(), failure);
                afterExecuted.release();
            }

            @Override
            public void terminated() {
                System.out.println("  [terminated]    the pool is TERMINATED");
            }
        };
        HookedThreadPoolExecutor pool = new HookedThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory, new ThreadPoolExecutor.AbortPolicy(), printing);
        try {
            System.out.println("execute(task that throws):");
            pool.execute(() -> {
                throw new IllegalStateException("boom from execute");
            });
            uncaught.await(5, TimeUnit.SECONDS);

            System.out.println("submit(task that throws), nobody calls get():");
            pool.submit(() -> {
                throw new IllegalStateException("boom from submit");
            });
            afterExecuted.tryAcquire(2, 5, TimeUnit.SECONDS);
            System.out.println("a task that completes normally:");
            pool.submit(() -> { }).get();
            afterExecuted.tryAcquire(1, 5, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        System.out.printf("threads the factory made: %s%n", factory.createdThreads().stream().map(Thread::getName).toList());
        System.out.println("(billing-2 replaced billing-1, which died of the execute()d exception;");
        System.out.println(" the submit()ted one did not kill billing-2)");
    }
}
