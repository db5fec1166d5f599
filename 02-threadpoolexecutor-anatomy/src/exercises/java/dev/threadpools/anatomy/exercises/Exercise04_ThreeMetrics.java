package dev.threadpools.anatomy.exercises;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Exercise 04: expose three metrics of a pool.
 *
 * <p>Micrometer's {@code ExecutorServiceMetrics} (demo 08) exposes the pool's getters, but not how many
 * tasks were rejected: the pool does not count them. Write the three metrics an on-call engineer looks
 * at first, by hand.
 *
 * <p>Implement {@link #expose} so that {@code registry} gets, each tagged {@code pool=<poolName>}:
 * <ol>
 *   <li>a gauge {@code pool.threads}: the pool's current number of threads;</li>
 *   <li>a gauge {@code pool.queued}: the number of tasks waiting in its queue;</li>
 *   <li>a counter {@code pool.rejected}: incremented every time the pool rejects a task, while the
 *       rejection still does what the pool's handler did before (for example, AbortPolicy still throws);</li>
 * </ol>
 * and null arguments are rejected with {@link NullPointerException}.
 *
 * <p>Check: {@code ./mvnw -q test -pl 02-threadpoolexecutor-anatomy -Pexercises -Dexercise=04}
 */
public final class Exercise04_ThreeMetrics {

    private Exercise04_ThreeMetrics() {
    }

    public static void expose(ThreadPoolExecutor pool, String poolName, MeterRegistry registry) {
        throw new UnsupportedOperationException("Exercise 04 is not solved yet. Hint: Gauge.builder(name, pool, "
                + "getter).tag(\"pool\", poolName).register(registry) for the gauges; for rejections wrap "
                + "pool.getRejectedExecutionHandler() in a handler that increments a Counter first.");
    }
}
