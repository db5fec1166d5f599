package dev.threadpools.anatomy.exercises;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;

/** Reference solution of exercise 04 (the task is described in the stub). */
public final class Exercise04_ThreeMetrics {

    private Exercise04_ThreeMetrics() {
    }

    public static void expose(ThreadPoolExecutor pool, String poolName, MeterRegistry registry) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(poolName, "poolName");
        Objects.requireNonNull(registry, "registry");
        // Gauges are read at scrape time from the pool's own getters; Micrometer holds the pool weakly.
        Gauge.builder("pool.threads", pool, ThreadPoolExecutor::getPoolSize)
                .tag("pool", poolName).register(registry);
        Gauge.builder("pool.queued", pool, p -> p.getQueue().size())
                .tag("pool", poolName).register(registry);
        // The pool counts no rejections itself, so the handler has to: count, then do what it did before.
        Counter rejected = Counter.builder("pool.rejected").tag("pool", poolName).register(registry);
        RejectedExecutionHandler original = pool.getRejectedExecutionHandler();
        pool.setRejectedExecutionHandler((task, executor) -> {
            rejected.increment();
            original.rejectedExecution(task, executor);
        });
    }
}
