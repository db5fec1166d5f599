package dev.threadpools.kit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trees that the tests of the build's own tools ({@code .build/checks}, {@code .build/claims}) run
 * on: this repository, and small made-up ones in which a test plants one mistake.
 */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /**
     * This repository: surefire runs a module's tests in the module's folder, two levels below the root
     * ({@code .build/checks}). A copy without the reference solutions, as the root README shows how to
     * make, has links to them that no longer resolve; there a test of the real tree is skipped rather
     * than failing {@code ./mvnw verify}. CI checks the full tree.
     */
    public static Path repository() {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve("01-basics/src/solutions")),
                "the reference solutions were removed from this copy; CI checks the full tree");
        return root;
    }

    /** Writes {@code text} to the file {@code path} under {@code root}, making its folders. */
    public static void write(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
