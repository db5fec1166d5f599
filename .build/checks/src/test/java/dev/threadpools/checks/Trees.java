package dev.threadpools.checks;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The trees the checks run on in tests: this repository, and small made-up ones. */
final class Trees {

    private Trees() {
    }

    /**
     * This repository (surefire runs a module's tests in the module's folder). A copy without the
     * reference solutions, as the root README shows how to make, has links to them that no longer
     * resolve; there the real-tree tests are skipped rather than failing ./mvnw verify.
     */
    static Path repository() {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve("01-basics/src/solutions")),
                "the reference solutions were removed from this copy; CI checks the full tree");
        return root;
    }

    /** Writes a file under root, its folders included. */
    static void write(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
