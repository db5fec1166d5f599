package dev.threadpools.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a lesson's Python script with the machine's {@code python3}, for the claims of the Python seed
 * that only Python can settle. Where there is no {@code python3}, the calling test is aborted
 * (reported as skipped, not failed): Python is the reference the lesson compares with, not the
 * lesson itself.
 */
public final class PythonScript {

    private PythonScript() {
    }

    /**
     * Runs {@code script} to its end and returns its output (stdout and stderr) as lines.
     *
     * @throws AssertionError if it does not finish within {@code timeoutSeconds} or exits with a
     *         status other than 0 (the output is in the message)
     */
    public static List<String> run(Path script, long timeoutSeconds) throws InterruptedException {
        Objects.requireNonNull(script, "script");
        Process python;
        try {
            python = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no python3 on this machine: " + e.getMessage());
            throw new AssertionError("unreachable", e);
        }
        try (InputStream output = python.getInputStream()) {
            List<String> lines = new String(output.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(python.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as("%s finished", script).isTrue();
            assertThat(python.exitValue()).as("exit status of %s, output: %s", script, lines).isZero();
            return lines;
        } catch (IOException e) {
            throw new AssertionError("could not read the output of " + script, e);
        } finally {
            python.destroyForcibly();
            python.waitFor();
        }
    }
}
