package dev.threadpools.anatomy;

/**
 * Argument handling shared by the demos: optional positive integers, and the convention for bad input
 * (one {@code usage:} line on stderr, exit status 2).
 */
final class DemoArgs {

    private DemoArgs() {
    }

    /**
     * The positive integer at {@code args[index]}, or {@code fallback} when there are fewer arguments.
     * Exits with status 2 if there are more than {@code maxArgs} arguments or the value is not a
     * positive integer.
     */
    static int positiveInt(String[] args, int index, int maxArgs, int fallback, String usage) {
        if (args.length > maxArgs) {
            exitWithUsage(usage);
        }
        if (index >= args.length) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the usage line
        }
        return exitWithUsage(usage);
    }

    /** Exits with status 2 if any argument was given to a demo that takes none. */
    static void none(String[] args, String usage) {
        if (args.length > 0) {
            exitWithUsage(usage);
        }
    }

    private static int exitWithUsage(String usage) {
        System.err.println("usage: " + usage);
        System.exit(2);
        throw new AssertionError("unreachable");
    }

    /** "2 cores, Java 25": printed next to every figure. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version();
    }
}
