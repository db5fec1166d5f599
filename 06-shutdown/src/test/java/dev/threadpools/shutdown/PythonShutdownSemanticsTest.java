package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Python seed's side of the comparison in the README, checked by running
 * {@code src/test/python/shutdown_semantics.py} with the machine's {@code python3}. Skipped (not
 * failed) where there is no {@code python3}: it is the reference, not the lesson.
 */
class PythonShutdownSemanticsTest {

    private static final Path SCRIPT = Path.of("src", "test", "python", "shutdown_semantics.py");

    @Test
    void pythonsShutdownCancelsPendingFuturesButNeverInterruptsARunningTask() throws Exception {
        Process python;
        try {
            python = new ProcessBuilder("python3", SCRIPT.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no python3 on this machine: " + e.getMessage());
            return;
        }
        try {
            List<String> lines;
            try (var output = python.getInputStream()) {
                lines = new String(output.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(python.exitValue()).as("script output: %s", lines).isZero();
            assertThat(lines).containsExactly(
                    "wait_false_returned_while_running=True",   // shutdown(wait=False) ~ shutdown()
                    "submit_after_shutdown=RuntimeError",       // ~ RejectedExecutionException
                    "wait_false_queued_result=queued ran",      // the queue still drains
                    "cancel_futures_queued_cancelled=True",     // pending futures are cancelled...
                    "cancel_futures_running_result=finished",   // ...the running task runs to its end
                    "with_block_ran=5");                        // with = shutdown(wait=True) ~ close()
        } finally {
            python.destroyForcibly();
            python.waitFor();
        }
    }
}
