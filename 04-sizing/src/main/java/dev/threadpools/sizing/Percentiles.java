package dev.threadpools.sizing;

import java.util.Collection;
import java.util.Objects;

/**
 * Order statistics of a sample, by the nearest-rank method: {@code p50} is a value that occurred,
 * never an interpolation between two. An empty sample has {@code NaN} everywhere and count 0, so a
 * run that finished nothing shows as "no data" rather than as a latency of zero.
 *
 * @param count how many values
 * @param min   the smallest value
 * @param p50   the median
 * @param p99   the value that 99 % of the sample does not exceed
 * @param max   the largest value
 */
public record Percentiles(int count, double min, double p50, double p99, double max) {

    /** Percentiles of {@code values}, in their own unit. */
    public static Percentiles of(Collection<? extends Number> values) {
        Objects.requireNonNull(values, "values");
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(sorted.length, sorted[0], nearestRank(sorted, 0.50),
                nearestRank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    /** The smallest value such that at least {@code fraction} of the sample is at or below it. */
    private static double nearestRank(double[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length); // 1-based
        return sorted[Math.max(rank, 1) - 1];
    }
}
