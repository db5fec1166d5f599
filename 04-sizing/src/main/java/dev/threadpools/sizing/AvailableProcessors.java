package dev.threadpools.sizing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * What {@link Runtime#availableProcessors()} answers in a JVM started with given flags.
 *
 * <p>Inside a container the answer is not the host's core count: since JDK 10 (and 8u191) the JVM
 * reads the container's CPU limit from cgroups (cgroup v2 {@code cpu.max}, v1
 * {@code cpu.cfs_quota_us / cpu.cfs_period_us}, rounded up) and the cpuset it may run on, and reports
 * the smaller. {@code -XX:ActiveProcessorCount=n} overrides all of that. Containers cannot be
 * started on the machine that builds this lesson, so the lesson uses the override to show the
 * consequence: every pool sized from {@code availableProcessors()} shrinks with it.
 *
 * <p>The {@link #main} method is the child side: it prints what its own JVM sees.
 */
public final class AvailableProcessors {

    /** What a child JVM reported. */
    public record Report(int availableProcessors, int commonPoolParallelism) {
    }

    private AvailableProcessors() {
    }

    /** Child side: prints {@code availableProcessors commonPoolParallelism} on one line. */
    public static void main(String[] args) {
        System.out.println(Runtime.getRuntime().availableProcessors() + " "
                + ForkJoinPool.commonPool().getParallelism());
    }

    /**
     * Starts a JVM of the running JDK with {@code jvmFlags}, runs {@link #main} in it and returns
     * what it printed. Blocks until the child has exited (at most 60 s).
     */
    public static Report inChildJvm(List<String> jvmFlags) throws InterruptedException {
        Objects.requireNonNull(jvmFlags, "jvmFlags");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", ownClassesLocation(), AvailableProcessors.class.getName()));
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            // Read before waiting, so a chatty child cannot block on a full pipe.
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!child.waitFor(60, TimeUnit.SECONDS) || child.exitValue() != 0) {
                child.destroyForcibly();
                throw new IllegalStateException("child JVM " + command + " failed: " + output);
            }
            String[] fields = output.split("\\s+");
            return new Report(Integer.parseInt(fields[fields.length - 2]), Integer.parseInt(fields[fields.length - 1]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /** The directory (or jar) this class was loaded from: the child needs nothing else. */
    private static String ownClassesLocation() {
        try {
            return Path.of(AvailableProcessors.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
