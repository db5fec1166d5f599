package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.CtlBits;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exercise 02, reference solution: read, decide, and publish with a CAS from the word that was read;
 * on failure, read again. The early return is what keeps the state from moving backwards.
 */
public final class Exercise02_AdvanceRunState {

    private Exercise02_AdvanceRunState() {
    }

    public static int advanceRunState(AtomicInteger ctl, int target) {
        if (target != CtlBits.SHUTDOWN && target != CtlBits.STOP) {
            throw new IllegalArgumentException("target must be SHUTDOWN or STOP: " + CtlBits.toBinary(target));
        }
        for (;;) {
            int c = ctl.get();
            if (CtlBits.runStateAtLeast(c, target) || ctl.compareAndSet(c, CtlBits.ctlOf(target, CtlBits.workerCountOf(c)))) {
                return c;
            }
        }
    }
}
