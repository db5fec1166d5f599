package dev.threadpools.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The line printed next to every figure: a number means little without the machine it came from.
 */
public final class Machine {

    private Machine() {
    }

    /** For example {@code "2 cores, Intel(R) Xeon(R) Processor @ 2.00GHz, JDK 25.0.3"}. */
    public static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel()
                + ", JDK " + Runtime.version();
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU"; // not Linux: the figure still stands, only the label is poorer
        }
    }
}
