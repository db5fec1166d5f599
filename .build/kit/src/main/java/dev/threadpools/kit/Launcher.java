package dev.threadpools.kit;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 *       passes here only if jcstress saw one of its FORBIDDEN outcomes.</li>
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
        String buildDir = System.getProperty("threadpools.buildDir");
        if (buildDir != null) {
            // exec:exec accepts the status so that Maven prints no error footer under a usage line or
            // under JMH's or jcstress's own verdict; MavenExit then ends Maven with the status (see the
            // parent POM's demo, jmh and jcstress profiles).
            MavenExit.leave(Path.of(buildDir), status);
        }
        System.exit(status);
    }

    // ---------------------------------------------------------------- demos

    private static int demo(String[] args) throws Exception {
        if (args.length < 2) {
            return exitWithUsage("demo needs a classes directory and a demo number or name");
        }
        List<String> demos = findDemos(Path.of(args[0]));
        // "3" means demo 03, as -Dexercise=3 means exercise 03.
        String wanted = args[1].matches("\\d") ? "0" + args[1] : args[1];
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
                            .replace(File.separatorChar, '.'))
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
        // The forked benchmark JVMs get the flag too: JMH passes its own JVM's flags on to them.
        int status = runJava(unsafeMemoryAccessFlags(), "org.openjdk.jmh.Main", jmhArgs, 0);
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
     * Runs the selected jcstress tests in one jcstress invocation (it probes the VM once, which takes
     * longer than a small test) and grades every test on its own; {@link JcstressConsole} says how.
     * jcstress's raw output goes to {@code console.txt} in the report directory; the console shows
     * progress and the verdicts.
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
        Files.createDirectories(reportDir);
        for (String test : tests) {
            // A page left by an earlier run must not pass for proof that this run ran the test.
            Files.deleteIfExists(reportDir.resolve(test + ".html"));
        }
        List<String> command = new ArrayList<>(List.of(
                "-t", tests.stream().map(test -> "^" + Pattern.quote(test) + "$")
                        .collect(Collectors.joining("|")),
                "-r", reportDir.toString()));
        command.addAll(jcstressArgs);
        String forkedVmFlags = System.getProperty("threadpools.jcstressJvmArgs", "").strip();
        if (!forkedVmFlags.isEmpty()) {
            // Prepended, so that they survive a -jvmArgs in jcstressArgs, which replaces jcstress's own list.
            command.addAll(List.of("-jvmArgsPrepend", forkedVmFlags));
        }
        System.out.println(JcstressConsole.fit("jcstress: " + tests.size() + " test(s), options: "
                + String.join(" ", jcstressArgs)));
        JcstressConsole console = new JcstressConsole(System.out);
        Path rawLog = reportDir.resolve("console.txt");
        int status;
        try (PrintWriter raw = new PrintWriter(Files.newBufferedWriter(rawLog))) {
            status = runJava(List.of("--enable-native-access=ALL-UNNAMED"), "org.openjdk.jcstress.Main", command,
                    line -> {
                        raw.println(line);
                        console.accept(line);
                    });
        }
        return console.grade(tests, reportDir, status, rawLog) ? 0 : 1;
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
        Process child = start(new ProcessBuilder(javaCommand(jvmFlags, mainClass, args)).inheritIO());
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

    /**
     * Like {@link #runJava(List, String, List, long)} without a limit, but hands every line the child
     * prints (standard output and error merged) to {@code lines} instead of printing it.
     */
    private static int runJava(List<String> jvmFlags, String mainClass, List<String> args,
            Consumer<String> lines) throws InterruptedException, IOException {
        Process child = start(new ProcessBuilder(javaCommand(jvmFlags, mainClass, args))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.INHERIT));
        try (var output = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line; (line = output.readLine()) != null; ) {
                lines.accept(line);
            }
        }
        return child.waitFor();
    }

    private static List<String> javaCommand(List<String> jvmFlags, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", existingClassPath(), mainClass));
        command.addAll(args);
        return command;
    }

    /**
     * This JVM's class path without the entries that do not exist. jcstress lists the classes of every
     * entry and fails on a missing folder, and Maven's test class path names {@code target/test-classes}
     * before the first test compilation has made it.
     */
    private static String existingClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Files.exists(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + builder.command().get(0), e);
        }
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
