package dev.threadpools.sizing;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Burns a fixed amount of CPU, the "compute" part of a simulated task.
 *
 * <h2>Fixed work, not a deadline</h2>
 * The work is a fixed number of iterations of a cheap arithmetic loop, not "spin until the clock
 * says so": a task must cost the same CPU whether it runs alone or time-sliced with fifty others,
 * otherwise an oversubscribed pool would look no worse than a well-sized one, and a virtual thread,
 * which has no CPU clock of its own, could not burn at all. {@link #calibrate} converts a duration
 * into iterations once, by timing the loop against the calling thread's own CPU clock, which does
 * not advance while another process has the core.
 *
 * <h2>The invariant, and its tolerance</h2>
 * On a calibrated burner, the median CPU cost of {@code burn(n)} on the burning thread is {@code n}
 * nanoseconds within {@link #TOLERANCE} (25 %) either way, for {@code n} of a millisecond or more,
 * as long as the JVM runs with the same flags and the core at the same speed as during the
 * calibration. (One burn can cost more: when its thread is preempted, refilling the caches and
 * branch predictors counts as its CPU time.) In a JVM that only interprets, the bound is
 * {@link #INTERPRETER_TOLERANCE} (50 %): the interpreter spends each iteration on a dozen
 * dispatched bytecodes, not six register operations, and their cost follows what else runs on the
 * core and its caches. On a 2-core machine at load average 15, interpreted burns cost 0.72 to 1.41
 * times their calibration, in phases longer than a calibration, while compiled burns stayed within
 * 0.9 to 1.1. The invariant holds whatever else the machine is doing and
 * whenever the JIT compiler gets round to compiling the loop: in the interpreter alone
 * ({@code -Xint}), with C1 only ({@code -XX:TieredStopAtLevel=1}), with compilation in the calling
 * thread ({@code -XX:-BackgroundCompilation}), with C2 arriving late, and with every core busy.
 * {@code CpuBurnerTest} checks each case in a child JVM.
 *
 * <h2>Why the calibration can be trusted</h2>
 * A calibration is only as good as its assumption that later burns run the loop at the speed it
 * measured. The first version of this class timed seven rounds right after one warm-up call and
 * kept the fastest, and two things broke that assumption:
 * <ol>
 *   <li><b>The loop's speed depended on the compiler.</b> It was a linear congruential step,
 *       {@code x = x * a + c}, and C2 unrolls such a loop and folds consecutive steps into one
 *       ({@code a * (a * x + c) + c} is again {@code a' * x + c'}): 12.9 iterations per nanosecond
 *       compiled by C2 against 0.75 compiled by C1, on the machine of the issue. When the rounds ran
 *       before C2's code landed, which a busy core and a long compile queue (a test JVM's) make
 *       likely, every later burn cost up to 17 times less CPU than asked. The loop is now an
 *       xorshift step: three shifts and three exclusive-ors, each needing the previous result. No
 *       compiler can shorten or fold that chain, so C1 and C2 run it at the same speed (C1 with
 *       profiling about 15 % slower), and the one large step left is the interpreter, about 30
 *       times slower than compiled code.</li>
 *   <li><b>Seven rounds proved nothing about the JIT.</b> Calibration now runs rounds of about
 *       {@link #ROUND_CPU_NANOS} of CPU each, sized from the speed measured so far, and accepts a
 *       speed only when three things hold at once: the last {@link #SETTLED_ROUNDS} rounds agree
 *       within {@link #AGREEMENT} of their median (a window that straddles a change of tier cannot);
 *       the JIT has nothing left to do with the loop, that is, it has been called often enough that
 *       HotSpot has queued it for its final tier, and no compilation of it is queued or running
 *       (asked through the JVM's management interface, see {@link Jit}); and one burn of
 *       {@link #VERIFY_CPU_NANOS} through {@link #burn} itself costs what it asked for within the
 *       agreement. Otherwise it measures a fresh window. The speed kept is the median of the
 *       settled window, so a burn costs what it asks for under the conditions of the calibration,
 *       not in the best case.</li>
 * </ol>
 * Burns and calibration spin through the same method in the same chunks of {@link #CHUNK}
 * iterations, so the JIT compiles, by its call count, one method that both use. If the speed does
 * not settle within {@link #CALIBRATION_BUDGET_NANOS} of CPU, calibration fails with an
 * {@link IllegalStateException} rather than hand out a speed that would silently skew every W/C
 * ratio measured with it. {@link #provenance} says how the speed was obtained; every result of the
 * sizing experiment is recorded with it.
 *
 * <p>Instances are immutable and may be shared by any number of threads, including virtual ones.
 */
public final class CpuBurner {

    /** How far either way a burn's CPU cost may be from what it asked for: see the invariant. */
    public static final double TOLERANCE = 0.25;

    /** The same bound for a JVM that only interprets ({@code -Xint}): see the invariant. */
    public static final double INTERPRETER_TOLERANCE = 0.5;

    /** Target CPU time of one calibration round: long against the CPU clock's noise, short to repeat. */
    static final long ROUND_CPU_NANOS = 2_000_000;

    /** Rounds that must agree before a speed is believed: 5 rounds, about 10 ms of CPU. */
    static final int SETTLED_ROUNDS = 5;

    /** How far a settled round and the verifying burn may be from the window's median speed. */
    static final double AGREEMENT = 0.05;

    /** The verifying burn: long enough to include the next compiled version of the loop, if one lands. */
    static final long VERIFY_CPU_NANOS = 10_000_000;

    /** Calibration gives up after this much CPU time: no settled speed means no trustworthy one. */
    static final long CALIBRATION_BUDGET_NANOS = 10_000_000_000L;

    /** Iterations per call of {@link #spin}: 8 microseconds compiled, so calls cost nothing measurable. */
    static final int CHUNK = 4096;

    /**
     * Read and written once by every burn, so the JIT cannot remove the loop as dead code. Racy on
     * purpose: any state but zero will do, and xorshift never turns a nonzero state into zero.
     */
    private static volatile long sink = 0x9E3779B97F4A7C15L;

    private final double iterationsPerNanosecond;

    /** How {@link #iterationsPerNanosecond} was obtained, recorded beside every result made with it. */
    private final String provenance;

    /** A burner that runs {@code iterationsPerNanosecond} loop iterations per nanosecond of CPU. */
    public CpuBurner(double iterationsPerNanosecond) {
        this(iterationsPerNanosecond, "given, not calibrated");
    }

    private CpuBurner(double iterationsPerNanosecond, String provenance) {
        PoolSizing.requirePositive(iterationsPerNanosecond, "iterationsPerNanosecond");
        this.iterationsPerNanosecond = iterationsPerNanosecond;
        this.provenance = provenance;
    }

    /**
     * Measures this machine's loop speed on the calling (platform) thread, as described in the class
     * comment. Takes about 100 ms of CPU with the JVM's default flags.
     *
     * @throws IllegalStateException if the calling thread has no CPU clock (a virtual thread), or
     *                               if the speed does not settle within the budget
     */
    public static CpuBurner calibrate() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported() || Thread.currentThread().isVirtual()) {
            throw new IllegalStateException("per-thread CPU time is not available on this thread");
        }
        Jit jit = Jit.observe();
        long cpuAtStart = threads.getCurrentThreadCpuTime();
        double[] window = new double[SETTLED_ROUNDS]; // speeds of the last rounds, a ring
        int rounds = 0; // since the last restart
        int allRounds = 0;
        int restarts = 0;
        long calls = 0; // of spin, by this calibration: a lower bound of the JVM's count
        long iterations = CHUNK; // the first round runs interpreted: keep it short
        while (threads.getCurrentThreadCpuTime() - cpuAtStart < CALIBRATION_BUDGET_NANOS) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            spinInChunks(iterations);
            double speed = iterations / (double) Math.max(1, threads.getCurrentThreadCpuTime() - cpuStart);
            calls += (iterations + CHUNK - 1) / CHUNK;
            window[rounds++ % SETTLED_ROUNDS] = speed;
            allRounds++;
            iterations = Math.max(CHUNK, Math.round(speed * ROUND_CPU_NANOS));
            if (rounds < SETTLED_ROUNDS || !allWithin(window, median(window), AGREEMENT)
                    || jit.mayStillCompileSpin(calls)) {
                continue;
            }
            double settled = median(window);
            long cpuBeforeBurn = threads.getCurrentThreadCpuTime();
            new CpuBurner(settled, "").burn(VERIFY_CPU_NANOS);
            long verifyCost = threads.getCurrentThreadCpuTime() - cpuBeforeBurn;
            if (Math.abs(verifyCost - VERIFY_CPU_NANOS) <= AGREEMENT * VERIFY_CPU_NANOS) {
                long spent = threads.getCurrentThreadCpuTime() - cpuAtStart;
                return new CpuBurner(settled, String.format(Locale.ROOT,
                        "calibrated: %.4f iterations/ns in %d rounds (%d restarts), %d ms of CPU, %s",
                        settled, allRounds, restarts, spent / 1_000_000, jit));
            }
            restarts++; // the speed changed under the verifying burn: measure a fresh window
            rounds = 0;
        }
        throw new IllegalStateException(String.format(Locale.ROOT,
                "the loop's speed did not settle within %d ms of CPU; last rounds (iterations/ns): %s",
                CALIBRATION_BUDGET_NANOS / 1_000_000, Arrays.toString(window)));
    }

    public double iterationsPerNanosecond() {
        return iterationsPerNanosecond;
    }

    /**
     * Where this burner's speed came from: "calibrated: ..." with the speed, the rounds and CPU time
     * the calibration took and what it saw of the JIT ("loop compiled", "interpreter only" or "JIT
     * not observable"), or "given" for a speed passed to the constructor.
     * Every result measured with a burner is recorded with this line.
     */
    public String provenance() {
        return provenance;
    }

    @Override
    public String toString() {
        return "CpuBurner[" + provenance + "]";
    }

    /** Runs as many iterations as take {@code cpuNanos} of CPU time: see the class comment. */
    public void burn(long cpuNanos) {
        if (cpuNanos < 0) {
            throw new IllegalArgumentException("cpuNanos must be >= 0, was " + cpuNanos);
        }
        spinInChunks(Math.round(cpuNanos * iterationsPerNanosecond));
    }

    /** The state runs through every chunk: {@link #sink}, shared by all threads, is touched once a burn. */
    private static void spinInChunks(long iterations) {
        long x = sink;
        for (long left = iterations; left > 0; left -= CHUNK) {
            x = spin(x, (int) Math.min(left, CHUNK));
        }
        sink = x;
    }

    /** One xorshift step per iteration: a chain of dependent operations no compiler can shorten. */
    private static long spin(long x, int iterations) {
        for (int i = 0; i < iterations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static boolean allWithin(double[] values, double centre, double fraction) {
        for (double value : values) {
            if (Math.abs(value - centre) > fraction * centre) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the calibration can learn about HotSpot's JIT compiler through the JVM's management
     * interface, without any command-line flag: whether it compiles at all, after how many calls a
     * method has surely been queued for compilation at its final tier, and whether a compilation of
     * {@link #spin} is still queued or running (the {@code Compiler.queue} diagnostic command, the
     * one {@code jcmd} runs). A JVM that is not HotSpot tells none of this; then the calibration rests
     * on the agreeing rounds and the verifying burn alone, and says so in its provenance.
     */
    private static final class Jit {

        /** How the compile queue names the loop: {@code dev.threadpools.sizing.CpuBurner::spin}. */
        private static final String SPIN = CpuBurner.class.getName() + "::spin";

        /** Invocations between two looks of HotSpot's compile policy at a method's counters, at most. */
        private static final int POLICY_PERIOD = 1 << 10;

        private final String mode;
        private final long callsBeforeQueued;
        private final MBeanServer server;
        private final ObjectName diagnostics;

        private Jit(String mode, long callsBeforeQueued, MBeanServer server, ObjectName diagnostics) {
            this.mode = mode;
            this.callsBeforeQueued = callsBeforeQueued;
            this.server = server;
            this.diagnostics = diagnostics;
        }

        static Jit observe() {
            try {
                var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                if (hotspot == null) {
                    return new Jit("JIT not observable", 0, null, null);
                }
                if (!Boolean.parseBoolean(hotspot.getVMOption("UseCompiler").getValue())) {
                    return new Jit("interpreter only", 0, null, null);
                }
                // Tiered: C1 compiles a method after Tier3InvocationThreshold calls, and C2 after
                // Tier4InvocationThreshold more calls of the C1 code; otherwise after CompileThreshold.
                // All are multiplied by CompileThresholdScaling.
                boolean tiered = Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue());
                long threshold = tiered
                        ? option(hotspot, "Tier3InvocationThreshold") + option(hotspot, "Tier4InvocationThreshold")
                        : option(hotspot, "CompileThreshold");
                double scaling = Double.parseDouble(hotspot.getVMOption("CompileThresholdScaling").getValue());
                return new Jit("loop compiled",
                        (long) Math.ceil(threshold * scaling) + 2L * POLICY_PERIOD,
                        ManagementFactory.getPlatformMBeanServer(),
                        new ObjectName("com.sun.management:type=DiagnosticCommand"));
            } catch (IllegalArgumentException | JMException e) {
                return new Jit("JIT not observable", 0, null, null);
            }
        }

        private static long option(HotSpotDiagnosticMXBean hotspot, String name) {
            return Long.parseLong(hotspot.getVMOption(name).getValue());
        }

        /**
         * True while the loop's compiled code may still change: before {@code calls} has reached the
         * count at which the JIT has surely queued it for its final tier, or while a compilation of it
         * is queued or running. False when that cannot be observed.
         */
        boolean mayStillCompileSpin(long calls) {
            if (server == null) {
                return false;
            }
            if (calls < callsBeforeQueued) {
                return true;
            }
            try {
                String queue = (String) server.invoke(diagnostics, "compilerQueue", new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
                return queue.contains(SPIN);
            } catch (JMException e) {
                throw new IllegalStateException("cannot read the JIT's compile queue", e);
            }
        }

        @Override
        public String toString() {
            return mode;
        }
    }
}
