import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fails if a command written in any Markdown file of the repository names something the tree does not
 * have: a module, a demo, an exercise, a test, a benchmark, a stress test, a profile or a property.
 * Running every command would take too long for CI; this checks them statically, in seconds.
 *
 * <p>Run: {@code java .ci/CheckCommands.java [root]} (JDK 17+; a single-file program, like
 * CheckLinks.java). {@code --list} also prints every command found with its verdict;
 * {@code --self-test} first runs the checker on a small made-up tree with planted mistakes and stops
 * with status 1 unless every mistake is reported and every correct command passes.
 *
 * <h2>What is a command</h2>
 * A shell command in an inline code span (which may wrap onto the next line of its paragraph) or on a
 * line of a fenced block whose language is empty, sh, bash, shell, console or text. A line is split
 * at {@code ; & && | ||}, so that {@code for ...; do ./mvnw ...; done} yields the Maven command. A
 * command starts with {@code ./mvnw}, {@code mvnw}, {@code java} or {@code bash <script>}; the word
 * alone ("the wrapper, {@code ./mvnw}", "your default {@code java}") names a program and is not a
 * command. A code span that starts with {@code -D} or {@code -P} on the same line after a command is a
 * variant of that command ("... (or {@code -Dargs=1000})") and is checked as that command plus those
 * options.
 *
 * <h2>What is checked</h2>
 * Maven commands (relative to the repository root, as the README says they run):
 * <ul>
 *   <li>every option is a Maven option, every goal a lifecycle phase (or {@code plugin:goal});</li>
 *   <li>{@code -pl}: each module is a directory and a {@code <module>} of the parent pom.xml;</li>
 *   <li>{@code -P}: each profile is declared in the parent pom or a selected module's pom;</li>
 *   <li>{@code -D}: the parent pom.xml declares the property, or it is one of {@link #KNOWN_PROPERTIES}
 *       (so {@code -Ddemos=} and {@code -Dexcercise=} fail);</li>
 *   <li>{@code -Ddemo=NN|DemoNN_Name}: needs {@code -pl}; exactly one demo of each selected module
 *       matches, by the launcher's rule; {@code -Dargs} only with {@code -Ddemo};</li>
 *   <li>{@code -Dexercise=NN}: needs {@code -Pexercises}; an {@code ExerciseNN_*Test} in src/test/java,
 *       and its {@code ExerciseNN_*} in src/exercises/java and src/solutions/java;
 *       {@code -DstubCheck} also needs {@code -Pexercises};</li>
 *   <li>{@code -Dtest=Class[#method]}: surefire's pattern matches a class in src/test/java of every
 *       selected module (surefire fails a module where it matches nothing), and the method exists;</li>
 *   <li>{@code -Djmh}, {@code -Djcstress}: a named module has src/jmh/java, src/jcstress/java (the
 *       profile is off otherwise and the command silently does nothing); {@code -Djmh.include},
 *       {@code -Djcstress.include}: the regex finds a benchmark (pkg.Class.method) or a stress test
 *       (pkg.Class.Nested) in every selected module that has them; {@code .include} and {@code .args}
 *       only with their {@code -Djmh} or {@code -Djcstress};</li>
 *   <li>the goals reach the phase the properties need: compile for demo, tour, jmh and jcstress (the
 *       launcher is bound to compile), test for exercise, stubCheck and test.</li>
 * </ul>
 * {@code java path/File.java} and {@code bash path}: the file exists. {@code java ... SomeClass}
 * launches a class of the reader's own program and is not checked. {@code mvnw ...} without the
 * {@code ./} fails: the wrapper is not on the PATH.
 *
 * <h2>What is skipped</h2>
 * <ul>
 *   <li>Placeholders: a value or path in angle brackets ({@code -pl <module>}, {@code bash <script>}),
 *       {@code ...}, or an upper-case word ({@code -Ddemo=NN}, {@code -Djcstress.include=REGEX},
 *       {@code -Dargs="TASKS POOL_SIZE"}).
 *       The rest of the command is still checked; checks about a placeholder module are skipped.
 *       {@code [-Dx=y]} marks an optional part and is checked as if present.</li>
 *   <li>Counter-examples: a command shown as what not to do. The line must say so right before it:
 *       the words not, never, wrong, bad or avoid in the text that precedes the code span, counted
 *       from the last {@code | . ; ( )} or code span on that line ("Do not run `...`", "(not `...`)");
 *       in a fenced block, in the command's trailing {@code #} comment.</li>
 * </ul>
 *
 * <h2>How it was shown to fail</h2>
 * {@code --self-test} (.ci/check-commands runs it before the real check) plants one mistake per rule
 * in a made-up tree and expects each to be reported, and each correct command to pass. By hand, in a
 * clone of the repository, five README commands were broken: {@code -Ddemo=01} to {@code -Ddemo=19},
 * {@code -Dexercise=01} to {@code -Dexcercise=01}, {@code -pl 06-shutdown} to {@code -pl 06-shutdwon},
 * {@code -Dtest=ThreadPerTaskVsPoolTest} to {@code ...Tests}, {@code -Djcstress.include=WorkerCountCas}
 * to {@code WorkerCountCAS}. All five were reported with file and line, and the exit status was 1.
 */
public class CheckCommands {

    /**
     * Properties a command may set besides those declared in a {@code <properties>} block of the
     * parent pom.xml: the ones the build reads without declaring them (profile switches, surefire's
     * -Dtest) and a few of Maven's own. A misspelling ({@code -Ddemos}, {@code -Dexcercise}) is in
     * neither and fails.
     */
    static final Set<String> KNOWN_PROPERTIES = Set.of(
            "demo", "tour", "args", "demo.jvmArgs",
            "exercise", "stubCheck", "progress", "test",
            "jmh", "jmh.args", "jmh.include",
            "jcstress", "jcstress.args", "jcstress.include",
            "required.jdk.version",
            "skipTests", "maven.test.skip", "surefire.failIfNoSpecifiedTests");

    /** Lifecycle phases in order; a property that needs "compile" is satisfied by any later one. */
    private static final List<String> DEFAULT_PHASES = List.of(
            "validate", "initialize", "generate-sources", "process-sources", "generate-resources",
            "process-resources", "compile", "process-classes", "generate-test-sources",
            "process-test-sources", "generate-test-resources", "process-test-resources", "test-compile",
            "process-test-classes", "test", "prepare-package", "package", "pre-integration-test",
            "integration-test", "post-integration-test", "verify", "install", "deploy");
    private static final Set<String> OTHER_PHASES = Set.of(
            "pre-clean", "clean", "post-clean", "pre-site", "site", "post-site", "site-deploy");

    private static final Set<String> MAVEN_FLAGS = Set.of(
            "-q", "--quiet", "-X", "--debug", "-e", "--errors", "-B", "--batch-mode", "-o", "--offline",
            "-U", "--update-snapshots", "-am", "--also-make", "-amd", "--also-make-dependents",
            "-N", "--non-recursive", "-ntp", "--no-transfer-progress", "-C", "--strict-checksums",
            "-c", "--lax-checksums", "-fae", "--fail-at-end", "-ff", "--fail-fast", "-fn", "--fail-never",
            "-V", "--show-version", "-v", "--version", "-h", "--help", "-nsu", "--no-snapshot-updates");
    /** Maven options followed by a value; -D, -P and -pl are handled on their own. */
    private static final Set<String> MAVEN_OPTIONS_WITH_VALUE = Set.of(
            "-f", "--file", "-T", "--threads", "-s", "--settings", "-gs", "--global-settings",
            "-t", "--toolchains", "-rf", "--resume-from", "-l", "--log-file", "-b", "--builder");

    private static final Set<String> SHELL_FENCES = Set.of("", "sh", "bash", "shell", "console", "text");
    private static final Set<String> SHELL_KEYWORDS = Set.of("do", "then", "else", "elif", "time", "!", "{", "}");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)\\s*([^\\s`]*)");
    private static final Pattern ENV_ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final Pattern COUNTER_EXAMPLE = Pattern.compile("(?i)\\b(not|never|wrong|bad|avoid)\\b|don't");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z][\\w .-]*>");
    private static final Pattern UPPER_CASE_WORDS = Pattern.compile("[A-Z][A-Z0-9_]+( [A-Z][A-Z0-9_]+)*");

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args).stream().filter(a -> a.startsWith("--")).toList();
        List<String> paths = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        if (options.contains("--self-test") && !SelfTest.run()) {
            System.exit(1);
        }
        Path root = Path.of(paths.isEmpty() ? "." : paths.get(0)).toAbsolutePath().normalize();
        List<Path> markdown = markdownFiles(root);
        List<Result> results = check(root, markdown);
        List<String> broken = new ArrayList<>();
        Set<String> reported = new java.util.HashSet<>(); // a variant repeats its command's problems
        int checked = 0;
        int partly = 0;
        int skipped = 0;
        for (Result r : results) {
            String where = root.relativize(r.command.file) + ":" + r.command.line + ": " + r.command.text;
            if (options.contains("--list")) {
                System.out.println((r.problems.isEmpty() ? r.status : "BROKEN") + "  " + where);
            }
            r.problems.stream()
                    .filter(p -> reported.add(r.command.file + ":" + r.command.line + ": " + p))
                    .forEach(p -> broken.add(where + ": " + p));
            switch (r.status) {
                case "skipped" -> skipped++;
                case "partly" -> { checked++; partly++; }
                default -> checked++;
            }
        }
        if (!broken.isEmpty()) {
            System.err.println(broken.size() + " broken command(s):");
            broken.forEach(b -> System.err.println("  " + b));
            System.exit(1);
        }
        System.out.println("All " + checked + " commands in " + markdown.size()
                + " Markdown files match the tree (" + partly + " with placeholders, checked in part; "
                + skipped + " not checkable: counter-examples, java <class>).");
    }

    static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !root.relativize(p).toString().matches("(^|.*/)(target|\\.git|node_modules)/.*"))
                    .sorted()
                    .toList();
        }
    }

    static List<Result> check(Path root, List<Path> markdown) throws IOException {
        Tree tree = new Tree(root);
        List<Result> results = new ArrayList<>();
        for (Path file : markdown) {
            for (Command command : commandsIn(file)) {
                results.add(tree.check(command));
            }
        }
        return results;
    }

    // ---------------------------------------------------------------- finding commands

    /** One command as written: where, the text shown in messages, its words after shell quoting. */
    record Command(Path file, int line, String text, List<String> words, boolean counterExample) {
    }

    record Result(Command command, String status, List<String> problems) {
    }

    static List<Command> commandsIn(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Command> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.find()) {
                String marker = fence.group(1);
                boolean shell = SHELL_FENCES.contains(fence.group(2).toLowerCase(Locale.ROOT));
                int j = i + 1;
                StringBuilder logical = new StringBuilder();
                int logicalStart = j;
                for (; j < lines.size() && !lines.get(j).strip().startsWith(marker); j++) {
                    if (!shell) {
                        continue;
                    }
                    String l = lines.get(j);
                    if (logical.length() == 0) {
                        logicalStart = j;
                        l = l.replaceFirst("^\\s*\\$ ", ""); // a "$ " prompt
                    }
                    if (l.endsWith("\\")) { // continued on the next line
                        logical.append(l, 0, l.length() - 1).append(' ');
                        continue;
                    }
                    logical.append(l);
                    for (Lexed.Segment segment : Lexed.of(logical.toString()).commands()) {
                        Lexed lexed = segment.owner();
                        found.add(new Command(file, logicalStart + 1, segment.text(), segment.words(),
                                lexed.comment != null && COUNTER_EXAMPLE.matcher(lexed.comment).find()));
                    }
                    logical.setLength(0);
                }
                i = j + 1;
                continue;
            }
            if (line.isBlank()) {
                i++;
                continue;
            }
            // A paragraph: code spans may wrap onto its next lines. Table rows and headings stand alone.
            int end = i + 1;
            if (!isTableRowOrHeading(line)) {
                while (end < lines.size() && !lines.get(end).isBlank() && !FENCE.matcher(lines.get(end)).find()
                        && !isTableRowOrHeading(lines.get(end))) {
                    end++;
                }
            }
            found.addAll(commandsInProse(file, i, lines.subList(i, end)));
            i = end;
        }
        return found;
    }

    private static boolean isTableRowOrHeading(String line) {
        String s = line.stripLeading();
        return s.startsWith("|") || s.startsWith("#");
    }

    private static List<Command> commandsInProse(Path file, int firstLine, List<String> lines) {
        String text = String.join("\n", lines);
        boolean tableRow = lines.size() == 1 && lines.get(0).stripLeading().startsWith("|");
        List<Command> found = new ArrayList<>();
        Command lastOnLine = null;
        int previousSpanEnd = 0;
        int pos = 0;
        while ((pos = text.indexOf('`', pos)) >= 0) {
            int run = runLength(text, pos);
            if (pos > 0 && text.charAt(pos - 1) == '\\') { // an escaped backtick is not a span
                pos += run;
                continue;
            }
            int close = pos + run;
            while ((close = text.indexOf('`', close)) >= 0 && runLength(text, close) != run) {
                close += runLength(text, close);
            }
            if (close < 0) { // no closing run: the backticks are literal
                pos += run;
                continue;
            }
            String span = text.substring(pos + run, close).replace('\n', ' ');
            if (span.length() > 2 && span.startsWith(" ") && span.endsWith(" ")) {
                span = span.substring(1, span.length() - 1);
            }
            if (tableRow) {
                span = span.replace("\\|", "|");
            }
            int line = firstLine + 1 + (int) text.substring(0, pos).chars().filter(c -> c == '\n').count();
            int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
            String before = text.substring(Math.max(previousSpanEnd, lineStart), pos)
                    .replaceAll("^.*[|.;()]", "");
            boolean counterExample = COUNTER_EXAMPLE.matcher(before).find();
            if (lastOnLine != null && lastOnLine.line != line) {
                lastOnLine = null;
            }
            List<Lexed.Segment> commands = Lexed.of(span).commands();
            if (!commands.isEmpty()) {
                for (Lexed.Segment segment : commands) {
                    lastOnLine = new Command(file, line, segment.text(), segment.words(), counterExample);
                    found.add(lastOnLine);
                }
            } else if (lastOnLine != null && span.matches("\\s*-[DP].*")) {
                // "(or `-Dargs=1000`)": a variant of the command before it on this line.
                List<String> words = new ArrayList<>(lastOnLine.words);
                words.addAll(Lexed.of(span).segments.get(0).words());
                found.add(new Command(file, line, lastOnLine.text + " [+ " + span.strip() + "]", words,
                        lastOnLine.counterExample || counterExample));
            }
            pos = close + run;
            previousSpanEnd = pos;
        }
        return found;
    }

    private static int runLength(String text, int pos) {
        int end = pos;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - pos;
    }

    /** A line of shell split into simple commands, with quotes removed, redirections dropped. */
    static final class Lexed {
        record Segment(Lexed owner, List<String> words, String text) {
        }

        final List<Segment> segments = new ArrayList<>();
        String comment;

        static Lexed of(String line) {
            Lexed lexed = new Lexed();
            List<String> words = new ArrayList<>();
            int segmentStart = -1;
            int segmentEnd = -1;
            StringBuilder word = new StringBuilder();
            boolean inWord = false;
            boolean dropNextWord = false;
            for (int i = 0; i <= line.length(); i++) {
                char c = i < line.length() ? line.charAt(i) : '\n';
                Matcher placeholder = PLACEHOLDER.matcher(line).region(i, line.length());
                if (c == '<' && placeholder.lookingAt()) { // "<module>" is a placeholder, not a redirection
                    if (!inWord && segmentStart < 0) {
                        segmentStart = i;
                    }
                    word.append(placeholder.group());
                    inWord = true;
                    i = placeholder.end() - 1;
                    continue;
                }
                boolean separator = c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '\n';
                boolean redirect = c == '>' || c == '<';
                if (Character.isWhitespace(c) && c != '\n' || separator || redirect) {
                    if (redirect && inWord && word.chars().allMatch(Character::isDigit)) {
                        word.setLength(0); // "2>" : the digit is a file descriptor
                        inWord = false;
                    }
                    if (inWord) {
                        if (!dropNextWord) {
                            words.add(word.toString());
                            segmentEnd = i;
                        }
                        dropNextWord = false;
                        word.setLength(0);
                        inWord = false;
                    }
                    if (redirect) {
                        while (i + 1 < line.length() && (line.charAt(i + 1) == '>' || line.charAt(i + 1) == '&')) {
                            i++;
                        }
                        dropNextWord = true;
                    }
                    if (separator) {
                        lexed.add(words, line, segmentStart, segmentEnd);
                        words = new ArrayList<>();
                        segmentStart = -1;
                    }
                    continue;
                }
                if (c == '#' && !inWord) {
                    lexed.comment = line.substring(i + 1);
                    lexed.add(words, line, segmentStart, segmentEnd);
                    return lexed;
                }
                if (!inWord && !dropNextWord && segmentStart < 0) {
                    segmentStart = i;
                }
                inWord = true;
                if (c == '\'') {
                    int close = line.indexOf('\'', i + 1);
                    close = close < 0 ? line.length() : close;
                    word.append(line, i + 1, close);
                    i = close;
                } else if (c == '"') {
                    for (i++; i < line.length() && line.charAt(i) != '"'; i++) {
                        boolean escaped = line.charAt(i) == '\\' && i + 1 < line.length()
                                && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0;
                        if (escaped) {
                            i++;
                        }
                        word.append(line.charAt(i));
                    }
                } else if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            }
            return lexed;
        }

        private void add(List<String> words, String line, int start, int end) {
            if (!words.isEmpty()) {
                segments.add(new Segment(this, words, line.substring(start, Math.max(start, end)).strip()));
            }
        }

        /** The segments that are commands of ours, without leading shell keywords and variables. */
        List<Segment> commands() {
            List<Segment> commands = new ArrayList<>();
            for (Segment s : segments) {
                List<String> w = new ArrayList<>(s.words());
                int dropped = 0;
                while (!w.isEmpty()
                        && (SHELL_KEYWORDS.contains(w.get(0)) || ENV_ASSIGNMENT.matcher(w.get(0)).matches())) {
                    w.remove(0);
                    dropped++;
                }
                if (w.isEmpty()) {
                    continue;
                }
                String first = w.get(0);
                // Alone, the word names the program ("the wrapper, `./mvnw`"); it is not a command.
                boolean ours = w.size() > 1 && (Set.of("./mvnw", "mvnw", "java").contains(first)
                        || first.equals("bash") && !w.get(1).startsWith("-"));
                if (ours) {
                    String text = s.text();
                    for (int k = 0; k < dropped; k++) { // the shown text starts at the command word
                        text = text.substring(text.indexOf(s.words().get(k)) + s.words().get(k).length()).strip();
                    }
                    commands.add(new Segment(this, w, text));
                }
            }
            return commands;
        }
    }

    // ---------------------------------------------------------------- the tree

    /** What the commands may name: reactor modules, profiles, and each module's classes. */
    static final class Tree {
        final Path root;
        final List<String> modules;
        final Set<String> parentProfiles;
        final Set<String> properties = new java.util.TreeSet<>(KNOWN_PROPERTIES);
        private final Map<String, Module> moduleCache = new HashMap<>();

        Tree(Path root) throws IOException {
            this.root = root;
            String pom = pomText(root.resolve("pom.xml"));
            Matcher modulesBlock = Pattern.compile("<modules>(.*?)</modules>", Pattern.DOTALL).matcher(pom);
            this.modules = modulesBlock.find()
                    ? all(Pattern.compile("<module>\\s*([^<]+?)\\s*</module>"), modulesBlock.group(1))
                    : List.of();
            this.parentProfiles = Set.copyOf(profilesOf(pom));
            Matcher block = Pattern.compile("<properties>(.*?)</properties>", Pattern.DOTALL).matcher(pom);
            while (block.find()) {
                properties.addAll(all(Pattern.compile("<([\\w.-]+)\\s*/?>"), block.group(1)));
            }
        }

        Module module(String name) {
            return moduleCache.computeIfAbsent(name, n -> new Module(root.resolve(n), n));
        }

        Result check(Command command) {
            List<String> w = command.words;
            List<String> problems = new ArrayList<>();
            if (command.counterExample) {
                return new Result(command, "skipped", problems);
            }
            String status = "ok";
            switch (w.get(0)) {
                case "bash" -> status = requireFile(w.get(1), problems);
                case "java" -> status = checkJava(w, problems);
                case "mvnw" -> problems.add("mvnw without ./ is not found (the wrapper is not on the PATH);"
                        + " write ./mvnw");
                default -> status = new MavenCommand(this, w.subList(1, w.size()), problems).check();
            }
            return new Result(command, status, problems);
        }

        /** "ok" if the file exists, "partly" for a placeholder such as {@code <script>}. */
        private String requireFile(String path, List<String> problems) {
            if (PLACEHOLDER.matcher(path).find() || path.contains("...")) {
                return "partly";
            }
            if (!Files.isRegularFile(root.resolve(path))) {
                problems.add(path + ": no such file");
            }
            return "ok";
        }

        /** {@code java [options] File.java|-jar x.jar|Class [args]}: a source file or jar must exist. */
        private String checkJava(List<String> w, List<String> problems) {
            Set<String> optionsWithValue = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
                    "--add-opens", "--add-exports", "--add-modules", "--source");
            for (int i = 1; i < w.size(); i++) {
                String word = w.get(i);
                if (word.equals("-jar") && i + 1 < w.size()) {
                    return requireFile(w.get(i + 1), problems);
                }
                if (optionsWithValue.contains(word)) {
                    i++;
                } else if (!word.startsWith("-")) {
                    if (word.endsWith(".java")) {
                        return requireFile(word, problems);
                    }
                    return "skipped"; // a class of the reader's program, such as "java MyApp"
                }
            }
            return "ok"; // java -version and the like
        }
    }

    /** One module's directory and the names its source folders declare. */
    static final class Module {
        final String name;
        final Path dir;
        final Set<String> profiles;

        Module(Path dir, String name) {
            this.dir = dir;
            this.name = name;
            Path pom = dir.resolve("pom.xml");
            this.profiles = Files.isRegularFile(pom) ? Set.copyOf(profilesOf(pomText(pom))) : Set.of();
        }

        boolean has(String sourceFolder) {
            return Files.isDirectory(dir.resolve(sourceFolder));
        }

        /** Paths of the .java files below a source folder, relative to it, without ".java". */
        List<String> classes(String sourceFolder) {
            Path base = dir.resolve(sourceFolder);
            if (!Files.isDirectory(base)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(base)) {
                return files.filter(p -> p.toString().endsWith(".java"))
                        .map(p -> base.relativize(p).toString().replace('\\', '/'))
                        .map(p -> p.substring(0, p.length() - ".java".length()))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> simpleNames(String sourceFolder) {
            return classes(sourceFolder).stream().map(c -> c.substring(c.lastIndexOf('/') + 1)).toList();
        }

        String source(String sourceFolder, String classPath) {
            try {
                return Files.readString(dir.resolve(sourceFolder).resolve(classPath + ".java"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** JMH's names for the benchmarks: package.Class.method of every {@code @Benchmark} method. */
        List<String> benchmarks() {
            List<String> names = new ArrayList<>();
            for (String c : classes("src/jmh/java")) {
                String source = source("src/jmh/java", c);
                Matcher annotation = Pattern.compile("@Benchmark\\b").matcher(source);
                Matcher method = Pattern.compile("(@?)(\\w+)\\s*\\(").matcher(source);
                while (annotation.find()) {
                    int from = annotation.end();
                    while (method.find(from)) {
                        if (method.group(1).isEmpty()) {
                            names.add(c.replace('/', '.') + "." + method.group(2));
                            break;
                        }
                        from = source.indexOf(')', method.end()) + 1; // skip an annotation's arguments
                    }
                }
            }
            return names;
        }

        /** jcstress's names for the tests: package.Class, or package.Class.Nested for a nested test. */
        List<String> stressTests() {
            List<String> names = new ArrayList<>();
            for (String c : classes("src/jcstress/java")) {
                String source = source("src/jcstress/java", c);
                String top = c.substring(c.lastIndexOf('/') + 1);
                Matcher test = Pattern.compile("@JCStressTest\\b[\\s\\S]*?\\b(?:class|record)\\s+(\\w+)")
                        .matcher(source);
                while (test.find()) {
                    String fqcn = c.replace('/', '.');
                    names.add(test.group(1).equals(top) ? fqcn : fqcn + "." + test.group(1));
                }
            }
            return names;
        }
    }

    /** One {@code ./mvnw} command, parsed the way Maven parses it, and checked against the tree. */
    static final class MavenCommand {
        private final Tree tree;
        private final List<String> problems;
        private final List<String> goals = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> profiles = new ArrayList<>();
        private List<String> projects; // null: no -pl
        private boolean placeholders;
        private boolean noGoalNeeded;

        MavenCommand(Tree tree, List<String> args, List<String> problems) {
            this.tree = tree;
            this.problems = problems;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("[") && a.endsWith("]") && a.length() > 2) {
                    a = a.substring(1, a.length() - 1); // [-Dx=y]: an optional part
                }
                String next = i + 1 < args.size() ? args.get(i + 1) : null;
                if (a.equals("-D") || a.equals("--define")) {
                    define(next);
                    i++;
                } else if (a.startsWith("-D")) {
                    define(a.substring(2));
                } else if (a.equals("-P") || a.equals("--activate-profiles")) {
                    addProfiles(next);
                    i++;
                } else if (a.startsWith("-P")) {
                    addProfiles(a.substring(2));
                } else if (a.equals("-pl") || a.equals("--projects")) {
                    projects = next == null ? List.of() : List.of(next.split(","));
                    i++;
                } else if (MAVEN_OPTIONS_WITH_VALUE.contains(a)) {
                    i++;
                } else if (MAVEN_FLAGS.contains(a)) {
                    noGoalNeeded |= Set.of("-v", "--version", "-h", "--help").contains(a);
                } else if (a.startsWith("-")) {
                    problems.add(a + " is not a Maven option");
                } else {
                    goals.add(a);
                }
            }
        }

        private void define(String definition) {
            if (definition == null) {
                problems.add("-D without a property");
                return;
            }
            int eq = definition.indexOf('=');
            properties.put(eq < 0 ? definition : definition.substring(0, eq),
                    eq < 0 ? null : definition.substring(eq + 1));
        }

        private void addProfiles(String list) {
            if (list == null) {
                problems.add("-P without a profile");
                return;
            }
            for (String p : list.split(",")) {
                profiles.add(p.replaceFirst("^[!+?-]", ""));
            }
        }

        private boolean isPlaceholder(String value) {
            boolean placeholder = value != null && (value.matches(".*<[^>]+>.*") || value.equals("...")
                    || UPPER_CASE_WORDS.matcher(value).matches());
            placeholders |= placeholder;
            return placeholder;
        }

        String check() {
            checkGoals();
            List<Module> selected = selectedModules();
            checkProfiles(selected);
            for (String p : properties.keySet()) {
                if (!tree.properties.contains(p)) {
                    problems.add("-D" + p + " is not a property of this build"
                            + closestOf(p, List.copyOf(tree.properties)));
                }
            }
            isPlaceholder(properties.get("args")); // -Dargs="TASKS POOL_SIZE": counted, never checked
            requireWith("args", "demo");
            requireWith("jmh.include", "jmh");
            requireWith("jmh.args", "jmh");
            requireWith("jcstress.include", "jcstress");
            requireWith("jcstress.args", "jcstress");
            requireWith("jcstress.jvmArgs", "jcstress");
            for (String p : List.of("demo", "tour", "jmh", "jcstress")) {
                requirePhase(p, "compile", "its program is launched in the compile phase");
            }
            for (String p : List.of("exercise", "stubCheck", "progress", "test")) {
                requirePhase(p, "test", "it is read by the tests");
            }
            for (String p : List.of("exercise", "stubCheck", "progress")) {
                if (properties.containsKey(p) && !profiles.contains("exercises")) {
                    problems.add("-D" + p + " needs -Pexercises (the exercise runner reads it)");
                }
            }
            boolean wholeReactor = projects == null;
            if (selected != null) {
                checkDemo(selected, wholeReactor);
                checkTour(selected, wholeReactor);
                checkExercise(selected, wholeReactor);
                checkTest(selected);
                checkLauncher(selected, wholeReactor, "jmh", "src/jmh/java", "benchmark", Module::benchmarks);
                checkLauncher(selected, wholeReactor, "jcstress", "src/jcstress/java", "stress test",
                        Module::stressTests);
            }
            if (properties.containsKey("demo") && wholeReactor) {
                problems.add("-Ddemo needs -pl <module>: demo numbers are per module");
            }
            return placeholders ? "partly" : "ok";
        }

        private void checkGoals() {
            for (String g : goals) {
                if (!g.contains(":") && !DEFAULT_PHASES.contains(g) && !OTHER_PHASES.contains(g)) {
                    problems.add(g + " is not a lifecycle phase" + closestOf(g, DEFAULT_PHASES));
                }
            }
            if (goals.isEmpty() && !noGoalNeeded) {
                problems.add("no goal or phase (Maven stops: \"No goals have been specified\")");
            }
        }

        private int lastPhase() {
            return goals.stream().mapToInt(DEFAULT_PHASES::indexOf).max().orElse(-1);
        }

        private void requirePhase(String property, String phase, String why) {
            if (properties.containsKey(property) && lastPhase() < DEFAULT_PHASES.indexOf(phase)) {
                problems.add("-D" + property + " does nothing unless the build reaches the " + phase
                        + " phase (" + why + ")");
            }
        }

        private void requireWith(String property, String needed) {
            if (properties.containsKey(property) && !properties.containsKey(needed)) {
                problems.add("-D" + property + " has no effect without -D" + needed);
            }
        }

        /** The modules the command builds; null when -pl is a placeholder. */
        private List<Module> selectedModules() {
            if (projects == null) {
                return tree.modules.stream().map(tree::module).toList();
            }
            if (projects.stream().anyMatch(this::isPlaceholder)) {
                return null;
            }
            List<Module> selected = new ArrayList<>();
            for (String p : projects) {
                String name = p.startsWith(":") ? p.substring(1) : p.replaceAll("/+$", "");
                if (!Files.isDirectory(tree.root.resolve(name))) {
                    problems.add("-pl " + p + ": no module directory " + name + closestOf(name, tree.modules));
                } else if (!tree.modules.contains(name)) {
                    problems.add("-pl " + p + ": " + name + " is not a <module> of the parent pom.xml");
                } else {
                    selected.add(tree.module(name));
                }
            }
            return selected;
        }

        private void checkProfiles(List<Module> selected) {
            List<Module> candidates = selected != null
                    ? selected
                    : tree.modules.stream().map(tree::module).toList();
            for (String p : profiles) {
                if (!isPlaceholder(p) && !tree.parentProfiles.contains(p)
                        && candidates.stream().noneMatch(m -> m.profiles.contains(p))) {
                    problems.add("-P" + p + ": no such profile in pom.xml"
                            + (selected == null || selected.isEmpty() ? "" : " or " + names(selected) + "/pom.xml")
                            + closestOf(p, List.copyOf(tree.parentProfiles)));
                }
            }
        }

        private void checkDemo(List<Module> selected, boolean wholeReactor) {
            if (!properties.containsKey("demo") || wholeReactor) {
                return;
            }
            String wanted = properties.get("demo");
            if (wanted == null || wanted.isEmpty()) {
                problems.add("-Ddemo needs a number or a name (-Ddemo=NN or -Ddemo=DemoNN_Name)");
                return;
            }
            if (isPlaceholder(wanted)) {
                return;
            }
            for (Module m : selected) {
                if (!m.has("src/main/java")) {
                    problems.add(m.name + " has no src/main/java, so the demo profile stays off");
                    continue;
                }
                // The launcher's rule: the simple name, or the name starting with "Demo" + wanted + "_".
                List<String> demos = m.simpleNames("src/main/java").stream()
                        .filter(n -> n.matches("Demo\\d\\d_\\w+")).toList();
                List<String> matches = demos.stream()
                        .filter(n -> n.equals(wanted) || n.startsWith("Demo" + wanted + "_")).toList();
                if (matches.size() != 1) {
                    problems.add((matches.isEmpty() ? "no demo of " + m.name + " matches"
                            : matches.size() + " demos of " + m.name + " match")
                            + " -Ddemo=" + wanted + " (its demos: "
                            + demos.stream().map(n -> n.substring(4, 6)).collect(Collectors.joining(" ")) + ")");
                }
            }
        }

        private void checkTour(List<Module> selected, boolean wholeReactor) {
            if (properties.containsKey("tour") && !wholeReactor) {
                for (Module m : selected) {
                    if (!m.has("src/main/java")) {
                        problems.add(m.name + " has no src/main/java, so the tour profile stays off");
                    }
                }
            }
        }

        private void checkExercise(List<Module> selected, boolean wholeReactor) {
            String number = properties.get("exercise");
            if (!properties.containsKey("exercise") || number == null || isPlaceholder(number)) {
                if (properties.containsKey("exercise") && number == null) {
                    problems.add("-Dexercise needs a number (-Dexercise=NN)");
                }
                return;
            }
            int found = 0;
            for (Module m : selected) {
                // ExerciseRunner compares numbers as numbers: -Dexercise=1 is Exercise01_*.
                List<String> tests = m.simpleNames("src/test/java").stream()
                        .filter(n -> n.matches("Exercise0*" + number + "_\\w+Test")).toList();
                if (tests.isEmpty() && !wholeReactor) {
                    problems.add("no Exercise" + number + "*Test in " + m.name
                            + "/src/test/java (the exercise runner would stop with status 2)");
                }
                for (String test : tests) {
                    found++;
                    String exercise = test.substring(0, test.length() - "Test".length());
                    for (String folder : List.of("src/exercises/java", "src/solutions/java")) {
                        if (!m.simpleNames(folder).contains(exercise)) {
                            problems.add("no " + exercise + " in " + m.name + "/" + folder);
                        }
                    }
                }
            }
            if (wholeReactor && found == 0) {
                problems.add("no module has an Exercise" + number
                        + "*Test (the exercise runner would stop with status 2)");
            }
        }

        private void checkTest(List<Module> selected) {
            String spec = properties.get("test");
            if (spec == null || isPlaceholder(spec)) {
                return;
            }
            for (Module m : selected) {
                for (String part : spec.split(",")) {
                    if (part.isBlank() || part.startsWith("!")) {
                        continue;
                    }
                    String[] classAndMethods = part.split("#", 2);
                    Pattern classPattern = surefireClassPattern(classAndMethods[0]);
                    List<String> classes = m.classes("src/test/java").stream()
                            .filter(c -> classPattern.matcher(c).matches()).toList();
                    if (classes.isEmpty()) {
                        problems.add("-Dtest=" + part + ": no test class " + classAndMethods[0] + " in " + m.name
                                + "/src/test/java (surefire fails a module where -Dtest matches nothing)");
                        continue;
                    }
                    if (classAndMethods.length == 2) {
                        for (String method : classAndMethods[1].split("\\+")) {
                            Pattern declared = Pattern.compile("\\bvoid\\s+" + glob(method) + "\\s*\\(");
                            if (classes.stream().noneMatch(c -> declared.matcher(m.source("src/test/java", c)).find())) {
                                problems.add("-Dtest=" + part + ": no test method " + method + " in " + classes.stream()
                                        .map(c -> c.substring(c.lastIndexOf('/') + 1)).collect(Collectors.joining(", ")));
                            }
                        }
                    }
                }
            }
        }

        /** Surefire's class pattern: a simple name or a path (dots or slashes), with * and ** globs. */
        private static Pattern surefireClassPattern(String pattern) {
            String p = pattern.endsWith(".java") ? pattern.substring(0, pattern.length() - 5) : pattern;
            if (!p.contains("/") && p.contains(".")) {
                p = p.replace('.', '/');
            }
            return Pattern.compile("(.*/)?" + glob(p));
        }

        private static String glob(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*') {
                    boolean twoStars = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    regex.append(twoStars ? ".*" : "[^/]*");
                    i += twoStars ? 1 : 0;
                } else if (c == '?') {
                    regex.append('.');
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return regex.toString();
        }

        /** -Djmh / -Djcstress: the profile needs the source folder; the include regex must find a name. */
        private void checkLauncher(List<Module> selected, boolean wholeReactor, String property, String folder,
                String what, java.util.function.Function<Module, List<String>> names) {
            if (!properties.containsKey(property)) {
                return;
            }
            List<Module> withFolder = selected.stream().filter(m -> m.has(folder)).toList();
            for (Module m : selected) {
                if (!wholeReactor && !m.has(folder)) {
                    problems.add("-D" + property + ": " + m.name + " has no " + folder
                            + ", so the " + property + " profile stays off and nothing runs");
                }
            }
            if (wholeReactor && withFolder.isEmpty()) {
                problems.add("-D" + property + ": no module has " + folder);
            }
            String include = properties.get(property + ".include");
            if (include == null || include.isEmpty() || isPlaceholder(include)) {
                return;
            }
            Pattern regex;
            try {
                regex = Pattern.compile(include);
            } catch (PatternSyntaxException e) {
                problems.add("-D" + property + ".include=" + include + " is not a regular expression");
                return;
            }
            for (Module m : withFolder) {
                // Both tools match the regex anywhere in the name (find, not matches).
                if (names.apply(m).stream().noneMatch(n -> regex.matcher(n).find())) {
                    problems.add("-D" + property + ".include=" + include + " matches no " + what + " of " + m.name
                            + " (the run fails: nothing to run)");
                }
            }
        }

        private static String names(List<Module> modules) {
            return modules.stream().map(m -> m.name).collect(Collectors.joining(","));
        }

    }

    // ---------------------------------------------------------------- helpers

    /** ", did you mean X?" for a name within two edits of a known one, else "". */
    static String closestOf(String name, List<String> known) {
        return known.stream()
                .filter(k -> distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT)) <= 2)
                .min(Comparator.comparingInt(k -> distance(name, k)))
                .map(k -> " (did you mean " + k + "?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A pom.xml without its comments, which mention modules, profiles and properties in prose. */
    static String pomText(Path pom) {
        try {
            return Files.readString(pom).replaceAll("(?s)<!--.*?-->", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> profilesOf(String pom) {
        return all(Pattern.compile("<profile>\\s*<id>\\s*([^<]+?)\\s*</id>"), pom);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    // ---------------------------------------------------------------- self-test

    /**
     * The checker on a made-up tree: module 01-a (demos 01 and 02, exercise 01 complete, a test of
     * exercise 02 without its stub, a test class, a benchmark, a stress test, a profile "extra"),
     * module 02-b (demos only), and 03-c, a directory that is not a module. Each case is a Markdown
     * snippet and the verdict expected for the commands in it: "ok", "partly", "skipped", "none" (no
     * command in it), or a part of the message its mistake must produce.
     */
    static final class SelfTest {
        private static final String[][] CASES = {
                {"`./mvnw -q compile -pl 01-a -Ddemo=01`", "ok"},
                {"`./mvnw -q compile -pl 01-a -Ddemo=Demo02_Two -Dargs=\"1 2\"`", "ok"},
                {"`./mvnw -q test -pl 01-a -Pexercises -Dexercise=01`", "ok"},
                {"`./mvnw test -Pexercises -DstubCheck`", "ok"},
                {"`./mvnw verify -pl 01-a -Dtest=FooTest#fooWorks`", "ok"},
                {"`./mvnw verify -pl 01-a -Dtest=Foo*`", "ok"},
                {"`./mvnw -q compile -pl 01-a -Djmh -Djmh.include='Bench0[1]'`", "ok"},
                {"`./mvnw -q compile -pl 01-a -Djmh -Djmh.include=Bench01_B.run`", "ok"},
                {"`./mvnw -q compile -pl 01-a -Djcstress -Djcstress.include=S01_T.Cas`", "ok"},
                {"`./mvnw -q compile -Dtour`", "ok"},
                {"`./mvnw -q compile -pl 01-a -Pextra`", "ok"},
                {"`./mvnw -q compile -pl 01-a -Ddemo=01 -Ddemo.jvmArgs=-Xmx64m`", "ok"},
                {"`./mvnw -q compile -pl <module> -Djmh [-Djmh.include=Bench02]`", "partly"},
                {"`./mvnw -q test -pl 01-a -Pexercises -Dexercise=NN`", "partly"},
                {"Wrapped: `./mvnw -q compile -pl\n01-a -Dtour`, and so on.", "ok"},
                {"```sh\n./mvnw -q compile -pl 01-a \\\n    -Ddemo=01   # the first demo\n```", "ok"},
                {"`yes > /dev/null & for i in 1 2; do ./mvnw -q test -pl 01-a || break; done; kill %1`", "ok"},
                {"`bash .ci/run` and `java .ci/Tool.java`", "ok"},
                {"`bash <script>` and `java .ci/<Program>.java`", "partly"},
                {"```console\n$ ./mvnw -q compile -pl 01-a -Ddemo=02\n```", "ok"},
                {"The wrapper, `./mvnw`, finds a JDK even when your default `java` is older.", "none"},
                {"`java -XX:StartFlightRecording=filename=rec.jfr MyApp`", "skipped"},
                {"Do not run `./mvnw -q compile -pl 01-a -Ddemo=99`.", "skipped"},
                {"```\n./mvnw -q compile -pl 01-a -Ddemo=99   # wrong: there is no demo 99\n```", "skipped"},
                {"| 1 | `./mvnw -q compile -pl 01-a -Ddemo=01` (or `-Ddemo=02 -Dargs=5`) |", "ok"},
                {"| 1 | `./mvnw -q compile -pl 01-a -Ddemo=01` (or `-Ddemo=07`) |", "no demo of 01-a matches -Ddemo=07"},
                {"`./mvnw -q compile -pl 01-a -Ddemo=07`", "no demo of 01-a matches -Ddemo=07"},
                {"`./mvnw -q compile -pl 09-z -Ddemo=01`", "no module directory 09-z"},
                {"`./mvnw -q compile -pl 03-c -Dtour`", "not a <module> of the parent pom.xml"},
                {"`./mvnw -q compile -Ddemo=01`", "-Ddemo needs -pl"},
                {"`./mvnw -q compile -pl 01-a -Ddemo`", "-Ddemo needs a number"},
                {"`./mvnw -q test -pl 01-a -Pexercises -Dexercise=02`", "no Exercise02_Y in 01-a/src/exercises/java"},
                {"`./mvnw -q test -pl 01-a -Pexercises -Dexercise=03`", "no Exercise03*Test in 01-a"},
                {"`./mvnw -q test -pl 01-a -Dexercise=01`", "-Dexercise needs -Pexercises"},
                {"`./mvnw -q test -pl 01-a -DstubCheck`", "-DstubCheck needs -Pexercises"},
                {"`./mvnw verify -pl 01-a -Dtest=BarTest`", "no test class BarTest"},
                {"`./mvnw verify -pl 01-a,02-b -Dtest=FooTest`", "no test class FooTest in 02-b"},
                {"`./mvnw verify -Dtest=FooTest`", "no test class FooTest in 02-b"},
                {"`./mvnw verify -pl 01-a -Dtest=FooTest#barWorks`", "no test method barWorks"},
                {"`./mvnw -q compile -pl 01-a -Djmh -Djmh.include=Bench09`", "matches no benchmark of 01-a"},
                {"`./mvnw -q compile -pl 01-a -Djmh -Djmh.include=Bench0[`", "not a regular expression"},
                {"`./mvnw -q compile -pl 02-b -Djmh`", "02-b has no src/jmh/java"},
                {"`./mvnw -q compile -pl 02-b -Djcstress`", "02-b has no src/jcstress/java"},
                {"`./mvnw -q compile -pl 01-a -Djcstress -Djcstress.include=Broken`", "matches no stress test of 01-a"},
                {"`./mvnw -q compile -pl 01-a -Pexercise`", "no such profile"},
                {"`./mvnw -q compile -pl 01-a -Dtour -Dargs=1`", "-Dargs has no effect without -Ddemo"},
                {"`./mvnw -q compile -pl 01-a -Ddemos=01`", "-Ddemos is not a property of this build (did you mean demo?)"},
                {"`./mvnw -q test -pl 01-a -Pexercises -Dexcercise=01`", "-Dexcercise is not a property"},
                {"`./mvnw -q complie -pl 01-a -Dtour`", "complie is not a lifecycle phase (did you mean compile?)"},
                {"`./mvnw -q validate -pl 01-a -Ddemo=01`", "unless the build reaches the compile phase"},
                {"`./mvnw -q compile -pl 01-a -Pexercises -Dexercise=01`", "unless the build reaches the test phase"},
                {"`./mvnw -q compile -pl 01-a -Djmh.include=Bench01`", "-Djmh.include has no effect without -Djmh"},
                {"`./mvnw -q -pl 01-a -Dtour`", "no goal or phase"},
                {"`./mvnw -q compile -pl 01-a --offlne`", "--offlne is not a Maven option"},
                {"`bash .ci/nothing`", ".ci/nothing: no such file"},
                {"`java .ci/Nothing.java`", ".ci/Nothing.java: no such file"},
                {"`mvnw -q compile -Dtour`", "./mvnw"},
        };

        static boolean run() throws IOException {
            Path root = Files.createTempDirectory("check-commands-");
            try {
                plantTree(root);
                StringBuilder markdown = new StringBuilder();
                TreeMap<Integer, String[]> caseAtLine = new TreeMap<>();
                int line = 1;
                for (String[] c : CASES) {
                    caseAtLine.put(line, c);
                    markdown.append(c[0]).append("\n\n");
                    line += c[0].split("\n", -1).length + 1;
                }
                Files.writeString(root.resolve("README.md"), markdown);
                // A result belongs to the case it was found in (a fenced case reports its command's line).
                Map<Integer, List<Result>> byLine = check(root, List.of(root.resolve("README.md"))).stream()
                        .collect(Collectors.groupingBy(r -> caseAtLine.floorKey(r.command.line),
                                TreeMap::new, Collectors.toList()));
                List<String> failures = new ArrayList<>();
                for (Map.Entry<Integer, String[]> e : caseAtLine.entrySet()) {
                    String expected = e.getValue()[1];
                    List<Result> results = byLine.getOrDefault(e.getKey(), List.of());
                    List<String> problems = results.stream().flatMap(r -> r.problems.stream()).toList();
                    boolean asExpected = switch (expected) {
                        case "none" -> results.isEmpty();
                        case "ok", "partly", "skipped" -> !results.isEmpty() && problems.isEmpty()
                                && results.stream().allMatch(r -> r.status.equals(expected));
                        default -> problems.stream().anyMatch(p -> p.contains(expected));
                    };
                    if (!asExpected) {
                        failures.add(e.getValue()[0].replace("\n", "\\n") + "\n      expected: " + expected
                                + "\n      got: " + (results.isEmpty() ? "no command found"
                                : results.stream().map(r -> r.problems.isEmpty() ? r.status : r.problems.toString())
                                        .toList()));
                    }
                }
                if (!failures.isEmpty()) {
                    System.err.println("Self-test: " + failures.size() + " of " + CASES.length
                            + " case(s) not as expected:");
                    failures.forEach(f -> System.err.println("  " + f));
                    return false;
                }
                long planted = caseAtLine.values().stream()
                        .filter(c -> !Set.of("ok", "partly", "skipped", "none").contains(c[1])).count();
                System.out.println("Self-test: all " + CASES.length + " cases as expected (" + planted
                        + " planted mistakes reported).");
                return true;
            } finally {
                try (Stream<Path> files = Files.walk(root)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }

        private static void plantTree(Path root) throws IOException {
            write(root, "pom.xml", """
                    <project><!-- <module>03-c</module> in a comment is not a module -->
                      <modules><module>01-a</module><module>02-b</module></modules>
                      <properties><demo.jvmArgs></demo.jvmArgs><exercise/></properties>
                      <profiles><profile><id>exercises</id></profile><profile><id>demo</id></profile></profiles>
                    </project>""");
            write(root, "01-a/pom.xml", "<project><profiles><profile>\n<id>extra</id></profile></profiles>\n</project>");
            write(root, "01-a/src/main/java/p/Demo01_One.java", "class Demo01_One {}");
            write(root, "01-a/src/main/java/p/Demo02_Two.java", "class Demo02_Two {}");
            write(root, "01-a/src/main/java/p/Helper.java", "class Helper {}");
            write(root, "01-a/src/exercises/java/p/exercises/Exercise01_X.java", "class Exercise01_X {}");
            write(root, "01-a/src/solutions/java/p/exercises/Exercise01_X.java", "class Exercise01_X {}");
            write(root, "01-a/src/test/java/p/exercises/Exercise01_XTest.java", "class Exercise01_XTest {}");
            write(root, "01-a/src/solutions/java/p/exercises/Exercise02_Y.java", "class Exercise02_Y {}");
            write(root, "01-a/src/test/java/p/exercises/Exercise02_YTest.java", "class Exercise02_YTest {}");
            write(root, "01-a/src/test/java/p/FooTest.java", "class FooTest { @Test void fooWorks() {} }");
            write(root, "01-a/src/jmh/java/p/bench/Bench01_B.java",
                    "@BenchmarkMode(Mode.AverageTime) class Bench01_B {\n"
                            + "  @Benchmark @OperationsPerInvocation(2)\n  public int run() { return 1; } }");
            write(root, "01-a/src/jcstress/java/p/stress/S01_T.java",
                    "class S01_T { @JCStressTest @Outcome(id = \"1\") public static class Cas {} }");
            write(root, "02-b/pom.xml", "<project/>");
            write(root, "02-b/src/main/java/q/Demo01_Only.java", "class Demo01_Only {}");
            write(root, "02-b/src/test/java/q/OtherTest.java", "class OtherTest {}");
            write(root, "03-c/pom.xml", "<project/>");
            write(root, "03-c/src/main/java/r/Demo01_Orphan.java", "class Demo01_Orphan {}");
            write(root, ".ci/run", "#!/usr/bin/env bash");
            write(root, ".ci/Tool.java", "class Tool {}");
        }

        private static void write(Path root, String path, String content) throws IOException {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        }
    }
}
