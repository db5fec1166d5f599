package dev.threadpools.sizing;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Demo 06: estimate W/C of a task by running it, and let the estimate size the pool.
 *
 * <p>The seed says W/S "is estimated by profiler". A profiler is one way; the JVM offers a cheaper one:
 * the per-thread CPU clock ({@code ThreadMXBean.getCurrentThreadCpuTime}). Wall time minus CPU time
 * is the time the task spent off the CPU. {@link WaitComputeEstimator} runs a task a few times on the
 * calling thread and does this arithmetic. Three sample tasks:
 * <ul>
 *   <li>this module's CPU-bound task: W/C should be near 0;</li>
 *   <li>this module's I/O-bound task, built with W/C = 8: the estimate should be near 8;</li>
 *   <li>a "real" task: write a small file, force it to disk and hash it. Its W/C is not known in
 *       advance; that is the point of measuring.</li>
 * </ul>
 * Look for: estimates near the known ratios, and how a busy machine pushes them up (a runnable thread
 * waiting for a core is off the CPU too, and counts as "waiting").
 *
 * <p>Run: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=06}
 */
public final class Demo06_EstimateWaitToCompute {

    private static final byte[] BLOCK = new byte[64 * 1024];

    private Demo06_EstimateWaitToCompute() {
    }

    public static void main(String[] args) throws IOException {
        DemoArgs.none(args, "Demo06_EstimateWaitToCompute (takes no arguments)");
        int cores = Machine.cores();
        CpuBurner burner = CpuBurner.calibrate();
        Path file = Files.createTempFile("demo06-", ".bin");
        try {
            System.out.println("W/C estimated from wall time and per-thread CPU time, 20 warm-up + 50 measured runs each");
            SweepReport.printMachine(burner);
            System.out.println();
            System.out.printf("  %-36s %8s %7s %8s %6s %11s %13s%n", "task", "wall ms", "CPU ms", "wait ms",
                    "W/C", "pool at U=1", "pool at U=0.5");
            var estimator = new WaitComputeEstimator();
            estimateAndPrint(estimator, "module CPU task (W/C = 0 by design)",
                    () -> Lesson.CPU.runTask(0, burner), cores);
            estimateAndPrint(estimator, "module I/O task (W/C = 8 by design)",
                    () -> Lesson.IO.runTask(0, burner), cores);
            estimateAndPrint(estimator, "write 64 KiB + fsync + SHA-256",
                    () -> writeSyncAndHash(file), cores);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void estimateAndPrint(WaitComputeEstimator estimator, String label, Runnable task, int cores) {
        WaitComputeEstimator.Estimate estimate = estimator.estimate(task, 20, 50);
        System.out.printf("  %-36s %8.3f %7.3f %8.3f %6.2f %11d %13d%n", label,
                estimate.meanWall().toNanos() / 1e6, estimate.meanCpu().toNanos() / 1e6,
                estimate.meanWait().toNanos() / 1e6, estimate.waitToCompute(),
                estimate.recommendedPoolSize(cores, 1.0), estimate.recommendedPoolSize(cores, 0.5));
    }

    /** A task with real I/O: the fsync blocks until the disk (or its cache) says the data is safe. */
    private static void writeSyncAndHash(Path file) {
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(BLOCK));
            channel.force(true);
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
