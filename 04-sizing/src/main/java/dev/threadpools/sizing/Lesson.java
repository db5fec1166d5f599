package dev.threadpools.sizing;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The three workloads of this lesson and the pool sizes each is swept over. Fixed here, so that the
 * demos, the charts and the README all talk about the same experiment, and a re-run on another
 * machine changes the measurements, never the settings.
 */
public final class Lesson {

    /** Compute only: 0.5 ms of CPU per task. Formula: N + 1. */
    public static final Workload CPU = Workload.cpuBound(Duration.ofMillis(1).dividedBy(2));

    /** 0.25 ms of CPU, then 2 ms blocked: W/C = 8. Formula: N * 9. */
    public static final Workload IO = Workload.ioBound(Duration.ofMillis(1).dividedBy(4), 8);

    /**
     * Every other task is a 1 ms computation; the others compute 0.2 ms and block 4 ms. Over the
     * cycle, W/C = 4 / 1.2 = 3.33, so the formula says N * 4.33, rounded up.
     */
    public static final Workload MIX = Workload.mixed(
            Duration.ofMillis(1), Duration.ofMillis(1).dividedBy(5), Duration.ofMillis(4));

    private Lesson() {
    }

    /**
     * Pool sizes around the formula's answer {@code f}: a quick sweep {@code 1, N, f/2, f, 4f} for the
     * tour (rise, knee, plateau), and a fuller one with more points near {@code f} and far past it,
     * for the charts. Sorted, without repeats, none below 1.
     */
    public static int[] poolSizes(Workload workload, int cores, boolean full) {
        int f = workload.formulaPoolSize(cores);
        IntStream quick = IntStream.of(1, cores, f / 2, f, 4 * f);
        IntStream sizes = full
                ? IntStream.concat(quick,
                        IntStream.of(cores + 1, f / 4, 3 * f / 4, 5 * f / 4, 3 * f / 2, 2 * f, 8 * f))
                : quick;
        return sizes.filter(size -> size >= 1).distinct().sorted().toArray();
    }

    /** For messages: {@code [1, 2, 9, 18]}. */
    public static String describe(int[] sizes) {
        return Arrays.toString(sizes);
    }
}
