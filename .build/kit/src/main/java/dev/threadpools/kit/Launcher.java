package dev.threadpools.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build plumbing: runs a module's demos, its JMH benchmarks and its jcstress tests. The parent POM
 * calls it through {@code exec:exec}, which already runs on the JDK 21+ that the toolchain goal picked.
 *
 * <h2>Why every program gets a JVM of its own</h2>
 * A demo is free to leave threads behind (06-shutdown has one that keeps a JVM alive on purpose), to
 * change global state, or to hang. Running each in a child JVM keeps one demo from disturbing the
 * next, lets the tour enforce a time limit per demo, and lets the launcher add the JVM flags that
 * only some JDK versions understand.
 *
 * <h2>Conventions it relies on</h2>
 * <ul>
 *   <li>A demo is a top-level class named {@code DemoNN_Idea} with a {@code main} method; the tour runs
 *       them in the order of {@code NN}.</li>
 *   <li>A jcstress test whose simple name contains {@code Broken} is a deliberately broken twin: it
 *       passes here only if jcstress reports it as failed.</li>
 * </ul>
 */
public final class Launcher {

    private static final Pattern DEMO_CLASS = Pattern.compile("Demo(\\d\\d)_\\w+");

    /** The tour gives up on a demo that runs longer than this; demos are meant to take seconds. */
    private static final long TOUR_DEMO_LIMIT_SECONDS = 60;

    private static final String USAGE = """
            usage: Launcher demo     <classesDir> <NN | DemoNN_Name> [demo arguments...]
                   Launcher tour     <classesDir> <title>
                   Launcher jmh      <resultFile> [JMH arguments...]
                   Launcher jcstress <classesDir> <reportDir> <test name regex> [jcstress arguments...]""";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            exitWithUsage("no command given");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status = switch (args[0]) {
            case "demo" -> demo(rest);
            case "tour" -> tour(rest);
            case "jmh" -> jmh(rest);
            case "jcstress" -> jcstress(rest);
            default -> exitWithUsage("unknown command: " + args[0]);
        };
        System.exit(status);
    }

    // ---------------------------------------------------------------- demos

    private static int demo(String[] args) throws Exception {
        if (args.length < 2) {
            return exitWithUsage("demo needs a classes directory and a demo number or name");
        }
        List<String> demos = findDemos(Path.of(args[0]));
        String wanted = args[1];
        List<String> matches = demos.stream()
                .filter(name -> simpleName(name).equals(wanted)
                        || simpleName(name).startsWith("Demo" + wanted + "_"))
                .toList();
        if (matches.size() != 1) {
            System.err.println("No single demo matches '" + wanted + "'. This module's demos:");
            demos.forEach(name -> System.err.println("  " + simpleName(name)));
            System.err.println("Run one with -Ddemo=NN (its number) or -Ddemo=DemoNN_Name.");
            return 2;
        }
        List<String> demoArgs = Arrays.asList(args).subList(2, args.length);
        return runJava(demoJvmFlags(), matches.get(0), demoArgs, 0);
    }

    private static int tour(String[] args) throws Exception {
        if (args.length != 2) {
            return exitWithUsage("tour needs a classes directory and a title");
        }
        List<String> demos = findDemos(Path.of(args[0]));
        System.out.println();
        System.out.println("=".repeat(78));
        System.out.println("  " + args[1]);
        System.out.println("=".repeat(78));
        if (demos.isEmpty()) {
            System.out.println("  (no demos in this module yet)");
        }
        for (String demo : demos) {
            System.out.println();
            System.out.println("--- " + simpleName(demo) + " " + "-".repeat(Math.max(3, 73 - simpleName(demo).length())));
            long start = System.nanoTime();
            int status = runJava(demoJvmFlags(), demo, List.of(), TOUR_DEMO_LIMIT_SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (status != 0) {
                System.err.println("!!! " + simpleName(demo) + " failed with exit status " + status);
                return status;
            }
            System.out.printf("    (%s took %.1f s)%n", simpleName(demo), millis / 1000.0);
        }
        return 0;
    }

    /** The module's {@code demo.jvmArgs} property, which the parent POM hands over as a system property. */
    private static List<String> demoJvmFlags() {
        String flags = System.getProperty("threadpools.demoJvmArgs", "").strip();
        return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }

    /** Fully qualified names of the demos below {@code classesDir}, in lesson order. */
    static List<String> findDemos(Path classesDir) throws IOException {
        if (!Files.isDirectory(classesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(classesDir)) {
            return files.map(classesDir::relativize)
                    .map(Path::toString)
                    .filter(path -> path.endsWith(".class"))
                    .map(path -> path.substring(0, path.length() - ".class".length())
                            .replace(java.io.File.separatorChar, '.'))
                    .filter(name -> DEMO_CLASS.matcher(simpleName(name)).matches())
                    .sorted((a, b) -> simpleName(a).compareTo(simpleName(b)))
                    .toList();
        }
    }

    // ---------------------------------------------------------------- JMH

    private static int jmh(String[] args) throws Exception {
        if (args.length < 1) {
            return exitWithUsage("jmh needs a result file");
        }
        Path resultFile = Path.of(args[0]);
        Files.createDirectories(resultFile.toAbsolutePath().getParent());
        List<String> jmhArgs = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        jmhArgs.addAll(List.of("-rf", "json", "-rff", resultFile.toString()));
        List<String> quietUnsafe = unsafeMemoryAccessFlags();
        if (!quietUnsafe.isEmpty()) {
            // The forked benchmark JVMs need the flag as much as the JMH host does.
            jmhArgs.addAll(List.of("-jvmArgsAppend", String.join(" ", quietUnsafe)));
        }
        int status = runJava(quietUnsafe, "org.openjdk.jmh.Main", jmhArgs, 0);
        if (status == 0) {
            System.out.println("JMH results: " + resultFile);
        }
        return status;
    }

    /** JMH still uses sun.misc.Unsafe; JDK 23+ warns about that unless told it is allowed. */
    private static List<String> unsafeMemoryAccessFlags() {
        return Runtime.version().feature() >= 23
                ? List.of("--sun-misc-unsafe-memory-access=allow")
                : List.of();
    }

    // ---------------------------------------------------------------- jcstress

    /**
     * Runs each jcstress test in a jcstress invocation of its own, so that the verdict of every test
     * is an exit status: jcstress exits non-zero when any outcome it saw was FORBIDDEN (or the test
     * crashed). A real test must pass; a {@code Broken} twin must be caught, otherwise the test
     * cannot tell a correct implementation from a broken one and proves nothing.
     */
    private static int jcstress(String[] args) throws Exception {
        if (args.length < 3) {
            return exitWithUsage("jcstress needs a classes directory, a report directory and a test regex");
        }
        Path reportDir = Path.of(args[1]);
        Pattern include = Pattern.compile(args[2]);
        List<String> jcstressArgs = Arrays.asList(args).subList(3, args.length);
        List<String> tests = readJcstressTestList(Path.of(args[0])).stream()
                .filter(test -> include.matcher(test).find())
                .toList();
        if (tests.isEmpty()) {
            System.err.println("No jcstress test matches " + include);
            return 2;
        }
        List<String> hostFlags = List.of("--enable-native-access=ALL-UNNAMED");
        List<String> verdicts = new ArrayList<>();
        boolean allAsExpected = true;
        for (String test : tests) {
            boolean brokenTwin = simpleName(test).contains("Broken");
            String name = withoutPackage(test);
            Path testReport = reportDir.resolve(name);
            Files.createDirectories(testReport);
            System.out.printf("%n=== jcstress %s %s (expected to %s)%n",
                    name, String.join(" ", jcstressArgs), brokenTwin ? "FAIL" : "pass");
            List<String> command = new ArrayList<>(List.of(
                    "-t", "^" + Pattern.quote(test) + "$", "-r", testReport.toString()));
            command.addAll(jcstressArgs);
            int status = runJava(hostFlags, "org.openjdk.jcstress.Main", command, 0);
            // jcstress also exits 0 when its selection matched nothing; only a report proves a run.
            if (!Files.isRegularFile(testReport.resolve(test + ".html"))) {
                System.err.println("!!! jcstress wrote no report for " + test + "; it did not run");
                return 1;
            }
            boolean passed = status == 0;
            boolean asExpected = passed != brokenTwin;
            allAsExpected &= asExpected;
            verdicts.add(String.format("  %-4s %-58s %s", asExpected ? "ok" : "BAD", name,
                    brokenTwin
                            ? (passed ? "broken twin NOT caught" : "broken twin caught")
                            : (passed ? "passed" : "FAILED")));
        }
        System.out.println();
        System.out.println("jcstress verdicts (reports under " + reportDir + "):");
        verdicts.forEach(System.out::println);
        return allAsExpected ? 0 : 1;
    }

    /**
     * The jcstress annotation processor writes one line per test to {@code META-INF/TestList}; reading
     * it needs no class loading. Each line is {@code JCTEST} followed by length-prefixed fields
     * ({@code 57Sdev.threadpools...}); the first field is the test's name.
     */
    static List<String> readJcstressTestList(Path classesDir) throws IOException {
        Path testList = classesDir.resolve("META-INF/TestList");
        if (!Files.isRegularFile(testList)) {
            throw new IllegalStateException(testList + " is missing: was the jcstress annotation processor run?");
        }
        Matcher header = Pattern.compile("^JCTEST(\\d+)S").matcher("");
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(testList)) {
            if (!header.reset(line).find()) {
                throw new IllegalStateException("unexpected line in " + testList + ": " + line);
            }
            int length = Integer.parseInt(header.group(1));
            names.add(line.substring(header.end(), header.end() + length));
        }
        names.sort(null);
        return names;
    }

    /** A test's name without its package: {@code CtlStress01_WorkerCountCas.Cas}. */
    private static String withoutPackage(String testName) {
        String[] parts = testName.split("\\.");
        int first = 0;
        while (first < parts.length - 1 && Character.isLowerCase(parts[first].charAt(0))) {
            first++;
        }
        return String.join(".", Arrays.asList(parts).subList(first, parts.length));
    }

    // ---------------------------------------------------------------- plumbing

    /**
     * Runs {@code mainClass} in a child JVM of the same JDK with this JVM's class path, sharing this
     * process's standard streams.
     *
     * @param limitSeconds 0 for no limit; otherwise the child is killed once it has run this long
     * @return the child's exit status (124 if it was killed for running too long, as timeout(1) does)
     */
    private static int runJava(List<String> jvmFlags, String mainClass, List<String> args, long limitSeconds)
            throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        if (limitSeconds == 0) {
            return child.waitFor();
        }
        if (!child.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            System.err.println("!!! " + mainClass + " ran longer than " + limitSeconds + " s; killed");
            child.destroyForcibly().waitFor();
            return 124;
        }
        return child.exitValue();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static int exitWithUsage(String problem) {
        System.err.println(problem);
        System.err.println(USAGE);
        System.exit(2);
        return 2; // not reached; keeps the switch expression total
    }
}
