package dev.threadpools.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Answers {@code -Djmh} or {@code -Djcstress} in a lesson that has no benchmarks or no stress tests
 * (the parent POM runs it where {@code src/jmh/java} or {@code src/jcstress/java} is missing). Named
 * with {@code -pl}, such a module is a mistake: the message names the modules that have some, and the
 * status is 2. In a run over all modules it is skipped with one line, so that a reader knows which
 * were left out.
 *
 * <p>Runs in Maven's JVM ({@code exec:java}), like {@link MavenExit}.
 */
public final class NothingToRun {

    static final int EXIT_USAGE = 2;

    private NothingToRun() {
    }

    /**
     * {@code args}: what is missing ({@code benchmarks} or {@code stress tests}), its source folder
     * ({@code src/jmh/java}), the module's directory, its build directory, and Maven's list of the
     * modules named with {@code -pl} ({@code []} when none were).
     */
    public static void main(String[] args) throws IOException {
        String what = args[0];
        String folder = args[1];
        Path module = Path.of(args[2]);
        Path buildDir = Path.of(args[3]);
        String selected = args.length > 4 ? String.join(" ", List.of(args).subList(4, args.length)) : "[]";
        if (!Files.isDirectory(module.resolve("src/main/java"))) {
            return; // the parent POM: not a lesson
        }
        String name = module.getFileName().toString();
        if (selected.replaceAll("[\\[\\]\\s,]", "").isEmpty()) {
            System.out.println("(" + name + " has no " + what + ": skipped)");
            MavenExit.leave(buildDir, 0);
            return;
        }
        System.err.println(name + " has no " + what + " (no " + folder + "). Modules that have some: "
                + String.join(", ", modulesWith(module.toAbsolutePath().getParent(), folder)));
        MavenExit.leave(buildDir, EXIT_USAGE);
    }

    private static List<String> modulesWith(Path root, String folder) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isDirectory(dir.resolve(folder)))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
