package dev.threadpools.sizing;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Demo 02: what {@code Runtime.availableProcessors()} returns when the JVM may not use every core,
 * and what that does to every pool sized from it.
 *
 * <p>In a container with a CPU limit ({@code docker run --cpus=1}, a Kubernetes {@code limits.cpu}),
 * the kernel enforces the limit with cgroups: {@code cpu.max} ("quota period", cgroup v2) or
 * {@code cpu.cfs_quota_us} and {@code cpu.cfs_period_us} (v1). Since JDK 10 (backported to 8u191) the
 * JVM reads them and answers {@code ceil(quota / period)}, or the size of its cpuset if that is
 * smaller, instead of the host's core count. Before that it answered the host's count: a container
 * limited to one CPU on a 64-core host made 65-thread "CPU-bound" pools.
 *
 * <p>No container can be started here, so the demo starts child JVMs with
 * {@code -XX:ActiveProcessorCount=n}, the flag that overrides the detection (the fix when the
 * detection is wrong, for example with a CPU <em>request</em> but no limit). Look for: the child's
 * answer, the common fork/join pool's parallelism and the N + 1 pool all follow the flag.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=02}
 */
public final class Demo02_AvailableProcessorsInAContainer {

    private Demo02_AvailableProcessorsInAContainer() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo02_AvailableProcessorsInAContainer (takes no arguments)");
        System.out.println("What the JVM thinks it may use, and the cgroup limit it reads it from:");
        System.out.println("  this JVM: availableProcessors() = " + Machine.cores() + "  (" + Machine.describe() + ")");
        printCgroupLimit();
        System.out.println();
        System.out.printf("  %-34s %22s %24s %10s%n", "child JVM started with", "availableProcessors()",
                "commonPool parallelism", "N + 1");
        for (List<String> flags : List.of(List.<String>of(), List.of("-XX:ActiveProcessorCount=1"),
                List.of("-XX:ActiveProcessorCount=8"))) {
            AvailableProcessors.Report report = AvailableProcessors.inChildJvm(flags);
            System.out.printf("  %-34s %22d %24d %10d%n", flags.isEmpty() ? "(no flag)" : flags.get(0),
                    report.availableProcessors(), report.commonPoolParallelism(),
                    PoolSizing.cpuBound(report.availableProcessors()));
        }
        System.out.println();
        System.out.println("ActiveProcessorCount=8 on a 2-core machine is believed too: the JVM trusts the flag.");
        System.out.println("Pools sized from availableProcessors() are only as right as its answer.");
    }

    /** cgroup v2 first, then v1; prints what it finds, or that there is no limit to find. */
    private static void printCgroupLimit() {
        Path v2 = Path.of("/sys/fs/cgroup/cpu.max");
        Path v1Quota = Path.of("/sys/fs/cgroup/cpu/cpu.cfs_quota_us");
        Path v1Period = Path.of("/sys/fs/cgroup/cpu/cpu.cfs_period_us");
        try {
            if (Files.isReadable(v2)) {
                String limit = Files.readString(v2).strip();
                System.out.println("  " + v2 + " = \"" + limit + "\""
                        + (limit.startsWith("max") ? "  (no CPU limit: quota \"max\")" : "  (quota period, in microseconds)"));
            } else if (Files.isReadable(v1Quota) && Files.isReadable(v1Period)) {
                System.out.println("  cgroup v1: cfs_quota_us = " + Files.readString(v1Quota).strip()
                        + ", cfs_period_us = " + Files.readString(v1Period).strip() + "  (-1: no limit)");
            } else {
                System.out.println("  no cgroup CPU controller visible here (not Linux, or not mounted)");
            }
        } catch (IOException e) {
            System.out.println("  cannot read the cgroup limit: " + e);
        }
    }
}
