package dev.threadpools.anatomy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A thread dump of one pool, taken from inside the program with {@link java.lang.management.ThreadMXBean}:
 * what {@code jstack <pid>} prints, narrowed to the threads whose names start with the pool's prefix.
 *
 * <p>This is why naming threads matters: in a dump of a server with hundreds of threads,
 * {@code pool-7-thread-3} tells nobody which pool it is.
 */
public final class PoolThreadDump {

    private PoolThreadDump() {
    }

    /**
     * Each live thread named {@code prefix-...}: its name, state, and up to {@code depth} top frames,
     * sorted by name.
     *
     * @throws NullPointerException     if {@code prefix} is null
     * @throws IllegalArgumentException if {@code depth < 0}
     */
    public static String of(String prefix, int depth) {
        Objects.requireNonNull(prefix, "prefix");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative, was " + depth);
        }
        ThreadInfo[] all = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false, depth);
        return Arrays.stream(all)
                .filter(info -> info.getThreadName().startsWith(prefix + "-"))
                .sorted(Comparator.comparing(ThreadInfo::getThreadName))
                .map(PoolThreadDump::describe)
                .collect(Collectors.joining());
    }

    private static String describe(ThreadInfo info) {
        StringBuilder text = new StringBuilder()
                .append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState())
                .append(System.lineSeparator());
        for (StackTraceElement frame : info.getStackTrace()) {
            text.append("    at ").append(frame).append(System.lineSeparator());
        }
        return text.toString();
    }
}
