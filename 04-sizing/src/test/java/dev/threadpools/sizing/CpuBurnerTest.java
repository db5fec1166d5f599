package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The simulated compute: a calibrated burner costs the CPU time it is asked for, within
 * {@link CpuBurner#TOLERANCE}, measured on the thread's own CPU clock, which a busy machine slows
 * down in wall time but not in CPU time. The child-JVM tests check it where the first calibration
 * broke: with every core busy and the JIT compiler made late, absent or synchronous.
 */
class CpuBurnerTest {

    /** Burns per check: the median of five is what the invariant is about (see CpuBurner). */
    private static final int BURNS = 5;

    private static final long ASKED = Duration.ofMillis(20).toNanos();

    /** A hang guard, not a measurement: a child needs about a second, even interpreted. */
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(2);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** How the child JVM compiles the burner's loop. */
    enum Jit {
        /** Default tiered compilation; with every core busy, the compiler threads come late. */
        TIERED_WITH_STARVED_COMPILER_THREADS(CpuBurner.TOLERANCE),
        /** Never compiled: the interpreter's speed is the one that must be measured. */
        INTERPRETER_ONLY(CpuBurner.INTERPRETER_TOLERANCE, "-Xint"),
        /** C1 only, no C2 ever: compiled, but never by the optimising compiler. */
        C1_ONLY(CpuBurner.TOLERANCE, "-XX:TieredStopAtLevel=1"),
        /** The thread that triggers a compilation waits for it, so compiled code lands mid-round. */
        COMPILED_IN_THE_CALLING_THREAD(CpuBurner.TOLERANCE, "-XX:-BackgroundCompilation"),
        /**
         * C2 replaces a running loop only after 20 million iterations in C1's code, as when a test
         * JVM's compile queue is long: the first calibration took its rounds before that and was 17
         * times off.
         */
        C2_LATE_FOR_A_RUNNING_LOOP(CpuBurner.TOLERANCE, "-XX:Tier4BackEdgeThreshold=20000000");

        final double tolerance;
        final List<String> flags;

        Jit(double tolerance, String... flags) {
            this.tolerance = tolerance;
            this.flags = List.of(flags);
        }
    }

    @ParameterizedTest
    @EnumSource(Jit.class)
    void burnsCostWhatTheyAskInAChildJvmWithEveryCoreBusy(Jit jit, @TempDir Path dir) throws Exception {
        List<String> output = withAllCoresButOneBusy(() -> runChild(jit.flags, dir.resolve("child.out")));
        String calibration = output.get(0);
        long[] costs = output.stream().skip(1).mapToLong(Long::parseLong).toArray();

        assertThat(costs).as("burns reported by the child; its output: %s", output).hasSize(BURNS);
        assertThat(median(costs))
                .as("median CPU ns of %d burns of %d ns with %s (%s); all burns: %s", BURNS, ASKED, jit,
                        calibration, LongStream.of(costs).boxed().toList())
                .isBetween(Math.round(ASKED * (1 - jit.tolerance)), Math.round(ASKED * (1 + jit.tolerance)));
    }

    @Test
    void aCalibratedBurnerCostsTheCpuTimeItIsAskedFor() {
        CpuBurner burner = CpuBurner.calibrate();
        long[] costs = new long[BURNS];
        for (int i = 0; i < BURNS; i++) {
            costs[i] = cpuTimeOf(burner, ASKED);
        }

        assertThat(median(costs)).as("median CPU ns of burn(%d), %s; all burns %s", ASKED, burner,
                        LongStream.of(costs).boxed().toList())
                .isBetween(Math.round(ASKED * (1 - CpuBurner.TOLERANCE)),
                        Math.round(ASKED * (1 + CpuBurner.TOLERANCE)));
        assertThat(burner.provenance()).startsWith("calibrated: ");
    }

    @Test
    void twiceTheWorkCostsAboutTwiceTheCpu() {
        CpuBurner burner = CpuBurner.calibrate();
        burner.burn(Duration.ofMillis(5).toNanos()); // warm the loop up at this call site

        long small = cpuTimeOf(burner, Duration.ofMillis(10).toNanos());
        long large = cpuTimeOf(burner, Duration.ofMillis(40).toNanos());

        // Each burn within the tolerance: the ratio within 4 * (1 -+ T) / (1 +- T), 2.4 .. 6.7.
        double slack = (1 + CpuBurner.TOLERANCE) / (1 - CpuBurner.TOLERANCE);
        assertThat((double) large / small).as("CPU time of burn(40 ms) over burn(10 ms)")
                .isBetween(4 / slack, 4 * slack);
    }

    @Test
    void calibrationRefusesAVirtualThreadWhichHasNoCpuClock() throws InterruptedException {
        var failure = new AtomicReference<Throwable>();
        Thread virtual = Thread.ofVirtual().start(() -> {
            try {
                CpuBurner.calibrate();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        assertThat(virtual.join(Duration.ofSeconds(30))).as("the virtual thread ended").isTrue();

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("CPU time");
    }

    @Test
    void rejectsSpeedsAndDurationsThatCannotBurn() {
        assertThatThrownBy(() -> new CpuBurner(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpuBurner(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpuBurner(1).burn(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cpuNanos");
        assertThat(new CpuBurner(1).provenance()).startsWith("given");
    }

    private long cpuTimeOf(CpuBurner burner, long nanos) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        burner.burn(nanos);
        return threads.getCurrentThreadCpuTime() - cpuStart;
    }

    private static long median(long[] values) {
        return LongStream.of(values).sorted().skip(values.length / 2).findFirst().orElseThrow();
    }

    /**
     * Runs {@link CalibrateThenBurn} in a new JVM (this one's {@code java} and class path) with
     * {@code flags}, and returns its output. A smaller cousin of 06-shutdown's {@code ChildJvm}: the
     * output goes to a file, so a child that hangs cannot block the reading thread.
     */
    private static List<String> runChild(List<String> flags, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CalibrateThenBurn.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            assertThat(child.waitFor(CHILD_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS))
                    .as("the child %s ended", command).isTrue();
            List<String> output = Files.readAllLines(out);
            assertThat(child.exitValue()).as("exit status of %s; output: %s", command, output).isZero();
            return output;
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    /** The child: calibrates, prints where the speed came from, then the CPU cost of each burn. */
    public static final class CalibrateThenBurn {

        private CalibrateThenBurn() {
        }

        public static void main(String[] args) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            CpuBurner burner = CpuBurner.calibrate();
            System.out.println(burner.provenance());
            for (int i = 0; i < BURNS; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                burner.burn(ASKED);
                System.out.println(threads.getCurrentThreadCpuTime() - cpuStart);
            }
        }
    }

    /**
     * Runs {@code work} while threads spin on all cores but one, so that the child's calibrating thread
     * and its JIT compiler threads share the last one; the spinners are stopped and joined before it
     * returns, whatever {@code work} does.
     */
    private static <T> T withAllCoresButOneBusy(Callable<T> work) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> spinners = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(1, Runtime.getRuntime().availableProcessors() - 1); i++) {
                spinners.add(Thread.ofPlatform().name("busy-core-" + i).start(() -> {
                    while (!stop.get()) {
                        Thread.onSpinWait();
                    }
                }));
            }
            return work.call();
        } finally {
            stop.set(true);
            for (Thread spinner : spinners) {
                spinner.join();
            }
        }
    }
}
