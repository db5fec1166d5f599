package dev.threadpools.basics;

import dev.threadpools.kit.Machine;
import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Demo 09: what each {@link Executors} factory really builds, and when to reach for it. For every
 * factory the demo prints the class behind the interface, its thread limits and its queue, and the
 * kind of thread a task runs on.
 *
 * <p>What to look for: three of the six are the same {@link ThreadPoolExecutor} with different
 * settings (fixed: n threads and an unbounded queue; cached: no thread limit and no queue); the
 * single-thread executor hides its pool behind a wrapper so that nobody can resize it; the last one
 * is not a pool at all: a new virtual thread per task, never reused.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=09}.
 */
public final class Demo09_ExecutorsCatalogue {

    private Demo09_ExecutorsCatalogue() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        DemoArgs.none(args, "Demo09_ExecutorsCatalogue (no arguments)");
        System.out.printf("The Executors factories on %s%n%n", Machine.describe());
        show("newFixedThreadPool(4)", Executors.newFixedThreadPool(4),
                "a steady stream of tasks and a known thread budget; the queue is unbounded");
        show("newCachedThreadPool()", Executors.newCachedThreadPool(),
                "many short tasks in bursts; no limit on threads, so never for untrusted load");
        show("newSingleThreadExecutor()", Executors.newSingleThreadExecutor(),
                "tasks that must run one at a time, in submission order");
        show("newScheduledThreadPool(2)", Executors.newScheduledThreadPool(2),
                "delayed and periodic tasks; its max is ignored: the delay queue is unbounded");
        show("newWorkStealingPool()", Executors.newWorkStealingPool(),
                "CPU-bound tasks that split into subtasks; one queue per worker, idle workers steal");
        show("newVirtualThreadPerTaskExecutor()", Executors.newVirtualThreadPerTaskExecutor(),
                "many blocking tasks (I/O); cap concurrency with a Semaphore, not with a pool size");
    }

    /** Prints what the executor is, runs one task on it to see its thread, and closes it. */
    private static void show(String factory, ExecutorService executor, String whenToUse) throws
            InterruptedException, ExecutionException {
        try (executor) {
            Callable<String> whereAmI = () -> {
                Thread thread = Thread.currentThread();
                String name = thread.getName().isEmpty() ? "(no name)" : '"' + thread.getName() + '"';
                return (thread.isVirtual() ? "virtual" : "platform") + " thread " + name;
            };
            System.out.printf("%s%n  is a   %s%n  runs   %s%n  has    %s%n  use it for %s%n%n", factory,
                    executor.getClass().getSimpleName(), executor.submit(whereAmI).get(), limits(executor), whenToUse);
        }
    }

    private static String limits(ExecutorService executor) {
        return switch (executor) {
            case ThreadPoolExecutor pool -> String.format("core %d, max %s threads, keep-alive %d s, %s",
                    pool.getCorePoolSize(),
                    pool.getMaximumPoolSize() == Integer.MAX_VALUE ? "unlimited" : pool.getMaximumPoolSize(),
                    pool.getKeepAliveTime(TimeUnit.SECONDS),
                    pool.getQueue().getClass().getSimpleName());
            case ForkJoinPool pool -> "parallelism " + pool.getParallelism() + ", a deque per worker";
            default -> "no visible limits (a wrapper, or no pool at all)";
        };
    }
}
