package dev.threadpools.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ends Maven with the status {@link ExerciseRunner} left behind, from inside Maven's own JVM
 * ({@code exec:java}). A plugin that fails makes Maven print a seven-line error footer under the
 * learner's report; exiting the JVM does not, and the shell still sees the status.
 *
 * <p>Runs on the JVM that runs Maven, which may be older than the lessons' JDK: the test kit is
 * compiled for Java 17.
 */
public final class MavenExit {

    private MavenExit() {
    }

    /** {@code args[0]}: the module's build directory. */
    public static void main(String[] args) throws IOException {
        Path status = Path.of(args[0], ExerciseRunner.STATUS_FILE);
        if (!Files.isRegularFile(status)) {
            return; // the runner did not run (no exercises here), so there is nothing to report
        }
        int code = Integer.parseInt(Files.readString(status).strip());
        Files.delete(status);
        if (code != 0) {
            System.exit(code);
        }
    }
}
