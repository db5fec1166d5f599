package dev.threadpools.sizing;

import java.time.Duration;
import java.util.Objects;

/**
 * Little's law, {@code L = lambda * W}: in any stable system, the mean number of items inside equals
 * the rate at which they arrive times the mean time each spends inside. It assumes nothing about the
 * distribution of arrivals or service times; it is accounting. Two uses for a pool:
 *
 * <ol>
 *   <li><b>Threads</b>: the pool must hold every task that is in service. With arrival rate
 *       {@code lambda} and time in a thread {@code W + C}, it needs {@code lambda * (W + C)} threads
 *       busy on average, which is where {@code N * U * (1 + W/C)} comes from (see {@link PoolSizing}).</li>
 *   <li><b>Queue bound</b>: a full pool of {@code n} threads completes {@code n / S} tasks per second
 *       ({@code S}: time a task occupies a thread). A task that finds {@code q} tasks queued ahead of
 *       it waits about {@code q / (n / S)} before it starts. For a latency target {@code T} (queue wait
 *       plus service) the queue may hold {@code q = n * (T - S) / S} tasks; a task that would have to
 *       wait longer is better rejected at once than served too late ({@link #queueCapacity}).</li>
 * </ol>
 */
public final class LittlesLaw {

    private LittlesLaw() {
    }

    /** {@code L = lambda * W}. */
    public static double tasksInSystem(double arrivalsPerSecond, Duration meanTimeInSystem) {
        PoolSizing.requireNonNegative(arrivalsPerSecond, "arrivalsPerSecond");
        Objects.requireNonNull(meanTimeInSystem, "meanTimeInSystem");
        if (meanTimeInSystem.isNegative()) {
            throw new IllegalArgumentException("meanTimeInSystem must be >= 0, was " + meanTimeInSystem);
        }
        return arrivalsPerSecond * meanTimeInSystem.toNanos() / 1e9;
    }

    /**
     * The largest queue for which a task that is accepted into a full queue still finishes within
     * {@code latencyTarget}: {@code floor(threads * (target - service) / service)}. Zero means "no
     * queue": accept a task only when a thread is free ({@code SynchronousQueue}).
     *
     * @throws IllegalArgumentException if the target is shorter than one service time: no queue
     *                                  makes an unattainable target attainable
     */
    public static int queueCapacity(int threads, Duration serviceTime, Duration latencyTarget) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(serviceTime, "serviceTime");
        Objects.requireNonNull(latencyTarget, "latencyTarget");
        if (serviceTime.isNegative() || serviceTime.isZero()) {
            throw new IllegalArgumentException("serviceTime must be positive, was " + serviceTime);
        }
        if (latencyTarget.compareTo(serviceTime) < 0) {
            throw new IllegalArgumentException("latencyTarget " + latencyTarget
                    + " is shorter than one serviceTime " + serviceTime + ": unattainable");
        }
        double capacity = threads * (double) latencyTarget.minus(serviceTime).toNanos() / serviceTime.toNanos();
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(capacity + 1e-9));
    }
}
