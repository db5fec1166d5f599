package dev.threadpools.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ends Maven with the status a program of the kit left behind, from inside Maven's own JVM
 * ({@code exec:java}): 1 from {@code ExerciseRunner} for an unsolved exercise, 2 for a usage error
 * (a demo's bad argument, an unknown demo or exercise number, a module without benchmarks). A
 * plugin that fails would make Maven exit with 1 whatever the status, and print a seven-line error
 * footer under the message; exiting the JVM does neither.
 *
 * <p>Runs on the JVM that runs Maven, which may be older than the lessons' JDK: the kit is compiled
 * for Java 17.
 */
public final class MavenExit {

    /** The file, in a module's build directory, that holds the status to exit with. */
    public static final String STATUS_FILE = "exit-status";

    private MavenExit() {
    }

    /** Leaves {@code status} for {@link #main} in {@code buildDir}; 0 leaves nothing. */
    public static void leave(Path buildDir, int status) throws IOException {
        if (status != 0) {
            Files.createDirectories(buildDir);
            Files.writeString(buildDir.resolve(STATUS_FILE), Integer.toString(status));
        }
    }

    /** {@code args[0]}: the module's build directory. */
    public static void main(String[] args) throws IOException {
        Path status = Path.of(args[0], STATUS_FILE);
        if (!Files.isRegularFile(status)) {
            return; // nothing ran here, or it ended well
        }
        int code = Integer.parseInt(Files.readString(status).strip());
        Files.delete(status);
        if (code != 0) {
            System.exit(code);
        }
    }
}
