package dev.threadpools.kit;

/**
 * Argument handling shared by the demos of every module: each takes a few optional positive
 * integers, and a bad argument prints one {@code usage:} line to stderr and exits with status 2, as
 * CONTRIBUTING.md asks.
 */
public final class DemoArgs {

    private DemoArgs() {
    }

    /**
     * Parses {@code args} as positive integers, position by position; a missing position keeps its
     * default. Exits the JVM with status 2 on anything else.
     *
     * @param usage    the text after {@code usage: }, e.g. {@code "Demo01_X [TASKS > 0]"}
     * @param defaults one default per accepted argument
     */
    public static int[] positiveInts(String[] args, String usage, int... defaults) {
        int[] values = defaults.clone();
        if (args.length > defaults.length) {
            exitWithUsage(usage);
        }
        for (int i = 0; i < args.length; i++) {
            try {
                values[i] = Integer.parseInt(args[i]);
            } catch (NumberFormatException e) {
                exitWithUsage(usage);
            }
            if (values[i] <= 0) {
                exitWithUsage(usage);
            }
        }
        return values;
    }

    /** For demos that take no argument at all. */
    public static void none(String[] args, String usage) {
        if (args.length > 0) {
            exitWithUsage(usage);
        }
    }

    /** Prints {@code usage: <usage>} to stderr and exits with status 2. */
    public static void exitWithUsage(String usage) {
        System.err.println("usage: " + usage);
        System.exit(2);
    }
}
