package dev.threadpools.basics;

/**
 * The stand-in for a small, CPU-bound task used by the demos and benchmarks of this module: a few
 * microseconds of arithmetic and nothing else (no allocation, no locks, no I/O), so that whatever a
 * measurement shows on top of it is the cost of the thread or pool that ran it.
 */
public final class CpuWork {

    /**
     * Rounds of the generator: a few microseconds on a 2 GHz core. The measured figure is
     * {@code Bench02}'s serial loop divided by 1000; see the results at the end of that benchmark.
     */
    private static final int ROUNDS = 500;

    /**
     * Written by every call. A result that nobody reads is dead code to the JIT; a volatile store is
     * a side effect it must keep, so the loop cannot be removed.
     */
    private static volatile long sink;

    private CpuWork() {
    }

    /** A few microseconds of CPU work; callable from any thread. */
    public static void fewMicroseconds() {
        long x = Thread.currentThread().threadId();
        for (int i = 0; i < ROUNDS; i++) {
            // Marsaglia's xorshift step. Each shift depends on the previous result, so the JIT can
            // neither vectorise nor fold rounds together (it can with a multiply-add generator,
            // whose rounds compose into one multiply-add: that made an earlier version 10x faster).
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        sink = x;
    }
}
