package dev.threadpools.shutdown;

import static dev.threadpools.shutdown.JvmExitScenario.HOOK_DRAINED;
import static dev.threadpools.shutdown.JvmExitScenario.HOOK_STARTED;
import static dev.threadpools.shutdown.JvmExitScenario.MAIN_RETURNED;
import static dev.threadpools.shutdown.JvmExitScenario.READY;
import static dev.threadpools.shutdown.JvmExitScenario.TASK_FINALLY;
import static dev.threadpools.shutdown.JvmExitScenario.TASK_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.Claim;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JVM's view of a pool, seen from outside: each test runs a {@link JvmExitScenario} in a child
 * JVM and watches whether it exits and what it printed. Every child is killed by
 * {@link ChildJvm#close()} at the end of its test, whatever happened.
 */
class JvmExitTest {

    /** Far more than an idle JVM needs to exit; a child still alive after this is being kept alive. */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(2);
    /** For children that are expected to exit: JVM start-up on a busy machine can be slow. */
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    /** 128 + 15: the status of a JVM ended by SIGTERM. */
    private static final int EXIT_BY_SIGTERM = 143;

    @Claim("J44")
    @Test
    void aNonDaemonPoolKeepsTheJvmAliveAfterMainReturns() throws InterruptedException {
        try (ChildJvm child = ChildJvm.start(JvmExitScenario.class, "non-daemon")) {
            child.awaitLine(TASK_STARTED);
            child.awaitLine(MAIN_RETURNED);

            assertThat(child.waitForExit(EXIT_BOUND)).as("the JVM did not exit: a non-daemon worker holds it")
                    .isFalse();
        }
    }

    @Claim("J43")
    @Test
    void aDaemonPoolLetsTheJvmExitAndItsTaskDiesMidWorkWithoutFinally() throws InterruptedException {
        try (ChildJvm child = ChildJvm.start(JvmExitScenario.class, "daemon")) {
            assertThat(child.waitForExit(GENEROUS)).as("the JVM exited although a task was running").isTrue();

            List<String> output = child.allOutput();
            assertThat(child.exitValue()).isZero();
            assertThat(output).containsSubsequence(TASK_STARTED, MAIN_RETURNED);
            assertThat(output).as("the daemon's finally block never ran").doesNotContain(TASK_FINALLY);
        }
    }

    @Test
    void aShutdownHookDrainsThePoolOnSigterm() throws InterruptedException {
        assertThat(outputAfterSigterm("sigterm-hook")).containsSubsequence(HOOK_STARTED, "task 1 done",
                "task 2 done", "task 3 done", "task 4 done", "task 5 done", HOOK_DRAINED);
    }

    @Test
    void withoutAHookSigtermLosesTheQueuedTasks() throws InterruptedException {
        assertThat(outputAfterSigterm("sigterm-no-hook")).as("nothing ran after the signal")
                .noneMatch(line -> line.startsWith("task ") && line.endsWith(" done"));
    }

    /**
     * Runs {@code scenario} in a child JVM, sends it SIGTERM once it is ready, checks that the signal
     * ended it, and returns all it printed.
     */
    private static List<String> outputAfterSigterm(String scenario) throws InterruptedException {
        try (ChildJvm child = ChildJvm.start(JvmExitScenario.class, scenario)) {
            child.awaitLine(READY);

            child.terminate();

            assertThat(child.waitForExit(GENEROUS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(EXIT_BY_SIGTERM);
            return child.allOutput();
        }
    }

    @Test
    void aScenarioNeedsAName() throws InterruptedException {
        try (ChildJvm child = ChildJvm.start(JvmExitScenario.class, "no-such-scenario")) {
            assertThat(child.waitForExit(GENEROUS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(2);
            assertThat(child.allOutput()).anyMatch(line -> line.startsWith("usage:"));
        }
    }
}
