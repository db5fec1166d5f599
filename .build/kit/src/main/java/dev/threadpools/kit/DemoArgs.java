package dev.threadpools.kit;

import java.util.List;
import java.util.Objects;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The one argument parser of every module's demos. A demo takes a few optional arguments by
 * position; a bad one prints one {@code usage:} line to stderr and exits with status 2, as
 * CONTRIBUTING.md asks. This class writes the {@code usage: } prefix, so a demo passes only what
 * follows it.
 *
 * <p>Read the arguments in order, then call {@link #end()}, which refuses anything left over:
 * <pre>{@code
 * DemoArgs in = DemoArgs.of(args, "Demo04_IoBoundSweep [W/C >= 0, default 8] [full]");
 * double ratio = in.doubleWhere(r -> r >= 0, 8);
 * boolean full = in.word("full");
 * in.end();
 * }</pre>
 * A demo that takes no argument calls {@link #none}; one that takes only positive integers,
 * {@link #positiveInts}.
 *
 * <p>Invariant: every method either returns a value that passed its check or does not return;
 * a demo never sees an argument it did not ask for.
 */
public final class DemoArgs {

    /** What a bad argument does to a demo: the usage line on stderr, then exit status 2. */
    private static final BadArguments EXIT_WITH_USAGE = usage -> {
        System.err.println("usage: " + usage);
        System.exit(2);
        throw new AssertionError("System.exit returned");
    };

    /**
     * Reacts to a bad argument: a demo's ends the JVM and never returns; a test's returns the
     * exception for the parser to throw, so that one JVM can try many bad arguments.
     */
    @FunctionalInterface
    interface BadArguments {
        /** @return the exception the parser throws, so that no bad value reaches the caller */
        RuntimeException reject(String usage);
    }

    private final List<String> args;
    private final String usage;
    private final BadArguments badArguments;
    /** Index of the next argument to read; {@code args.size()} once all have been read. */
    private int next;

    /** For tests of this class; a demo calls {@link #of}. */
    DemoArgs(String[] args, String usage, BadArguments badArguments) {
        this.args = List.of(Objects.requireNonNull(args, "args"));
        this.usage = Objects.requireNonNull(usage, "usage");
        this.badArguments = Objects.requireNonNull(badArguments, "badArguments");
    }

    /**
     * @param args  the demo's {@code main} arguments
     * @param usage the text after {@code usage: }, e.g. {@code "Demo01_X [TASKS > 0]"}
     */
    public static DemoArgs of(String[] args, String usage) {
        return new DemoArgs(args, usage, EXIT_WITH_USAGE);
    }

    /** For demos that take no argument at all. */
    public static void none(String[] args, String usage) {
        of(args, usage).end();
    }

    /**
     * Parses {@code args} as positive integers, position by position; a missing position keeps its
     * default.
     *
     * @param defaults one default per accepted argument
     */
    public static int[] positiveInts(String[] args, String usage, int... defaults) {
        DemoArgs in = of(args, usage);
        int[] values = new int[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            values[i] = in.positiveInt(defaults[i]);
        }
        in.end();
        return values;
    }

    /** Whether the demo was given no argument at all (some demos change what they show then). */
    public boolean isEmpty() {
        return args.isEmpty();
    }

    /** The next argument as an integer {@code > 0}, or {@code defaultValue} if there is none. */
    public int positiveInt(int defaultValue) {
        return intWhere(value -> value > 0, defaultValue);
    }

    /** The next argument as an integer that {@code valid} accepts, or {@code defaultValue} if there is none. */
    public int intWhere(IntPredicate valid, int defaultValue) {
        return next(Integer::valueOf, valid::test, defaultValue);
    }

    /**
     * The next argument as a finite number that {@code valid} accepts, or {@code defaultValue} if
     * there is none. NaN and the infinities are refused before {@code valid} sees them.
     */
    public double doubleWhere(DoublePredicate valid, double defaultValue) {
        return next(Double::valueOf, value -> Double.isFinite(value) && valid.test(value), defaultValue);
    }

    /** The next argument parsed and checked, or {@code defaultValue} if there is none. */
    private <T> T next(Function<String, T> parse, Predicate<T> valid, T defaultValue) {
        if (next == args.size()) {
            return defaultValue;
        }
        T value;
        try {
            value = parse.apply(args.get(next));
        } catch (NumberFormatException e) {
            throw badArguments.reject(usage);
        }
        if (!valid.test(value)) {
            throw badArguments.reject(usage);
        }
        next++;
        return value;
    }

    /**
     * An optional keyword such as {@code full}: true, and consumed, if the next argument is
     * {@code word}; false, and nothing consumed, otherwise (so {@link #end()} refuses another word).
     */
    public boolean word(String word) {
        if (next < args.size() && args.get(next).equals(word)) {
            next++;
            return true;
        }
        return false;
    }

    /** The next argument, which must be one of {@code choices}. */
    public String oneOf(String... choices) {
        String value = text();
        if (!List.of(choices).contains(value)) {
            throw badArguments.reject(usage);
        }
        return value;
    }

    /** The next argument as it is, which must be there. */
    public String text() {
        if (next == args.size()) {
            throw badArguments.reject(usage);
        }
        return args.get(next++);
    }

    /**
     * Refuses arguments that each passed their check but do not fit together (a pool size beyond
     * what a JVM can make, say): prints the usage line and exits.
     *
     * @return never; declared so that a demo can write {@code throw in.reject()}
     */
    public RuntimeException reject() {
        return badArguments.reject(usage);
    }

    /** Refuses any argument not read yet. Call it after reading the last one. */
    public void end() {
        if (next < args.size()) {
            throw badArguments.reject(usage);
        }
    }
}
