package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.threadpools.kit.Claim;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The seed's "each thread = ~1 MB stack", split into reserved and committed (Demo02). The module's
 * surefire argLine turns on Native Memory Tracking, so the stack figures are known here.
 */
class ThreadMemoryTest {

    private static final int THREADS = 50;

    private final long stackSizeKb = Long.parseLong(ManagementFactory
            .getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("ThreadStackSize").getValue());

    /**
     * Under Maven the JVM is started with NMT, and then it must be seen as on: were its detection
     * broken, an assumption alone would skip the memory tests and hide it. Elsewhere (an IDE without
     * the argLine) they are skipped.
     */
    private static void requireNativeMemoryTracking() {
        boolean startedWithNmt = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> argument.startsWith("-XX:NativeMemoryTracking=")
                        && !argument.endsWith("=off"));
        if (startedWithNmt) {
            assertThat(ThreadMemory.nativeMemoryTrackingEnabled())
                    .as("NMT seen as enabled in a JVM started with it").isTrue();
        }
        assumeTrue(startedWithNmt, "NMT is on (see pom.xml argLine)");
    }

    @Claim({"J2", "J8", "J9", "J85"})
    @Test
    void aBlockedPlatformThreadReservesItsFullStackButCommitsOnlyAFraction() throws InterruptedException {
        requireNativeMemoryTracking();

        var growth = ThreadMemory.growthWithBlockedThreads(Thread.ofPlatform(), THREADS);

        // Bounds, not equality: the JIT may start or stop a compiler thread meanwhile.
        assertThat(growth.stackReservedKb()).as("reserved: about -Xss per thread")
                .isBetween((THREADS - 5) * stackSizeKb, (THREADS + 5) * stackSizeKb);
        assertThat(growth.stackCommittedKb()).as("committed: a fraction of what is reserved")
                .isPositive().isLessThan(growth.stackReservedKb() / 4);
    }

    @Test
    void blockedVirtualThreadsReserveNoNativeStackOfTheirOwn() throws InterruptedException {
        requireNativeMemoryTracking();

        var growth = ThreadMemory.growthWithBlockedThreads(Thread.ofVirtual(), 4 * THREADS);

        // Carrier threads (one per core) may start meanwhile, and the JVM may add a compiler or GC
        // thread: a few stacks, against the 200 a platform thread per task would reserve.
        int carriers = Runtime.getRuntime().availableProcessors();
        assertThat(growth.stackReservedKb()).as("stack reserved while %d virtual threads were blocked", 4 * THREADS)
                .isLessThanOrEqualTo((carriers + 3L) * stackSizeKb);
    }

    @Test
    void readsTheStackLineOfAnNmtSummary() {
        String summary = """
                -                    Thread (reserved=12339KB, committed=599KB)
                                            (threads #11)
                                            (stack: reserved=12288KB, committed=548KB, peak=548KB)
                """;

        assertThat(ThreadMemory.parseNmtStack(summary)).containsExactly(12288, 548);
        assertThat(ThreadMemory.parseNmtStack("Native memory tracking is not enabled"))
                .containsExactly(ThreadMemory.UNKNOWN, ThreadMemory.UNKNOWN);
    }

    @Test
    void readsTheResidentSetOfThisProcess() {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "Linux");

        assertThat(ThreadMemory.residentSetKb()).isPositive();
    }

    @Test
    void readsTheVmRssLineOfAProcStatus() {
        String status = """
                Name:	java
                VmPeak:	 4567890 kB
                VmSize:	 4567800 kB
                VmHWM:	   98765 kB
                VmRSS:	   54321 kB
                RssAnon:	   40000 kB
                """;

        assertThat(ThreadMemory.parseResidentSetKb(status)).as("VmRSS, not the peak, size or high-water mark")
                .isEqualTo(54321);
        assertThat(ThreadMemory.parseResidentSetKb("Name:\tjava\n")).isEqualTo(ThreadMemory.UNKNOWN);
    }

    @Test
    void aGrowthIsTheDifferenceFieldByFieldAndUnknownStaysUnknown() {
        var before = new ThreadMemory.Snapshot(100, 10, ThreadMemory.UNKNOWN, 1000);
        var after = new ThreadMemory.Snapshot(350, 40, 500, ThreadMemory.UNKNOWN);

        assertThat(after.minus(before)).as("after minus before")
                .isEqualTo(new ThreadMemory.Snapshot(250, 30, ThreadMemory.UNKNOWN, ThreadMemory.UNKNOWN));
    }

    @Test
    void validatesItsArgumentsLikeTheJdk() {
        assertThatThrownBy(() -> ThreadMemory.growthWithBlockedThreads(Thread.ofVirtual(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> ThreadMemory.growthWithBlockedThreads(null, 1))
                .isInstanceOf(NullPointerException.class);
    }
}
