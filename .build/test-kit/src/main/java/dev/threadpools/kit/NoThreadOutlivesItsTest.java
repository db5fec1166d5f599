package dev.threadpools.kit;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves a thread running: every pool a test creates must be shut down, and every
 * thread it starts must have ended, by the time the test (or, for class-level setup, the class) is
 * over. Registered for every test of every module through JUnit's extension auto-detection.
 *
 * <p>Terminated is not the same as done: a pool reports itself terminated from inside its last
 * worker, which then still has to return from {@code run()}. So the check joins each leftover thread
 * for a bounded time before it calls it a leak; no sleeping, no polling.
 *
 * <p>Threads the JDK or the test engine start lazily and keep on purpose are not counted: virtual
 * thread carriers, the common fork/join pool, the process reaper, and the like (see
 * {@link #isRuntimeInfrastructure}).
 */
public final class NoThreadOutlivesItsTest
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** How long a thread may take to finish after its test is over before it counts as leaked. */
    private static final long GRACE_MILLIS = 5_000;

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NoThreadOutlivesItsTest.class);
    private static final String BEFORE = "threadsBefore";

    @Override
    public void beforeAll(ExtensionContext context) {
        remember(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        remember(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        // A test that already failed (a timeout, say) often leaves threads behind; its own failure
        // is the one to read, and waiting out the grace period for it would only slow the run.
        if (context.getExecutionException().isEmpty()) {
            check(context, "test");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        check(context, "test class");
    }

    private static void remember(ExtensionContext context) {
        context.getStore(NAMESPACE).put(BEFORE, liveThreads());
    }

    private static void check(ExtensionContext context, String scope) throws InterruptedException {
        @SuppressWarnings("unchecked")
        Set<Thread> before = context.getStore(NAMESPACE).get(BEFORE, Set.class);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        List<Thread> leaked = newThreads(before);
        for (Thread thread : leaked) {
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remaining > 0) {
                thread.join(remaining);
            }
        }
        leaked = newThreads(before);
        if (!leaked.isEmpty()) {
            throw new AssertionError("This " + scope + " left " + leaked.size()
                    + " thread(s) running (shut down every pool it creates, and wait for it):"
                    + leaked.stream().map(NoThreadOutlivesItsTest::describe)
                            .collect(Collectors.joining("")));
        }
    }

    private static List<Thread> newThreads(Set<Thread> before) {
        return liveThreads().stream()
                .filter(thread -> !before.contains(thread))
                .filter(thread -> !isRuntimeInfrastructure(thread))
                .toList();
    }

    private static Set<Thread> liveThreads() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        threads.addAll(Thread.getAllStackTraces().keySet());
        threads.removeIf(thread -> !thread.isAlive());
        return threads;
    }

    /** Threads that the JDK and the test engine start on first use and keep for the whole run. */
    static boolean isRuntimeInfrastructure(Thread thread) {
        if (thread instanceof ForkJoinWorkerThread worker && worker.getPool() == ForkJoinPool.commonPool()) {
            return true;
        }
        String type = thread.getClass().getName();
        String name = thread.getName();
        return type.equals("jdk.internal.misc.CarrierThread")   // schedulers of virtual threads
                || name.equals("VirtualThread-unblocker")       // JDK 24+: started with the first virtual thread
                || name.startsWith("ForkJoinPool-") && name.endsWith("-delayScheduler") // virtual-thread timed parks
                || name.equals("Java2D Disposer")               // AWT, started by a chart rendered in a test
                || name.equals("process reaper")                // waits for child processes
                || name.equals("Attach Listener")
                || name.equals("Common-Cleaner")
                || name.startsWith("JFR ")                      // flight recorder, when a test records
                || name.startsWith("junit-")                    // JUnit's timeout watcher
                || name.startsWith("surefire-");                // the test runner's own
    }

    private static String describe(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        String top = Arrays.stream(stack).limit(6)
                .map(frame -> "\n        at " + frame)
                .collect(Collectors.joining());
        return "\n  \"" + thread.getName() + "\" " + thread.getState()
                + (thread.isDaemon() ? " daemon" : "") + top;
    }
}
