package dev.threadpools.shutdown;

import dev.threadpools.kit.Machine;
/** What every demo of this module does the same way: check its arguments, print its header. */
final class DemoSupport {

    private DemoSupport() {
    }

    /** For a demo that takes no arguments: anything else prints {@code usage} and exits with 2. */
    static void requireNoArguments(String[] args, Class<?> demo) {
        if (args.length != 0) {
            exitWithUsage(demo.getSimpleName() + " (takes no arguments)");
        }
    }

    /** Prints {@code usage: <line>} to stderr and exits with status 2. */
    static void exitWithUsage(String line) {
        System.err.println("usage: " + line);
        System.exit(2);
    }

    /** The demo's header: what happens, then the machine it runs on. */
    static void header(String whatHappens) {
        // The machine on a line of its own: with a long CPU model the two would not fit 100 columns.
        System.out.printf("%s%n(%s)%n%n", whatHappens, Machine.describe());
    }
}
