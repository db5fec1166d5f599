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

    /**
     * Leaves {@code status} for {@link #main} in {@code buildDir}. Written every time, 0 included, so
     * that a status left by an earlier run that nobody read cannot end a later one.
     */
    public static void leave(Path buildDir, int status) throws IOException {
        Files.createDirectories(buildDir);
        Files.writeString(buildDir.resolve(STATUS_FILE), Integer.toString(status));
    }

    /**
     * {@code args[0]}: the module's build directory; {@code args[1]}, optional: {@code true} to read
     * and forget the status and go on ({@code -DignoreExitStatus}: the ready check starts every
     * module's demo and exercise in one Maven run, and reads their answers from the output).
     */
    public static void main(String[] args) throws IOException {
        Path status = Path.of(args[0], STATUS_FILE);
        if (!Files.isRegularFile(status)) {
            return; // nothing ran here
        }
        int code = Integer.parseInt(Files.readString(status).strip());
        Files.delete(status);
        boolean ignore = args.length > 1 && Boolean.parseBoolean(args[1]);
        if (code != 0 && !ignore) {
            System.exit(code);
        }
    }
}
