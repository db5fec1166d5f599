package dev.threadpools.sizing;

/**
 * The three pool-size formulas of this lesson, as plain arithmetic that validates its inputs.
 *
 * <h2>Where the formulas come from</h2>
 * A thread that runs a task spends part of the task's wall time computing ({@code C}, also called the
 * service time {@code S}) and part of it blocked ({@code W}: waiting for a socket, a disk, a lock, a
 * sleep). While it is blocked its core is free for another thread. To keep {@code N} cores busy a
 * fraction {@code U} of the time, each core needs one thread computing plus enough threads waiting to
 * cover the time that thread spends blocked: {@code 1 + W/C} threads per core. Hence
 * <pre>
 *     threads = N * U * (1 + W/C)                      (Goetz, "Java Concurrency in Practice", 8.2)
 * </pre>
 * The same number falls out of Little's law ({@code L = lambda * T}): a core finishes {@code 1/C}
 * tasks per second of CPU, so {@code N} cores at utilisation {@code U} complete
 * {@code lambda = N * U / C} tasks per second; each task stays {@code T = W + C} in a thread, so the
 * number of threads busy at once is {@code L = N * U * (W + C) / C}.
 *
 * <h2>The special cases</h2>
 * <ul>
 *   <li>{@link #ioBound}: {@code U = 1}, so {@code N * (1 + W/S)}.</li>
 *   <li>{@link #cpuBound}: {@code W = 0} gives {@code N}; the rule of thumb adds one spare thread,
 *       {@code N + 1}, to use a core whose thread stalls now and then (a page fault, a GC safepoint,
 *       a short lock wait). Whether the spare is worth anything is measured, not assumed: see the
 *       README's figures.</li>
 * </ul>
 *
 * <h2>Rounding</h2>
 * A pool has a whole number of threads. The formulas round <em>up</em>, because one thread too few
 * leaves a core idle for the whole run while one thread too many costs a little memory and an
 * occasional context switch. The result is never below 1.
 *
 * <h2>Validation</h2>
 * Like {@code ThreadPoolExecutor}'s constructors: a value that cannot describe a real machine or
 * task ({@code cores < 1}, {@code U} outside {@code (0, 1]}, a negative or non-finite time or ratio,
 * a service time of zero) throws {@link IllegalArgumentException}.
 */
public final class PoolSizing {

    private PoolSizing() {
    }

    /** {@code N + 1}: the rule of thumb for tasks that never block. */
    public static int cpuBound(int cores) {
        requireCores(cores);
        return Math.addExact(cores, 1);
    }

    /**
     * {@code N * (1 + W/S)}: the seed's formula for tasks that block, with the cores fully used.
     *
     * @param waitTime    time a task spends blocked, in any unit
     * @param serviceTime time a task spends on a CPU, in the same unit; must be positive
     */
    public static int ioBound(int cores, double waitTime, double serviceTime) {
        requireNonNegative(waitTime, "waitTime");
        requirePositive(serviceTime, "serviceTime");
        return forUtilisation(cores, 1.0, waitTime / serviceTime);
    }

    /**
     * {@code N * U * (1 + W/C)}: the general form.
     *
     * @param targetUtilisation the fraction of the cores this pool may keep busy, in {@code (0, 1]}
     * @param waitToCompute     {@code W/C}, the ratio of blocked time to CPU time of one task, {@code >= 0}
     */
    public static int forUtilisation(int cores, double targetUtilisation, double waitToCompute) {
        requireCores(cores);
        if (!(targetUtilisation > 0.0 && targetUtilisation <= 1.0)) {
            throw new IllegalArgumentException(
                    "targetUtilisation must be in (0, 1], was " + targetUtilisation);
        }
        requireNonNegative(waitToCompute, "waitToCompute");
        double threads = cores * targetUtilisation * (1.0 + waitToCompute);
        if (threads >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("no pool can have " + threads + " threads");
        }
        // Round up, but not floating-point noise: 3 * 0.1 * (1 + 9) is 3.0000000000000004 in doubles,
        // and must give 3 threads, not 4. A result within 1e-9 of an integer is that integer.
        return Math.max(1, (int) Math.ceil(threads - 1e-9));
    }

    private static void requireCores(int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1, was " + cores);
        }
    }

    static void requireNonNegative(double value, String name) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
    }

    static void requirePositive(double value, String name) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }
}
