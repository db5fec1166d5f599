package dev.threadpools.ctl;

/**
 * The bit layout of {@code ThreadPoolExecutor.ctl}, written out so that it can be read and tested:
 * the constants and the pure functions that pack and unpack a word. {@link CtlWord} is the atomic
 * word itself and the moves made on it; {@link CtlWalkthrough} reads it through a pool's life.
 *
 * <p>One {@code int} holds two fields, so that both can be read, compared and changed with a single
 * compare-and-set:
 * <pre>
 *   bit  31 30 29 | 28 .................................... 0
 *        run state |            worker count (29 bits)
 * </pre>
 * The run state lives in the high three bits as a signed number, so RUNNING is negative and the
 * states are ordered: {@code RUNNING < SHUTDOWN < STOP < TIDYING < TERMINATED}. That order is what
 * lets the pool ask "is it at least SHUTDOWN?" with one integer comparison of the whole word, without
 * unpacking: the worker count in the low bits can never carry into the state bits, because it is
 * capped at {@link #COUNT_MASK}.
 *
 * <p>The constants here must equal the JDK's private ones; {@code CtlBitsTest} checks that by reflection.
 */
public final class CtlBits {

    /** How many low bits hold the worker count. */
    public static final int COUNT_BITS = Integer.SIZE - 3;

    /** The worker count field, and also the largest worker count a pool can have (2^29 - 1). */
    public static final int COUNT_MASK = (1 << COUNT_BITS) - 1;

    /** Accepts new tasks and runs queued ones. */
    public static final int RUNNING = -1 << COUNT_BITS;
    /** After shutdown(): no new tasks, but queued ones still run. */
    public static final int SHUTDOWN = 0 << COUNT_BITS;
    /** After shutdownNow(): no new tasks, queue drained, running tasks interrupted. */
    public static final int STOP = 1 << COUNT_BITS;
    /** Every worker has exited and the queue is empty; terminated() is about to run. */
    public static final int TIDYING = 2 << COUNT_BITS;
    /** terminated() has returned. */
    public static final int TERMINATED = 3 << COUNT_BITS;

    private CtlBits() {
    }

    /** Packs a run state and a worker count into one ctl word. */
    public static int ctlOf(int runState, int workerCount) {
        if ((runState & COUNT_MASK) != 0) {
            throw new IllegalArgumentException("not a run state: " + Integer.toBinaryString(runState));
        }
        if (workerCount < 0 || workerCount > COUNT_MASK) {
            throw new IllegalArgumentException("worker count out of range: " + workerCount);
        }
        return runState | workerCount;
    }

    /** The run state of a ctl word: its high three bits, with the count bits cleared. */
    public static int runStateOf(int ctl) {
        return ctl & ~COUNT_MASK;
    }

    /** The worker count of a ctl word: its low 29 bits. */
    public static int workerCountOf(int ctl) {
        return ctl & COUNT_MASK;
    }

    /** True if the pool in state {@code ctl} has reached {@code state} or gone past it. */
    public static boolean runStateAtLeast(int ctl, int state) {
        return ctl >= state;
    }

    /** The name of a run state, for printing. */
    public static String nameOf(int runState) {
        return switch (runState) {
            case RUNNING -> "RUNNING";
            case SHUTDOWN -> "SHUTDOWN";
            case STOP -> "STOP";
            case TIDYING -> "TIDYING";
            case TERMINATED -> "TERMINATED";
            default -> throw new IllegalArgumentException("not a run state: " + Integer.toBinaryString(runState));
        };
    }

    /** The word in binary, state bits apart from count bits: {@code 111|00000000000000000000000000011}. */
    public static String toBinary(int ctl) {
        String bits = String.format("%32s", Integer.toBinaryString(ctl)).replace(' ', '0');
        return bits.substring(0, 3) + "|" + bits.substring(3);
    }
}
