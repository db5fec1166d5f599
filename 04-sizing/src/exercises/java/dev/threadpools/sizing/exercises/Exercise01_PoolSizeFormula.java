package dev.threadpools.sizing.exercises;

/**
 * Exercise 01: implement the sizing formula {@code threads = N * U * (1 + W/C)}.
 *
 * <p>Implement {@link #poolSize} so that it
 * <ol>
 *   <li>returns {@code cores * targetUtilisation * (1 + waitTime / computeTime)}, rounded <em>up</em>
 *       to a whole number of threads, and never less than 1;</li>
 *   <li>does not round floating-point noise up: {@code poolSize(3, 0.1, 9, 1)} is 3, although
 *       {@code 3 * 0.1 * 10} is 3.0000000000000004 in doubles;</li>
 *   <li>rejects, with an {@link IllegalArgumentException}: {@code cores < 1}; a
 *       {@code targetUtilisation} outside {@code (0, 1]}; a negative {@code waitTime}; a
 *       {@code computeTime} that is not positive; and NaN or infinite values.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 04-sizing -Pexercises -Dexercise=01}
 */
public final class Exercise01_PoolSizeFormula {

    private Exercise01_PoolSizeFormula() {
    }

    /**
     * @param cores             N, the processors the pool may use
     * @param targetUtilisation U, the fraction of them to keep busy
     * @param waitTime          W, the time one task spends blocked (any unit)
     * @param computeTime       C, the time one task spends on a CPU (same unit)
     */
    public static int poolSize(int cores, double targetUtilisation, double waitTime, double computeTime) {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: validate first "
                + "(note that every comparison with NaN is false, so write the checks as !(x > 0)), then "
                + "Math.ceil(threads - 1e-9) so that 3.0000000000000004 stays 3.");
    }
}
