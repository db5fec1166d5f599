package dev.threadpools.kit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The machine a figure was measured on: a number means little without it, so every demo prints it. */
public final class Machine {

    private Machine() {
    }

    /** What the JVM believes it may use: the N of every formula in this module. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** For example {@code 2 cores, Intel(R) Xeon(R) Processor @ 2.00GHz, JDK 25.0.1}. */
    public static String describe() {
        return cores() + " cores, " + cpuModel() + ", JDK " + Runtime.version();
    }

    /** The system load average of the last minute, like uptime(1) prints it, or "n/a". */
    public static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format("%.1f", load);
    }

    /** The first "model name" of /proc/cpuinfo, or the OS architecture where there is none. */
    static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                return lines.filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip())
                        .findFirst()
                        .orElse(System.getProperty("os.arch"));
            } catch (IOException e) {
                // Not worth failing a demo for: fall through to the architecture.
            }
        }
        return System.getProperty("os.arch");
    }
}
