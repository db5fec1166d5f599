package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.CtlBits;

/**
 * Exercise 01: pack a run state and a worker count into one {@code int}, and take them apart again,
 * the way {@code ThreadPoolExecutor} does with its {@code ctl} word.
 *
 * <p>The layout (see {@link CtlBits}): bits 31..29 hold the run state, bits 28..0 the worker
 * count. The run state constants {@link CtlBits#RUNNING} ... {@link CtlBits#TERMINATED} are already
 * shifted into place (their low 29 bits are 0), and {@link CtlBits#COUNT_MASK} has exactly the low
 * 29 bits set.
 *
 * <p>Implement, using only bit operations and comparisons (no loops, no division):
 * <ol>
 *   <li>{@link #ctlOf}: the packed word. Throw {@link IllegalArgumentException} if
 *       {@code runState} has any of the low 29 bits set, or {@code workerCount} is negative or
 *       larger than {@link CtlBits#COUNT_MASK}.</li>
 *   <li>{@link #runStateOf}: the word with the count bits cleared.</li>
 *   <li>{@link #workerCountOf}: the low 29 bits.</li>
 *   <li>{@link #runStateAtLeast}: whether the word's state is {@code runState} or a later one,
 *       with one comparison of the whole word: why is that enough, whatever the count?</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 05-internals-ctl -Pexercises -Dexercise=01}
 */
public final class Exercise01_PackUnpack {

    private Exercise01_PackUnpack() {
    }

    public static int ctlOf(int runState, int workerCount) {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: "
                + "the two fields never overlap, so runState | workerCount packs them (validate first).");
    }

    public static int runStateOf(int ctl) {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: "
                + "clear the count bits: ctl & ~CtlBits.COUNT_MASK.");
    }

    public static int workerCountOf(int ctl) {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: "
                + "keep only the count bits: ctl & CtlBits.COUNT_MASK.");
    }

    public static boolean runStateAtLeast(int ctl, int runState) {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: "
                + "the state bits are the most significant ones, so compare the whole words: ctl >= runState.");
    }
}
