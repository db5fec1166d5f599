package dev.threadpools.shutdown;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.time.Duration;
import java.util.List;

/**
 * Demo 05: the JVM's view of a pool. Four small programs ({@link JvmExitScenario}) run as child JVMs
 * and this demo watches them from outside.
 *
 * <ul>
 *   <li>{@code non-daemon}: main returns while a pool task runs. The child is still alive after
 *       {@value #EXIT_BOUND_SECONDS} s, so the demo kills it: nothing would ever end it.</li>
 *   <li>{@code daemon}: the same on daemon threads. The child exits at once; its task's
 *       {@code finally} block never prints.</li>
 *   <li>{@code sigterm-hook}: SIGTERM while one task runs and four wait; the shutdown hook drains
 *       them. Exit status 143 = 128 + SIGTERM.</li>
 *   <li>{@code sigterm-no-hook}: the same without the hook; the four never run.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q compile -pl 06-shutdown -Ddemo=05}
 */
public final class Demo05_JvmExit {

    private static final long EXIT_BOUND_SECONDS = 2;
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private Demo05_JvmExit() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo05_JvmExit (takes no arguments)");
        System.out.printf("Four child JVMs, watched from outside%n(%s)%n%n", Machine.describe());
        System.out.printf("  %-16s %-24s %-7s %s%n", "scenario", "exited?", "status", "what it printed");
        try (ChildJvm child = ChildJvm.start(JvmExitScenario.class, "non-daemon")) {
            child.awaitLine(JvmExitScenario.MAIN_RETURNED);
            boolean exited = child.waitForExit(Duration.ofSeconds(EXIT_BOUND_SECONDS));
            System.out.printf("  %-16s %-24s %-7s %s%n", "non-daemon",
                    exited ? "yes" : "NO (alive after " + EXIT_BOUND_SECONDS + " s)", exited ? child.exitValue() : "-",
                    "main returned; killed by the demo");
        }
        try (ChildJvm child = ChildJvm.start(JvmExitScenario.class, "daemon")) {
            boolean exited = child.waitForExit(GENEROUS);
            printExited("daemon", "yes, on its own", child, exited);
        }
        for (String scenario : List.of("sigterm-hook", "sigterm-no-hook")) {
            try (ChildJvm child = ChildJvm.start(JvmExitScenario.class, scenario)) {
                child.awaitLine(JvmExitScenario.READY);
                child.terminate();
                boolean exited = child.waitForExit(GENEROUS);
                printExited(scenario, "yes, on SIGTERM", child, exited);
            }
        }
    }

    private static void printExited(String scenario, String how, ChildJvm child, boolean exited) {
        List<String> lines = exited ? child.allOutput() : List.of("(did not exit)");
        System.out.printf("  %-16s %-24s %-7s %s%n", scenario, exited ? how : "NO",
                exited ? child.exitValue() : "-", lines.getFirst());
        lines.stream().skip(1).forEach(line -> System.out.printf("  %-16s %-24s %-7s %s%n", "", "", "", line));
    }
}
