package dev.threadpools.checks;

import java.nio.file.Path;
import java.util.List;

/**
 * CI's checks of the Markdown pages, {@code links}, {@code sections} and {@code commands}, on the tree
 * at a root. For each check that fails: one line per problem, with file and line; then status 1. A
 * usage error ends with status 2. Run by {@code .ci/check} (see CONTRIBUTING.md, "Checks").
 */
public final class Checks {

    private static final String USAGE = "usage: Checks ROOT links|sections|commands...";

    private Checks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        boolean failed = false;
        for (String check : List.of(args).subList(1, args.length)) {
            List<String> problems = switch (check) {
                case "links" -> new Links(root).check();
                case "sections" -> new Sections(root).check();
                case "commands" -> new Commands(root).check();
                default -> usage();
            };
            if (problems.isEmpty()) {
                System.out.println(check + ": every Markdown page passes");
            } else {
                failed = true;
                System.err.println(check + ": " + problems.size() + " problem(s); how to write a page that passes:"
                        + " CONTRIBUTING.md");
                problems.forEach(p -> System.err.println("  " + p));
            }
        }
        if (failed) {
            System.exit(1);
        }
    }

    private static List<String> usage() {
        System.err.println(USAGE);
        System.exit(2);
        throw new AssertionError("unreachable");
    }
}
