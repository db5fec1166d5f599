package dev.threadpools.ctl;

/**
 * Demo 01: the private {@code ctl} word of a live JDK {@code ThreadPoolExecutor}, read by reflection
 * after every step of its life, in binary.
 *
 * <p>What to look for:
 * <ul>
 *   <li>The high three bits never go back: 111 (RUNNING, negative) to 000 (SHUTDOWN) to 010
 *       (TIDYING) to 011 (TERMINATED); the second life goes from 111 straight to 001 (STOP).</li>
 *   <li>The count starts at 0 (no thread is made before the first task), fills the core, stays put
 *       while the queue fills, and grows beyond the core only when the queue is full.</li>
 *   <li>After {@code shutdown()} the state changes but the count does not: busy workers keep
 *       running and the queued task still runs.</li>
 *   <li>The {@code terminated()} hook sees TIDYING with zero workers: TERMINATED is set only after
 *       it returns.</li>
 *   <li>After {@code shutdownNow()} the pool is STOP with one worker: a task that ignores the
 *       interrupt keeps running.</li>
 * </ul>
 *
 * <p>Needs {@code --add-opens java.base/java.util.concurrent=ALL-UNNAMED}, which this module's POM
 * passes to its demos. Run: {@code ./mvnw -q compile -pl 05-internals-ctl -Ddemo=01}
 * (optionally {@code -Dargs=KEEP_ALIVE_MILLIS}).
 */
public final class Demo01_WatchJdkCtl {

    private Demo01_WatchJdkCtl() {
    }

    public static void main(String[] args) throws InterruptedException {
        CtlWalkthrough.demoMain("Demo01_WatchJdkCtl", "the JDK's ThreadPoolExecutor",
                CtlWalkthrough.JDK_POOL, args);
    }
}
