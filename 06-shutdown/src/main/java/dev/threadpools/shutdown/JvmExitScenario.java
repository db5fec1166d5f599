package dev.threadpools.shutdown;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Small programs that are meant to run as a JVM of their own ({@link ChildJvm}), because what they
 * show is whether and how a process ends. Each prints fixed lines that the parent waits for.
 *
 * <p>None of them shuts its pool down on the way out of {@code main}: that is the point. Which
 * program runs is the first argument:
 * <dl>
 *   <dt>{@code non-daemon}</dt><dd>a task on a non-daemon pool is still running when {@code main}
 *       returns: the JVM does not exit.</dd>
 *   <dt>{@code daemon}</dt><dd>the same on a daemon pool: the JVM exits at once, and the task is
 *       abandoned mid-work; not even its {@code finally} block runs.</dd>
 *   <dt>{@code sigterm-hook}</dt><dd>one task is running, four are queued; a shutdown hook drains
 *       the pool when the process gets {@code SIGTERM}: all five run before the JVM exits.</dd>
 *   <dt>{@code sigterm-no-hook}</dt><dd>the same without the hook: {@code SIGTERM} ends the JVM and
 *       the four queued tasks never run.</dd>
 * </dl>
 */
public final class JvmExitScenario {

    static final String MAIN_RETURNED = "main returned";
    static final String TASK_STARTED = "task started";
    static final String TASK_FINALLY = "task finally ran";
    static final String READY = "ready for SIGTERM";
    static final String HOOK_STARTED = "hook: SIGTERM received";
    static final String HOOK_DRAINED = "hook: pool drained";
    static final int QUEUED_AT_SIGTERM = 4;

    private JvmExitScenario() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs in = DemoArgs.of(args, "JvmExitScenario <non-daemon | daemon | sigterm-hook | sigterm-no-hook>");
        String scenario = in.oneOf("non-daemon", "daemon", "sigterm-hook", "sigterm-no-hook");
        in.end();
        switch (scenario) {
            case "non-daemon" -> taskOutlivesMain(false);
            case "daemon" -> taskOutlivesMain(true);
            case "sigterm-hook" -> busyPoolGetsSigterm(true);
            case "sigterm-no-hook" -> busyPoolGetsSigterm(false);
            default -> throw new AssertionError(scenario); // oneOf admits only the four above
        }
        System.out.println(MAIN_RETURNED);
    }

    /** Starts a task that would run for a minute, and returns from main once it runs. */
    private static void taskOutlivesMain(boolean daemon) throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor(new TrackingThreadFactory("child", daemon));
        CountDownLatch started = new CountDownLatch(1);
        pool.execute(() -> {
            System.out.println(TASK_STARTED);
            started.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(1)); // simulated long work
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                System.out.println(TASK_FINALLY);
            }
        });
        started.await();
    }

    /**
     * One task runs until SIGTERM arrives (it waits for the hook, or forever without one); four more
     * wait in the queue. The parent sends SIGTERM after {@link #READY}.
     */
    private static void busyPoolGetsSigterm(boolean withHook) throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor(new TrackingThreadFactory("child"));
        CountDownLatch sigterm = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        pool.execute(() -> {
            firstStarted.countDown();
            try {
                sigterm.await(); // simulated work that is still going on when the signal comes
                System.out.println("task 1 done");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 2; i <= 1 + QUEUED_AT_SIGTERM; i++) {
            String done = "task " + i + " done";
            pool.execute(() -> System.out.println(done));
        }
        if (withHook) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println(HOOK_STARTED);
                pool.shutdown();       // stop intake; the queue still runs
                sigterm.countDown();   // let the running task finish its work
                try {
                    if (pool.awaitTermination(10, TimeUnit.SECONDS)) {
                        System.out.println(HOOK_DRAINED);
                    } else {
                        System.out.println("hook: pool did not drain, never ran: " + pool.shutdownNow().size());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "drain-on-sigterm"));
        }
        firstStarted.await();
        System.out.println(READY);
    }
}
