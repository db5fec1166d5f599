package dev.threadpools.basics;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.Machine;
import dev.threadpools.kit.DemoArgs;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Demo 02: what a thread costs in memory. The seed says "each thread = ~1 MB stack" and
 * "1000 threads = ~1 GB". This demo blocks N virtual threads, then N platform threads, on a latch
 * and prints how much each kind added to reserved stack, committed stack, heap and process RSS.
 *
 * <p>What to look for: the reserved column is about {@code -Xss} per platform thread (the seed's
 * 1 MB), but it is address space, not RAM. The committed and RSS columns are what the machine really
 * pays: tens of KB per blocked platform thread (the module README's Figures, "Memory", has the
 * measured range). Virtual threads reserve no native stack at all;
 * their parked frames are a small object on the heap.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=02} (200 threads of each kind, quick), or
 * {@code -Ddemo=02 -Dargs=1000} for the seed's thousand. The stack columns need Native Memory
 * Tracking, which this module's {@code demo.jvmArgs} turns on; see {@link ThreadMemory}.
 */
@Claim("J4")
public final class Demo02_ThreadMemory {

    private Demo02_ThreadMemory() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = DemoArgs.positiveInts(args, "Demo02_ThreadMemory [THREADS > 0]", 200)[0];

        // Load and initialise everything the measurement itself uses, so that it is in the baseline.
        ThreadMemory.growthWithBlockedThreads(Thread.ofPlatform(), 1);
        ThreadMemory.growthWithBlockedThreads(Thread.ofVirtual(), 1);

        // Virtual threads first: a platform thread's stack is unmapped when its OS thread exits, which
        // can happen after join() has returned, so platform threads measured first would still be
        // giving memory back during the virtual run and make its growth negative.
        var virtual = ThreadMemory.growthWithBlockedThreads(Thread.ofVirtual(), threads);
        var platform = ThreadMemory.growthWithBlockedThreads(Thread.ofPlatform(), threads);

        System.out.printf("Memory added by %d threads blocked on a latch (%s, -Xss %s KB)%n%n",
                threads, Machine.describe(), stackSizeKb());
        System.out.printf("  %-18s %15s %16s %12s %12s%n", "", "stack reserved", "stack committed",
                "heap used", "process RSS");
        print("platform, total", platform, threads, false);
        print("platform, each", platform, threads, true);
        print("virtual, total", virtual, threads, false);
        print("virtual, each", virtual, threads, true);
        if (!ThreadMemory.nativeMemoryTrackingEnabled()) {
            System.out.printf("%n  (stack columns: start the JVM with -XX:NativeMemoryTracking=summary)%n");
        }
        System.out.printf("%nReserved is address space; committed and RSS are RAM.%n1000 platform threads "
                + "reserve ~%d MB but occupy %s%s.%n", 1000 * stackSizeKb() / 1024,
                platform.rssKb() == ThreadMemory.UNKNOWN ? "(unknown RSS)"
                        : "~" + platform.rssKb() * 1000 / threads / 1024 + " MB of RSS",
                threads == 1000 ? "" : " (scaled from " + threads + ")");
    }

    private static void print(String label, ThreadMemory.Snapshot growth, int threads, boolean perThread) {
        System.out.printf("  %-18s %15s %16s %12s %12s%n", label,
                kb(growth.stackReservedKb(), threads, perThread), kb(growth.stackCommittedKb(), threads, perThread),
                kb(growth.heapUsedKb(), threads, perThread), kb(growth.rssKb(), threads, perThread));
    }

    private static String kb(long totalKb, int threads, boolean perThread) {
        if (totalKb == ThreadMemory.UNKNOWN) {
            return "n/a";
        }
        return perThread ? String.format("%.1f KB", (double) totalKb / threads) : totalKb + " KB";
    }

    private static long stackSizeKb() {
        return Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("ThreadStackSize").getValue());
    }
}
