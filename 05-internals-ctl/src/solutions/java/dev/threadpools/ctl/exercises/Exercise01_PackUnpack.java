package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.CtlBits;

/**
 * Exercise 01, reference solution: the state lives in the bits that {@link CtlBits#COUNT_MASK} does not
 * cover, so OR puts the two fields together and AND with the mask (or its complement) takes them apart.
 */
public final class Exercise01_PackUnpack {

    private Exercise01_PackUnpack() {
    }

    public static int ctlOf(int runState, int workerCount) {
        if ((runState & CtlBits.COUNT_MASK) != 0) {
            throw new IllegalArgumentException("not a run state: " + Integer.toBinaryString(runState));
        }
        if (workerCount < 0 || workerCount > CtlBits.COUNT_MASK) {
            throw new IllegalArgumentException("worker count out of range: " + workerCount);
        }
        return runState | workerCount;
    }

    public static int runStateOf(int ctl) {
        return ctl & ~CtlBits.COUNT_MASK;
    }

    public static int workerCountOf(int ctl) {
        return ctl & CtlBits.COUNT_MASK;
    }

    public static boolean runStateAtLeast(int ctl, int runState) {
        return ctl >= runState;
    }
}
