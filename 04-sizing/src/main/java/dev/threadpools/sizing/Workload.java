package dev.threadpools.sizing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * A simulated workload: a repeating cycle of task shapes, each some CPU work followed by some
 * blocking.
 *
 * <p><b>The blocking is simulated on purpose.</b> {@link LockSupport#parkNanos} stands in for a
 * database call or an HTTP request: the thread is off the CPU for a known time, exactly what a real
 * blocking call does to a pool, without a server whose own limits would blur the measurement. Here
 * the park <em>is</em> the workload, not a way of waiting for something to happen.
 *
 * <p>Task {@code i} has the shape {@code shapes.get(i % shapes.size())}, so a mix of shapes is spread
 * evenly over any run of consecutive tasks.
 *
 * @param name   a short label for tables and charts
 * @param shapes the cycle of task shapes; not empty
 */
public record Workload(String name, List<TaskShape> shapes) {

    /**
     * One kind of task.
     *
     * @param compute CPU time it needs (on an idle core)
     * @param blocked time it spends blocked after computing
     */
    public record TaskShape(Duration compute, Duration blocked) {
        public TaskShape {
            Objects.requireNonNull(compute, "compute");
            Objects.requireNonNull(blocked, "blocked");
            if (compute.isNegative() || blocked.isNegative() || compute.plus(blocked).isZero()) {
                throw new IllegalArgumentException(
                        "a task needs non-negative compute and blocked time, not both zero: " + compute + ", " + blocked);
            }
        }
    }

    public Workload {
        Objects.requireNonNull(name, "name");
        shapes = List.copyOf(shapes); // also rejects null lists and null elements
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("a workload needs at least one task shape");
        }
        if (shapes.stream().allMatch(shape -> shape.compute().isZero())) {
            throw new IllegalArgumentException("a workload that never computes has no W/C ratio");
        }
    }

    /** Tasks that only compute. */
    public static Workload cpuBound(Duration compute) {
        return new Workload("cpu", List.of(new TaskShape(compute, Duration.ZERO)));
    }

    /** Tasks that compute for {@code compute}, then block for {@code waitToCompute} times as long. */
    public static Workload ioBound(Duration compute, double waitToCompute) {
        PoolSizing.requireNonNegative(waitToCompute, "waitToCompute");
        Duration wait = Duration.ofNanos(Math.round(compute.toNanos() * waitToCompute));
        return new Workload("io", List.of(new TaskShape(compute, wait)));
    }

    /** Alternates a compute-only task with a task that computes then blocks. */
    public static Workload mixed(Duration cpuTaskCompute, Duration ioTaskCompute, Duration ioTaskWait) {
        return new Workload("mix", List.of(
                new TaskShape(cpuTaskCompute, Duration.ZERO),
                new TaskShape(ioTaskCompute, ioTaskWait)));
    }

    /**
     * {@code W/C} of the whole cycle: total blocked time over total CPU time. This, not the average of
     * each shape's own ratio, is what the formula needs: it asks how many threads keep the cores busy,
     * and the cores see the sum of the CPU time.
     */
    public double waitToCompute() {
        long wait = shapes.stream().mapToLong(shape -> shape.blocked().toNanos()).sum();
        long compute = shapes.stream().mapToLong(shape -> shape.compute().toNanos()).sum();
        return (double) wait / compute;
    }

    /** Mean CPU time of one task over the cycle. */
    public Duration meanCompute() {
        return Duration.ofNanos(shapes.stream().mapToLong(s -> s.compute().toNanos()).sum() / shapes.size());
    }

    /** The formula's answer on {@code cores} cores: N + 1 without blocking, N (1 + W/C) with it. */
    public int formulaPoolSize(int cores) {
        double ratio = waitToCompute();
        return ratio == 0 ? PoolSizing.cpuBound(cores) : PoolSizing.forUtilisation(cores, 1.0, ratio);
    }

    /**
     * Runs task number {@code index}: burns its CPU, then parks for its wait. An interrupt ends the
     * wait early (as it would end a real blocking call) and stays set for the caller to see.
     */
    public void runTask(long index, CpuBurner burner) {
        TaskShape shape = shapes.get((int) Math.floorMod(index, (long) shapes.size()));
        burner.burn(shape.compute().toNanos());
        long deadline = System.nanoTime() + shape.blocked().toNanos();
        // parkNanos may return early (spuriously, or on unpark): park again until the deadline.
        for (long left = shape.blocked().toNanos(); left > 0; left = deadline - System.nanoTime()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            LockSupport.parkNanos(left);
        }
    }
}
