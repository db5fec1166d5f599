package dev.threadpools.anatomy;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.Collectors;

/**
 * A pool's getters as Micrometer meters, printed the way Prometheus scrapes them.
 *
 * <p>{@link ExecutorServiceMetrics} registers gauges and function counters that call the pool's own
 * getters at scrape time ({@code getPoolSize}, {@code getActiveCount}, {@code getQueue().size()},
 * {@code getCompletedTaskCount}, ...). So the metrics are exactly as precise as the getters, and a
 * scrape takes the pool's main lock several times: cheap at a scrape every few seconds, not something
 * to call per task. It has no counter of rejected tasks: count them in the
 * {@code RejectedExecutionHandler} (exercise 04).
 */
public final class PoolMetrics {

    private PoolMetrics() {
    }

    /**
     * The Prometheus text exposition of {@code pool}'s metrics, tagged {@code name=poolName}, one
     * sample per line ({@code # HELP} and {@code # TYPE} comment lines left out).
     */
    public static String prometheusText(ThreadPoolExecutor pool, String poolName) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(poolName, "poolName");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try {
            new ExecutorServiceMetrics(pool, poolName, Tags.empty()).bindTo(registry);
            return registry.scrape().lines()
                    .filter(line -> !line.startsWith("#"))
                    .sorted()
                    .collect(Collectors.joining(System.lineSeparator()));
        } finally {
            registry.close();
        }
    }
}
