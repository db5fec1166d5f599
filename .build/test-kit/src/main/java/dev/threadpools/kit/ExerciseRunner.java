package dev.threadpools.kit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a module's exercise tests against the learner's workspace and prints what a learner needs to
 * read, and nothing else. The parent POM's {@code exercises} profile runs it instead of Surefire, in
 * a JVM of its own on the lessons' JDK, then {@link MavenExit} ends Maven with the status it left.
 *
 * <h2>Modes</h2>
 * <dl>
 *   <dt>{@code module} ({@code -Pexercises [-Dexercise=NN]})</dt>
 *   <dd>One block per exercise that is not solved, in number order: the case, what was expected
 *       against what happened, the file to edit and the command that re-runs it. Status 1 if any is
 *       not solved, 0 if all are, 2 if {@code -Dexercise} names no exercise of the module.</dd>
 *   <dt>{@code progress} ({@code -Pexercises -Dprogress})</dt>
 *   <dd>One line per exercise with its state; the last module with exercises adds the total over
 *       all of them. Status 0: progress is a report, and it must reach every module.</dd>
 *   <dt>{@code stubCheck} ({@code -Pexercises -DstubCheck})</dt>
 *   <dd>For CI. The tests run against the unsolved stubs with their verdict inverted by
 *       {@link ExerciseExtension}, so a failure here is a test that cannot fail. Status 1 if there
 *       is one, or if no exercise test ran at all.</dd>
 * </dl>
 *
 * <h2>Why not Surefire</h2>
 * Surefire prints every failure twice, with framework stack frames, and Maven then adds its error
 * footer; a learner wants one sentence per exercise. A test's final result here also includes what
 * the checks after it found ({@link NoThreadOutlivesItsTest}: a solution that leaks a pool fails).
 */
public final class ExerciseRunner {

    static final int EXIT_NOT_SOLVED = 1;
    /** An {@code -Dexercise} that names no exercise of the module: a usage error, as for demos. */
    static final int EXIT_USAGE = 2;
    /** The widest line printed; a longer one is cut with "...". */
    static final int WIDTH = 100;
    /** Where each exercise's state is left for the progress total, below the build directory. */
    static final String PROGRESS_FILE = "exercise-progress.tsv";

    private static final int MESSAGE_LINES_SHOWN = 12;
    private static final int LEARNER_FRAMES_SHOWN = 4;
    private static final Pattern EXERCISE_FILE = Pattern.compile("Exercise(\\d+)_(\\w+)\\.java");
    /** Lines of a message that are not for the learner: our directions, a stack AssertJ quoted. */
    private static final Pattern NOT_FOR_THE_LEARNER = Pattern.compile(
            "\\s*(-> (edit|re-run)\\b.*|at \\S+\\(.*\\)|\\.\\.\\.\\(\\d+ remaining lines not displayed.*)");

    private static final String USAGE = "usage: ExerciseRunner <module|progress|stubCheck> <moduleDir>"
            + " <buildDir> [exercise number]";

    enum State {
        SOLVED("solved"), FAILING("failing"), NOT_STARTED("not started"), NOT_RUN("not run");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    /** One test method's final result; {@code failure} is empty when it passed. */
    record Case(String name, Optional<Throwable> failure) {

        boolean stubStillThrows() {
            return failure.filter(ExerciseExtension.NotSolvedYet.class::isInstance).isPresent();
        }

        /** Failed because a wait ran out: Awaitility's, a timed get(), or the test's own limit. */
        boolean waitedInVain() {
            for (Throwable t = failure.orElse(null); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ExerciseExtension.DidNotFinish
                        || t.getClass().getSimpleName().endsWith("TimeoutException")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The learner's attempt at one exercise: their file (relative to the module), its tests' results. */
    record Attempt(int number, String idea, Path source, List<Case> cases) {

        String numberText() {
            return String.format("%02d", number);
        }

        State state() {
            if (cases.isEmpty()) {
                return State.NOT_RUN;
            }
            if (cases.stream().allMatch(c -> c.failure().isEmpty())) {
                return State.SOLVED;
            }
            // The stub still throws, and every other case only waited in vain (for a result the
            // stub, throwing on another thread, never gave): nothing shows a start yet.
            boolean untouched = cases.stream().anyMatch(Case::stubStillThrows)
                    && cases.stream().allMatch(c -> c.stubStillThrows() || c.waitedInVain());
            return untouched ? State.NOT_STARTED : State.FAILING;
        }

        /** The first failing case, a real failure before "the stub still throws". */
        Case firstFailure() {
            return cases.stream().filter(c -> c.failure().isPresent())
                    .min(Comparator.comparing(Case::stubStillThrows))
                    .orElseThrow();
        }
    }

    private ExerciseRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !List.of("module", "progress", "stubCheck").contains(args[0])) {
            System.err.println(USAGE);
            System.exit(EXIT_USAGE);
        }
        String mode = args[0];
        Path moduleDir = Path.of(args[1]).toAbsolutePath();
        Path buildDir = Path.of(args[2]).toAbsolutePath();
        String wanted = args.length > 3 ? args[3].strip() : "";

        List<Attempt> declared = exercisesIn(moduleDir, Map.of());
        StringBuilder out = new StringBuilder();
        int status;
        if (!wanted.isEmpty() && declared.stream().noneMatch(e -> matches(e, wanted))) {
            status = noSuchExercise(moduleDir, wanted, declared, out);
        } else {
            Map<String, List<Case>> results = runTests(buildDir.resolve("test-classes"), wanted);
            List<Attempt> exercises = exercisesIn(moduleDir, results).stream()
                    .filter(e -> wanted.isEmpty() || matches(e, wanted)).toList();
            status = switch (mode) {
                case "progress" -> progress(moduleDir, buildDir, exercises, out);
                case "stubCheck" -> stubCheck(moduleDir, exercises, out);
                default -> module(moduleDir, exercises, out);
            };
        }
        (status == EXIT_USAGE ? System.err : System.out).print(out);
        System.out.flush();
        MavenExit.leave(buildDir, status);
        // A solution that deadlocked, or never shut its pool down, leaves threads that would keep
        // this JVM alive; its status is already written.
        System.exit(0);
    }

    // ---------------------------------------------------------------- running the tests

    /** Runs the exercise tests below {@code testClasses}; results by the test class's simple name. */
    static Map<String, List<Case>> runTests(Path testClasses, String wanted) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testClasses)))
                .filters(TagFilter.includeTags(dev.threadpools.kit.Exercise.TAG));
        if (!wanted.isEmpty()) {
            int number = Integer.parseInt(wanted);
            request.filters(ClassNameFilter.includeClassNamePatterns(".*\\.Exercise0*" + number + "_\\w+Test"));
        }
        Map<String, List<Case>> results = new LinkedHashMap<>();
        TestExecutionListener collector = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource method) {
                    String testClass = method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1);
                    results.computeIfAbsent(testClass, k -> new ArrayList<>())
                            .add(new Case(test.getDisplayName(), result.getThrowable()));
                }
            }
        };
        LauncherDiscoveryRequest discovery = request.build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(discovery, collector);
        return results;
    }

    // ---------------------------------------------------------------- the three reports

    static int module(Path moduleDir, List<Attempt> exercises, StringBuilder out) {
        String module = moduleDir.getFileName().toString();
        int solved = 0;
        for (Attempt exercise : exercises) {
            if (exercise.state() == State.SOLVED) {
                solved++;
                out.append('\n').append("Exercise ").append(exercise.numberText()).append(' ')
                        .append(exercise.idea()).append(": solved\n");
            } else {
                block(module, exercise, out);
            }
        }
        out.append('\n').append(module).append(": ").append(solved).append(" of ").append(exercises.size())
                .append(exercises.size() == 1 ? " exercise" : " exercises").append(" solved\n");
        return solved == exercises.size() ? 0 : EXIT_NOT_SOLVED;
    }

    static int progress(Path moduleDir, Path buildDir, List<Attempt> exercises, StringBuilder out)
            throws IOException {
        List<Path> modules = exerciseModules(moduleDir.getParent());
        int index = modules.indexOf(moduleDir);
        if (index == 0) {
            out.append("Exercises in lesson order: solved; failing, with why; not started (the stub")
                    .append(" still throws)\n");
        }
        out.append('\n').append(moduleDir.getFileName()).append('\n');
        StringBuilder states = new StringBuilder();
        for (Attempt exercise : exercises) {
            State state = exercise.state();
            String why = state == State.FAILING ? ": " + firstLine(exercise.firstFailure()) : "";
            out.append(fit("  " + exercise.numberText() + ' ' + pad(exercise.idea(), 30) + ' '
                    + state.label + why)).append('\n');
            states.append(exercise.numberText()).append('\t').append(state.name()).append('\n');
        }
        Files.writeString(buildDir.resolve(PROGRESS_FILE), states);
        if (index == modules.size() - 1) {
            total(modules, out);
        }
        return 0;
    }

    /** The total over every module's last progress run; a module not run counts as not solved. */
    private static void total(List<Path> modules, StringBuilder out) throws IOException {
        int solved = 0;
        int total = 0;
        String next = null;
        for (Path module : modules) {
            Path progress = module.resolve("target").resolve(PROGRESS_FILE);
            Map<String, String> states = new LinkedHashMap<>();
            if (Files.isRegularFile(progress)) {
                for (String line : Files.readAllLines(progress)) {
                    String[] columns = line.split("\t");
                    states.put(columns[0], columns[1]);
                }
            }
            for (Attempt exercise : exercisesIn(module, Map.of())) {
                total++;
                if (State.SOLVED.name().equals(states.get(exercise.numberText()))) {
                    solved++;
                } else if (next == null) {
                    next = rerun(module.getFileName().toString(), exercise);
                }
            }
        }
        out.append('\n').append(solved).append(" of ").append(total).append(" solved\n");
        if (next != null) {
            out.append("next: ").append(next).append('\n');
        }
    }

    static int stubCheck(Path moduleDir, List<Attempt> exercises, StringBuilder out) {
        String module = moduleDir.getFileName().toString();
        int ran = 0;
        List<String> defects = new ArrayList<>();
        for (Attempt exercise : exercises) {
            if (exercise.cases().isEmpty()) {
                defects.add("exercise " + exercise.numberText() + ": no test ran against its stub");
            }
            for (Case c : exercise.cases()) {
                ran++;
                c.failure().ifPresent(f -> defects.add(firstLine(c)));
            }
        }
        if (!defects.isEmpty()) {
            out.append("FAIL: ").append(module).append(": ").append(defects.size())
                    .append(" exercise test(s) cannot fail against their unsolved stubs\n")
                    .append("  (or the stubs in this workspace are solved: the check is for a fresh clone):\n");
            defects.forEach(d -> out.append(fit("  " + d)).append('\n'));
            return EXIT_NOT_SOLVED;
        }
        out.append(module).append(": all ").append(ran).append(" tests of its ").append(exercises.size())
                .append(" exercises failed against the unsolved stubs, as they must\n");
        return 0;
    }

    private static int noSuchExercise(Path moduleDir, String wanted, List<Attempt> declared, StringBuilder out) {
        out.append("No exercise '").append(wanted).append("' in ").append(moduleDir.getFileName())
                .append(". Its exercises:\n");
        declared.forEach(e -> out.append("  ").append(e.numberText()).append(' ').append(e.idea()).append('\n'));
        out.append("Run one with -Dexercise=NN, for example -Dexercise=")
                .append(declared.isEmpty() ? "01" : declared.get(0).numberText()).append('\n');
        return EXIT_USAGE;
    }

    // ---------------------------------------------------------------- formatting

    private static void block(String module, Attempt exercise, StringBuilder out) {
        State state = exercise.state();
        out.append('\n').append("Exercise ").append(exercise.numberText()).append(' ').append(exercise.idea())
                .append(": ").append(state.label).append('\n');
        if (state == State.NOT_RUN) {
            out.append("  none of its tests ran\n");
        } else if (state == State.NOT_STARTED) {
            wrap("hint: " + firstLine(exercise.firstFailure()).replaceFirst(".*?Hint: ", ""), "  ", out);
        } else {
            Case first = exercise.firstFailure();
            out.append(fit("  case: " + first.name())).append('\n');
            Throwable failure = first.failure().orElseThrow();
            messageLines(failure).forEach(line -> wrap(line, "    ", out));
            learnerFrames(failure, exercise).forEach(frame -> out.append(fit("      at " + frame)).append('\n'));
            int stillStub = 0;
            for (Case other : exercise.cases()) {
                if (other == first || other.failure().isEmpty()) {
                    continue;
                }
                if (other.stubStillThrows()) {
                    stillStub++;
                } else {
                    out.append(fit("  also failing: " + other.name() + ": " + firstLine(other))).append('\n');
                }
            }
            if (stillStub > 0) {
                out.append("  and ").append(stillStub).append(stillStub == 1 ? " case" : " cases")
                        .append(" still reach the stub's exception\n");
            }
        }
        out.append("  edit:   ").append(module).append('/').append(exercise.source()).append('\n');
        out.append("  re-run: ").append(rerun(module, exercise)).append('\n');
    }

    /**
     * Appends {@code text} in lines of at most {@link #WIDTH} columns, each starting with
     * {@code indent} and the text's own leading blanks; continuation lines are indented two more.
     */
    static void wrap(String text, String indent, StringBuilder out) {
        String body = text.stripLeading();
        String first = indent + text.substring(0, text.length() - body.length());
        StringBuilder line = new StringBuilder(first);
        for (String word : body.split(" +")) {
            if (line.length() > first.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(fit(line.toString())).append('\n');
                line = new StringBuilder(first + "  ");
            } else if (line.length() > first.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(fit(line.toString())).append('\n');
    }

    private static String rerun(String module, Attempt exercise) {
        return "./mvnw -q test -pl " + module + " -Pexercises -Dexercise=" + exercise.numberText();
    }

    /** The failure's message without the directions ExerciseExtension added (printed on their own). */
    private static List<String> messageLines(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (!NOT_FOR_THE_LEARNER.matcher(line).matches() && !(lines.isEmpty() && line.isBlank())) {
                lines.add(line.stripTrailing());
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() > MESSAGE_LINES_SHOWN) {
            int hidden = lines.size() - MESSAGE_LINES_SHOWN;
            lines = new ArrayList<>(lines.subList(0, MESSAGE_LINES_SHOWN));
            lines.add("... (" + hidden + " more lines)");
        }
        return lines;
    }

    /** Frames of the learner's own class, where the failure passed through it. */
    private static List<String> learnerFrames(Throwable failure, Attempt exercise) {
        String className = exercise.source().getFileName().toString().replace(".java", "");
        List<String> frames = new ArrayList<>();
        for (Throwable t = failure; t != null && frames.isEmpty(); t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                if ((simple.equals(className) || simple.startsWith(className + "$"))
                        && frames.size() < LEARNER_FRAMES_SHOWN) {
                    frames.add(simple + '.' + frame.getMethodName() + '(' + frame.getFileName() + ':'
                            + frame.getLineNumber() + ')');
                }
            }
        }
        return frames;
    }

    private static String firstLine(Case c) {
        List<String> lines = messageLines(c.failure().orElseThrow());
        return lines.isEmpty() ? "" : lines.get(0).strip();
    }

    static String fit(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 3) + "...";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    // ---------------------------------------------------------------- reading the tree

    private static boolean matches(Attempt exercise, String wanted) {
        return wanted.matches("\\d{1,3}") && exercise.number() == Integer.parseInt(wanted);
    }

    /** The modules below {@code root} that have exercises, in lesson order. */
    static List<Path> exerciseModules(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isDirectory(dir.resolve("src/exercises/java")))
                    .map(Path::toAbsolutePath)
                    .sorted()
                    .toList();
        }
    }

    /** The module's exercises in number order, each with the results of its test class. */
    static List<Attempt> exercisesIn(Path moduleDir, Map<String, List<Case>> resultsByTestClass) {
        List<Attempt> exercises = new ArrayList<>();
        try (Stream<Path> files = Files.walk(moduleDir.resolve("src/exercises/java"))) {
            for (Path file : files.toList()) {
                Matcher matcher = EXERCISE_FILE.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    String testClass = file.getFileName().toString().replace(".java", "Test");
                    exercises.add(new Attempt(Integer.parseInt(matcher.group(1)), matcher.group(2),
                            moduleDir.relativize(file), resultsByTestClass.getOrDefault(testClass, List.of())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exercises.sort(Comparator.comparingInt(Attempt::number));
        return exercises;
    }
}
