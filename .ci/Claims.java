import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates every verdict table of the course from one source, and checks that the committed tables
 * are the generated ones.
 *
 * <p>Run: {@code java .ci/Claims.java} (writes the tables) or {@code java .ci/Claims.java --check}
 * (changes nothing; exit status 1 and a list of problems if a table is stale or a binding is wrong).
 * After {@code ./mvnw verify}, {@code java .ci/Claims.java --results} reads the surefire reports, prints
 * the tests run over all modules and the claims proven by tests that passed, and exits with 1 if a
 * claim that rests on a test has no bound test that passed in that build. JDK 17+, a single-file
 * program like the other checks in this folder. {@code --self-test} first runs the checks on a small
 * made-up tree with one planted mistake per rule, and stops with status 1 unless each is reported.
 *
 * <h2>The source</h2>
 * <ul>
 *   <li>{@code docs/claims.tsv}: one row per claim of the two seeds (J1 to J100, P1 to P15), tab
 *       separated, with a header row: {@code id, modules, seed, verdict, evidence, claim, reason, see}.
 *       {@code modules} lists the lesson numbers ({@code 01, 05}) whose tables show the claim;
 *       {@code seed} is the seed file and passage; {@code verdict} one of {@link Verdict};
 *       {@code evidence} one of {@link Evidence}, followed by {@code : why} for
 *       {@code cannot be run here}; {@code reason} one line; {@code see} Markdown links (paths relative
 *       to the repository root) to evidence that is not bound in code: figures, charts, other pages.</li>
 *   <li>{@code @Claim("J17")} on a test method in any {@code src/test/java}: the test settles J17; on a
 *       class or a {@code @Benchmark} method in any {@code src/jmh/java} or {@code src/main/java}: that
 *       benchmark or demo is the evidence for J17, a measured claim. The tables link both.</li>
 * </ul>
 *
 * <h2>What it writes</h2>
 * <ul>
 *   <li>{@code docs/claims-ledger.md}, the whole page;</li>
 *   <li>in each module README, the table between {@code <!-- claims:begin -->} and
 *       {@code <!-- claims:end -->}: the claims whose {@code modules} name the module;</li>
 *   <li>in {@code docs/interview-cheat-sheet.md}, the verdict and proof cells (the 4th and 5th) of every
 *       table row whose first cell lists claim IDs ({@code | J84, J85 | ...}).</li>
 * </ul>
 *
 * <h2>What it checks</h2>
 * Every row is well formed and every ID appears once; every {@code @Claim} names a claim that exists and
 * sits, in a test, on a method annotated as a JUnit test, in lesson code, on a class or a
 * {@code @Benchmark} method; every claim whose evidence is {@code test} has at least one bound test,
 * and a claim with bound tests says {@code test}; every claim whose evidence is {@code measured} has at
 * least one bound benchmark or demo; no {@code see} cell links a file bound to the same claim (the
 * tables link it already); every cheat-sheet ID exists; and, with {@code --check}, every generated file
 * equals what is committed.
 */
public class Claims {

    enum Verdict {
        HOLDS_WITH_A_CAVEAT("holds with a caveat"), HOLDS("holds"), WRONG("wrong"), OUTDATED("outdated"),
        UNPROVEN("unproven");

        final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(String text) {
            return Stream.of(values()).filter(v -> v.text.equals(text)).findFirst().orElse(null);
        }
    }

    enum Evidence {
        TEST("test"), MEASURED("measured"), CHECKED_BY_HAND("checked by hand"),
        CANNOT_BE_RUN_HERE("cannot be run here");

        final String text;

        Evidence(String text) {
            this.text = text;
        }

        static Evidence of(String field) {
            String kind = field.contains(":") ? field.substring(0, field.indexOf(':')) : field;
            Evidence e = Stream.of(values()).filter(v -> v.text.equals(kind)).findFirst().orElse(null);
            // "cannot be run here" must say why; the others must not carry a note.
            return e == null || (e == CANNOT_BE_RUN_HERE) != field.contains(":") ? null : e;
        }
    }

    record Row(String id, List<String> modules, String seed, Verdict verdict, String evidenceField,
               Evidence evidence, String claim, String reason, String see) { }

    /** Where a {@code @Claim} is written: on a test, or on lesson code (a benchmark or a demo). */
    enum Where { TEST, LESSON_CODE }

    /**
     * Code bound to claims with {@code @Claim}: a test method, a benchmark (its class or one
     * {@code @Benchmark} method) or a demo (its class). {@code member} is the method's name, or
     * {@code null} when the class itself is bound.
     */
    record Binding(Path file, String className, String member, List<String> ids, Where where) {
        /** The name shown in the tables, and for a test the name its surefire report gives. */
        String label() {
            return member == null ? className : className + "." + member;
        }
    }

    static final String TSV = "docs/claims.tsv";
    static final String LEDGER = "docs/claims-ledger.md";
    static final String CHEAT_SHEET = "docs/interview-cheat-sheet.md";
    static final String BEGIN = "<!-- claims:begin -->";
    static final String END = "<!-- claims:end -->";
    static final List<String> COLUMNS =
            List.of("id", "modules", "seed", "verdict", "evidence", "claim", "reason", "see");
    static final Pattern ID = Pattern.compile("[JP][1-9][0-9]*");
    static final Pattern CLAIM_ANNOTATION = Pattern.compile("@Claim\\(([^)]*)\\)");
    static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final String ANNOTATION = "@[\\w.]+(?:\\s*\\(\\s*\\))?\\s*";
    static final Pattern ANNOTATIONS_BEFORE = Pattern.compile("(?:" + ANNOTATION + ")*$");
    static final Pattern ANNOTATIONS_THEN_METHOD = Pattern.compile("(?:" + ANNOTATION + ")+"
            + "(?:(?:public|protected|private|static|final|synchronized)\\s+)*(?:<[^>]*>\\s*)?"
            + "[\\w.<>\\[\\]?, ]+?\\s+(\\w+)\\s*\\(");
    static final Pattern ANNOTATIONS_THEN_TYPE = Pattern.compile("(?:" + ANNOTATION + ")+"
            + "(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
            + "(?:class|record|enum|interface)\\s+(\\w+)");
    static final Pattern BENCHMARK_ANNOTATION = Pattern.compile("@Benchmark\\b");
    /** Where bindings are read: tests, and the lesson code that measures (demos, benchmarks). */
    static final Pattern BOUND_SOURCES = Pattern.compile("[^/]+/src/(test|main|jmh)/java/.*");
    static final Pattern LINK = Pattern.compile("(\\[[^\\]]*\\]\\()([^)\\s]+)(\\))");

    final Path root;
    final List<String> problems = new ArrayList<>();

    Claims(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        List<String> options = Stream.of(args).filter(a -> a.startsWith("--")).toList();
        List<String> paths = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        if (!List.of("--check", "--results", "--summary", "--self-test").containsAll(options) || paths.size() > 1
                || options.stream().filter(o -> !o.equals("--self-test")).count() > 1) {
            System.err.println("usage: java .ci/Claims.java [--self-test] [--check | --results | --summary] [root]");
            System.exit(2);
        }
        if (options.contains("--self-test") && !SelfTest.run()) {
            System.exit(1);
        }
        Claims claims = new Claims(Path.of(paths.isEmpty() ? "." : paths.get(0)).toAbsolutePath().normalize());
        Map<Path, String> generated = claims.generate();
        if (options.contains("--summary")) {
            // The end of ./mvnw verify: the same report, but a learner's build is not failed by it
            // (a claim whose test was skipped here, say without python3, is named, not fatal).
            claims.results();
            claims.problems.forEach(p -> System.out.println("  note: " + p));
            return;
        }
        if (options.contains("--results")) {
            claims.results();
        } else {
            claims.writeOrCompare(generated, options.contains("--check"));
        }
        if (!claims.problems.isEmpty()) {
            System.err.println(claims.problems.size() + " problem(s) with the claims:");
            claims.problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
    }

    void writeOrCompare(Map<Path, String> generated, boolean check) throws IOException {
        int rewritten = 0;
        for (Map.Entry<Path, String> e : generated.entrySet()) {
            String committed = Files.exists(e.getKey()) ? Files.readString(e.getKey()) : "";
            if (committed.equals(e.getValue())) {
                continue;
            }
            if (check) {
                problems.add(root.relativize(e.getKey()) + " differs from what the generator makes;"
                        + " run: java .ci/Claims.java");
            } else {
                Files.writeString(e.getKey(), e.getValue());
                rewritten++;
            }
        }
        if (problems.isEmpty()) {
            out.println(summary + (check ? "; every table is up to date." : "; " + rewritten + " file(s) rewritten."));
        }
    }

    // ---------------------------------------------------------------- results of a build

    /** One test method's outcome over its invocations (a repeated or parameterized test runs several). */
    record Outcome(int run, int failed, int skipped) {
        Outcome plus(Outcome o) {
            return new Outcome(run + o.run, failed + o.failed, skipped + o.skipped);
        }

        boolean passed() {
            return failed == 0 && run > skipped;
        }
    }

    static final Pattern TESTCASE = Pattern.compile(
            "<testcase\\s+name=\"([^\"]*)\"\\s+classname=\"([^\"]*)\"[^>]*?(/>|>(.*?)</testcase>)", Pattern.DOTALL);

    /**
     * After {@code ./mvnw verify}: reads every module's surefire reports, prints how many tests ran and
     * how many claims tests proved in this build, and fails if a claim whose evidence is a test has no
     * bound test that ran and passed (a skipped test proves nothing).
     */
    void results() throws IOException {
        Map<String, Outcome> byMethod = new TreeMap<>(); // "Class.method"
        Map<String, Integer> runPerModule = new TreeMap<>();
        Outcome total = new Outcome(0, 0, 0);
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d\\d-.*")).sorted().toList()) {
                Path reports = dir.resolve("target/surefire-reports");
                if (!Files.isDirectory(reports)) {
                    continue;
                }
                try (Stream<Path> xml = Files.list(reports)) {
                    // Exercise tests are not part of ./mvnw verify; a report of one is left over from
                    // a learner's -Dtest run and says nothing about this build.
                    List<Path> files = xml.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")
                                    && !p.getFileName().toString().matches(".*\\.Exercise\\d+_\\w+Test\\.xml"))
                            .sorted().toList();
                    for (Path report : files) {
                        Matcher m = TESTCASE.matcher(Files.readString(report));
                        while (m.find()) {
                            String body = m.group(4) == null ? "" : m.group(4);
                            Outcome o = new Outcome(1, body.contains("<failure") || body.contains("<error") ? 1 : 0,
                                    body.contains("<skipped") ? 1 : 0);
                            // pkg.Outer$Nested -> Outer; "method(Kind)[2]" or "method()" -> method
                            String cls = m.group(2).replaceFirst("^.*\\.", "").replaceFirst("\\$.*", "");
                            String method = m.group(1).replaceFirst("[(\\[].*", "");
                            byMethod.merge(cls + "." + method, o, Outcome::plus);
                            runPerModule.merge(dir.getFileName().toString(), 1, Integer::sum);
                            total = total.plus(o);
                        }
                    }
                }
            }
        }
        if (runPerModule.isEmpty()) {
            problems.add("no surefire reports under */target/surefire-reports: run ./mvnw verify first");
            return;
        }
        List<String> unproven = new ArrayList<>();
        int proven = 0;
        for (Row r : rows) {
            if (r.evidence != Evidence.TEST) {
                continue;
            }
            List<Binding> tests = testsOf.getOrDefault(r.id, List.of());
            if (tests.isEmpty()) {
                continue; // a static problem, reported by generate()
            }
            if (tests.stream().map(b -> byMethod.get(b.label()))
                    .anyMatch(o -> o != null && o.passed())) {
                proven++;
            } else {
                unproven.add(r.id + ": none of its " + tests.size() + " bound test(s) passed (" + tests.stream()
                        .collect(Collectors.groupingBy(b -> describe(byMethod.get(b.label())),
                                TreeMap::new, Collectors.counting()))
                        .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                        + ")");
            }
        }
        Map<Evidence, Long> kinds = new EnumMap<>(Evidence.class);
        rows.stream().filter(r -> r.evidence != null).forEach(r -> kinds.merge(r.evidence, 1L, Long::sum));
        out.println("Tests: " + total.run + " run, " + total.failed + " failed, " + total.skipped + " skipped ("
                + runPerModule.entrySet().stream().map(e -> e.getKey().substring(0, 2) + ": " + e.getValue())
                .collect(Collectors.joining(", ")) + ").");
        out.println("Claims: " + rows.size() + ". Resting on tests: " + kinds.getOrDefault(Evidence.TEST, 0L)
                + ", of which " + proven + " proven by tests that passed in this build.");
        out.println("        Measured: " + kinds.getOrDefault(Evidence.MEASURED, 0L) + "; checked by hand: "
                + kinds.getOrDefault(Evidence.CHECKED_BY_HAND, 0L) + "; cannot be run here: "
                + kinds.getOrDefault(Evidence.CANNOT_BE_RUN_HERE, 0L) + " (see docs/claims-ledger.md).");
        unproven.forEach(u -> problems.add("not proven in this build: " + u));
    }

    static String describe(Outcome o) {
        return o == null ? "did not run" : o.failed > 0 ? "failed" : o.run == o.skipped ? "skipped" : "passed";
    }

    String summary = "";
    /** Where the summaries go; the self-test silences them. */
    PrintStream out = System.out;
    List<Row> rows = List.of();
    Map<String, List<Binding>> testsOf = new TreeMap<>();
    /** The benchmarks and demos bound to each claim, by ID. */
    Map<String, List<Binding>> measurementsOf = new TreeMap<>();

    Map<Path, String> generate() throws IOException {
        rows = readRows();
        Map<String, Row> byId = new LinkedHashMap<>();
        rows.forEach(r -> {
            if (byId.putIfAbsent(r.id, r) != null) {
                problems.add(TSV + ": " + r.id + " appears twice");
            }
        });
        List<Binding> bindings = readBindings(byId.keySet());
        for (Binding b : bindings) {
            Map<String, List<Binding>> of = b.where == Where.TEST ? testsOf : measurementsOf;
            b.ids.forEach(id -> of.computeIfAbsent(id, k -> new ArrayList<>()).add(b));
        }
        for (Row r : rows) {
            boolean bound = testsOf.containsKey(r.id);
            if (r.evidence == Evidence.TEST && !bound) {
                problems.add(TSV + ": " + r.id + " rests on a test, but no test method carries @Claim(\""
                        + r.id + "\")");
            } else if (r.evidence != null && r.evidence != Evidence.TEST && bound) {
                problems.add(TSV + ": " + r.id + " has bound tests, so its evidence is 'test', not '"
                        + r.evidence.text + "'");
            }
            if (r.evidence == Evidence.MEASURED && !measurementsOf.containsKey(r.id)) {
                problems.add(TSV + ": " + r.id + " is measured, but no benchmark or demo carries @Claim(\""
                        + r.id + "\")");
            }
            // One fact, one place: code bound to the claim is linked by the generator, not by hand.
            Matcher link = LINK.matcher(r.see);
            while (link.find()) {
                Path target = root.resolve(link.group(2).replaceFirst("#.*", "")).normalize();
                Stream.concat(testsOf.getOrDefault(r.id, List.of()).stream(),
                                measurementsOf.getOrDefault(r.id, List.of()).stream())
                        .filter(b -> b.file.equals(target)).findFirst()
                        .ifPresent(b -> problems.add(TSV + ": " + r.id + " links " + link.group(2) + " under 'see',"
                                + " which carries @Claim(\"" + r.id + "\"): the tables link it already"));
            }
        }
        Map<Evidence, Long> kinds = new EnumMap<>(Evidence.class);
        rows.stream().filter(r -> r.evidence != null).forEach(r -> kinds.merge(r.evidence, 1L, Long::sum));
        summary = rows.size() + " claims (" + kinds.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().text).collect(Collectors.joining(", ")) + "), "
                + "@Claim on " + bindings.stream().filter(b -> b.where == Where.TEST).count() + " test methods and "
                + bindings.stream().filter(b -> b.where == Where.LESSON_CODE).count()
                + " benchmarks, benchmark methods or demos";

        Map<Path, String> out = new LinkedHashMap<>();
        out.put(root.resolve(LEDGER), ledger(rows));
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d\\d-.*")).sorted().toList()) {
                Path readme = dir.resolve("README.md");
                String module = dir.getFileName().toString().substring(0, 2);
                List<Row> mine = rows.stream().filter(r -> r.modules.contains(module)).toList();
                out.put(readme, replaceBetweenMarkers(readme, moduleTable(readme, mine)));
            }
        }
        Path cheatSheet = root.resolve(CHEAT_SHEET);
        out.put(cheatSheet, cheatSheet(cheatSheet, byId));
        return out;
    }

    // ---------------------------------------------------------------- reading

    List<Row> readRows() throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(TSV));
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            problems.add(TSV + ":1: the header must be " + String.join(" TAB ", COLUMNS));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String where = TSV + ":" + (i + 1) + ": ";
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != COLUMNS.size()) {
                problems.add(where + f.length + " fields, expected " + COLUMNS.size());
                continue;
            }
            Verdict verdict = Verdict.of(f[3]);
            Evidence evidence = Evidence.of(f[4]);
            if (!ID.matcher(f[0]).matches()) {
                problems.add(where + "'" + f[0] + "' is not a claim ID (J1, P15, ...)");
            }
            if (verdict == null) {
                problems.add(where + "verdict '" + f[3]
                        + "' is none of holds, holds with a caveat, wrong, outdated, unproven");
            }
            if (evidence == null) {
                problems.add(where + "evidence '" + f[4] + "' is none of test, measured, checked by hand,"
                        + " cannot be run here: <why>");
            }
            List<String> modules = List.of(f[1].split(",\\s*"));
            if (!modules.stream().allMatch(m -> m.matches("\\d\\d"))) {
                problems.add(where + "modules '" + f[1] + "' must be lesson numbers, like 01, 05");
            }
            if (f[2].isBlank() || f[5].isBlank()) {
                problems.add(where + "every claim names its seed passage and says what it claims");
            }
            rows.add(new Row(f[0], modules, f[2], verdict, f[4], evidence, f[5], f[6], f[7]));
        }
        return rows;
    }

    List<Binding> readBindings(Set<String> known) throws IOException {
        List<Binding> bindings = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> BOUND_SOURCES.matcher(root.relativize(p).toString().replace('\\', '/')).matches())
                    .sorted().toList();
        }
        for (Path file : sources) {
            Matcher folder = BOUND_SOURCES.matcher(root.relativize(file).toString().replace('\\', '/'));
            Where where = folder.matches() && folder.group(1).equals("test") ? Where.TEST : Where.LESSON_CODE;
            String text = Files.readString(file);
            String flat = blankParentheses(text);
            String fileClass = file.getFileName().toString().replaceFirst("\\.java$", "");
            Matcher m = CLAIM_ANNOTATION.matcher(text);
            while (m.find()) {
                if (flat.charAt(m.start()) != '@') {
                    continue; // in a comment or a string
                }
                String at = root.relativize(file) + ":" + lineOf(text, m.start()) + ": ";
                List<String> ids = new ArrayList<>();
                Matcher q = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
                while (q.find()) {
                    ids.add(q.group(1));
                }
                ids.stream().filter(id -> !known.contains(id))
                        .forEach(id -> problems.add(at + "@Claim names " + id + ", which is not in " + TSV));
                // The annotations before and after this one, then what they annotate. Arguments are
                // blanked out first, so that @EnumSource(names = {...}) over several lines is one token.
                Matcher before = ANNOTATIONS_BEFORE.matcher(flat.substring(0, m.start()));
                Matcher type = ANNOTATIONS_THEN_TYPE.matcher(flat).region(m.start(), flat.length());
                Matcher method = ANNOTATIONS_THEN_METHOD.matcher(flat).region(m.start(), flat.length());
                boolean onType = type.lookingAt();
                boolean onMethod = !onType && method.lookingAt();
                String annotations = (before.find() ? before.group() : "") + (onMethod ? method.group() : "");
                boolean test = where == Where.TEST;
                if (test && onMethod && TEST_ANNOTATION.matcher(annotations).find()) {
                    bindings.add(new Binding(file, fileClass, method.group(1), List.copyOf(ids), where));
                } else if (!test && onType) {
                    bindings.add(new Binding(file, type.group(1), null, List.copyOf(ids), where));
                } else if (!test && onMethod && BENCHMARK_ANNOTATION.matcher(annotations).find()) {
                    bindings.add(new Binding(file, fileClass, method.group(1), List.copyOf(ids), where));
                } else {
                    problems.add(at + (test ? "@Claim must sit on a test method (@Test, @ParameterizedTest, ...)"
                            : "@Claim in lesson code must sit on a class (a demo, a benchmark) or a @Benchmark"
                            + " method"));
                }
            }
        }
        return bindings;
    }

    /**
     * The text with everything inside parentheses blanked out (line breaks kept), so that an annotation
     * with arguments is one short token. Comments and literals are blanked first: a parenthesis in
     * them does not count.
     */
    static String blankParentheses(String text) {
        StringBuilder out = new StringBuilder(text);
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            int skipTo = -1;
            if (text.startsWith("//", i)) {
                skipTo = text.indexOf('\n', i);
            } else if (text.startsWith("/*", i)) {
                skipTo = text.indexOf("*/", i + 2) + 1;
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                skipTo = i + 1;
                while (skipTo < text.length() && text.charAt(skipTo) != text.charAt(i)) {
                    skipTo += text.charAt(skipTo) == '\\' ? 2 : 1;
                }
            }
            if (skipTo > i) {
                for (int j = i; j <= skipTo && j < text.length(); j++) {
                    out.setCharAt(j, text.charAt(j) == '\n' ? '\n' : ' ');
                }
                i = skipTo;
                continue;
            }
            char c = text.charAt(i);
            if (c == ')') {
                depth--;
            }
            if (depth > 0 && c != '\n') {
                out.setCharAt(i, ' ');
            }
            if (c == '(') {
                depth++;
            }
        }
        return out.toString();
    }

    static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    // ---------------------------------------------------------------- writing

    String ledger(List<Row> rows) {
        Path page = root.resolve(LEDGER);
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        rows.stream().filter(r -> r.verdict != null).forEach(r -> verdicts.merge(r.verdict, 1L, Long::sum));
        StringBuilder s = new StringBuilder();
        s.append("# Claims ledger\n\n");
        s.append("Part of [threadpools](../README.md).\n\n");
        s.append("""
                Every claim of the two seeds, in seed order (the Java seed's as J1 to J100, the Python seed's as P1
                to P15), with the verdict this course reaches, the seed passage it comes from and the evidence that
                settles it; a claim the seed repeats gets a row each time. Generated: the claims are data in
                [claims.tsv](claims.tsv), a test declares the claim it proves with `@Claim("J17")` (so does the
                benchmark or demo behind a measured claim), and
                `java .ci/Claims.java` writes this page, every module's "What the seed says, checked" table and the
                verdict and proof columns of the [interview cheat sheet](interview-cheat-sheet.md)
                (see [CONTRIBUTING.md](../CONTRIBUTING.md#claims)). Edit a verdict there, never here. The Seed
                column names the seed file (`003`, the Java interview guide; `000`, the Python article; both in
                `../shared/seeds/` of the workspace the course was built in), the passage and its lines.

                """);
        s.append("Verdicts: ").append(verdicts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().text).collect(Collectors.joining(", "))).append(".\n");
        s.append("Evidence: ").append(Stream.of(Evidence.values())
                .map(e -> rows.stream().filter(r -> r.evidence == e).count() + " " + describe(e))
                .collect(Collectors.joining(", "))).append(".\n\n");
        s.append("| # | Claim (paraphrased) | Seed | Verdict | Evidence | Proof | Module |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ").append(r.id).append(" | ").append(r.claim).append(" | ").append(r.seed).append(" | ")
                    .append(verdict(r)).append(" | ").append(r.evidenceField).append(" | ")
                    .append(proof(page, r)).append(" | ").append(String.join(", ", r.modules)).append(" |\n");
        }
        return s.toString();
    }

    static String describe(Evidence e) {
        return switch (e) {
            case TEST -> "proven by tests";
            case MEASURED -> "measured";
            case CHECKED_BY_HAND -> "checked by hand";
            case CANNOT_BE_RUN_HERE -> "that cannot be run here";
        };
    }

    String moduleTable(Path page, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append("Generated from [the claims ledger](../").append(LEDGER).append("): to change a verdict,\n")
                .append("edit [claims.tsv](../").append(TSV).append(") and run `java .ci/Claims.java`.\n")
                .append("J1 to J100 are the Java seed's claims (seed `003`), P1 to P15 the Python seed's (`000`);\n")
                .append("the Seed column names the passage and its lines.\n\n");
        s.append("| # | Seed | Claim (paraphrased) | Verdict | Proof |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ").append(r.id).append(" | ").append(r.seed).append(" | ").append(r.claim).append(" | ")
                    .append(verdict(r)).append(" | ").append(proof(page, r)).append(" |\n");
        }
        return s.toString();
    }

    String replaceBetweenMarkers(Path file, String generated) {
        String text = read(file);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            problems.add(root.relativize(file) + ": no " + BEGIN + " ... " + END + " in 'What the seed says, checked'");
            return text;
        }
        return text.substring(0, begin + BEGIN.length()) + "\n" + generated + text.substring(end);
    }

    String cheatSheet(Path file, Map<String, Row> byId) {
        List<String> lines = new ArrayList<>(List.of(read(file).split("\n", -1)));
        Pattern idsCell = Pattern.compile("^\\| ((?:[JP]\\d+)(?:, [JP]\\d+)*) \\|");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = idsCell.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            List<String> cells = splitRow(lines.get(i));
            List<Row> rows = new ArrayList<>();
            for (String id : m.group(1).split(", ")) {
                if (byId.containsKey(id)) {
                    rows.add(byId.get(id));
                } else {
                    problems.add(CHEAT_SHEET + ":" + (i + 1) + ": " + id + " is not in " + TSV);
                }
            }
            if (cells.size() != 5) {
                problems.add(CHEAT_SHEET + ":" + (i + 1)
                        + ": a row with claim IDs has 5 cells: IDs, seed, answer, verdict, proof");
                continue;
            }
            if (rows.isEmpty()) {
                continue; // reported above
            }
            String verdicts = rows.size() == 1 ? "**" + rows.get(0).verdict.text + "**"
                    : rows.stream().map(r -> r.id + ": **" + r.verdict.text + "**").collect(Collectors.joining("; "));
            List<String> proofs = new ArrayList<>();
            for (Row r : rows) {
                for (String p : proofItems(file, r)) {
                    if (!proofs.contains(p)) {
                        proofs.add(p);
                    }
                }
            }
            cells.set(3, verdicts + " ([ledger](claims-ledger.md))");
            cells.set(4, String.join(", ", proofs));
            lines.set(i, "| " + String.join(" | ", cells) + " |");
        }
        return String.join("\n", lines);
    }

    static String verdict(Row r) {
        String v = r.verdict == null ? "?" : r.verdict.text;
        return r.reason.isBlank() ? "**" + v + "**" : "**" + v + "**: " + r.reason;
    }

    String proof(Path page, Row r) {
        return String.join(", ", proofItems(page, r));
    }

    /** The tests bound to the claim, then its other evidence, with links relative to the page. */
    List<String> proofItems(Path page, Row r) {
        List<String> items = new ArrayList<>();
        for (Binding b : Stream.concat(testsOf.getOrDefault(r.id, List.of()).stream(),
                measurementsOf.getOrDefault(r.id, List.of()).stream()).toList()) {
            String link = relative(page, root.relativize(b.file).toString().replace('\\', '/'));
            items.add("[`" + b.label() + "`](" + link + ")");
        }
        if (!r.see.isBlank()) {
            Matcher m = LINK.matcher(r.see);
            StringBuilder see = new StringBuilder();
            while (m.find()) {
                String target = m.group(2);
                String rewritten = target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*") || target.startsWith("#") ? target
                        : relative(page, target);
                m.appendReplacement(see, Matcher.quoteReplacement(m.group(1) + rewritten + m.group(3)));
            }
            m.appendTail(see);
            items.add(see.toString());
        }
        return items;
    }

    /** A path relative to the repository root, made relative to the directory of the page. */
    String relative(Path page, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash);
        return page.getParent().relativize(root.resolve(path)).toString().replace('\\', '/') + anchor;
    }

    static List<String> splitRow(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        String body = line.substring(1, line.lastIndexOf('|'));
        char previous = ' ';
        for (char c : body.toCharArray()) {
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code && previous != '\\') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
            previous = c;
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- self-test

    /** Plants one mistake per rule in a made-up tree; every one must be reported, and nothing else. */
    static final class SelfTest {
        private static final String TSV_TEXT = String.join("\t", COLUMNS) + "\n"
                + "J1\t01\t003 Intro (l. 1)\tholds\ttest\tA pool reuses threads\tten threads run it all\t\n"
                + "J2\t01\t003 Intro (l. 2)\twrong\ttest\tNobody proves this\t\t\n"
                + "J3\t01\t003 Intro (l. 3)\tholds\tmeasured\tA benchmark shows it\t\t[figures](01-a/README.md), "
                + "[by hand](01-a/src/jmh/java/x/Bench01_Foo.java)\n"
                + "J4\t01\t003 Intro (l. 4)\tright\tchecked by hand\tA verdict not in the list\t\t\n"
                + "J5\t01\t003 Intro (l. 5)\tholds\tcannot be run here\tNo reason why\t\t\n"
                + "J1\t01\t003 Intro (l. 6)\tholds\ttest\tTwice\t\t\n"
                + "J6\t01\t003 Intro (l. 7)\twrong\tmeasured\tNo benchmark shows it\t\t\n"
                + "J8\t01\t003 Intro (l. 8)\twrong\tmeasured\tOne benchmark method shows it\t\t\n";
        private static final String TEST_CLASS = """
                package x;

                class FooTest {
                    @Claim("J1")
                    @Test
                    void aPoolReusesThreads() { }

                    @Claim("J9")
                    @Test
                    void namesAClaimThatDoesNotExist() { }

                    @Claim("J3")
                    @ParameterizedTest
                    @ValueSource(ints = {1,
                            2})
                    void boundAlthoughMeasured(int i) { }

                    @Claim("J1")
                    private void notATest() { }

                    // @Claim("J2") in a comment binds nothing
                }
                """;
        private static final String BENCHMARK = """
                package x;

                @Claim({"J3", "J10"})
                @State(Scope.Benchmark)
                public class Bench01_Foo {

                    @Claim("J8")
                    @Benchmark
                    public Object handOff() { return null; }

                    @Claim("J3")
                    @Setup(Level.Trial)
                    public void notABenchmark() { }
                }
                """;
        private static final String DEMO = """
                package x;

                public final class Demo01_Bar {
                    @Claim("J3")
                    public static void main(String[] args) { }
                }
                """;
        private static final String README =
                "# 01 · A\n\n## What the seed says, checked\n\n" + BEGIN + "\nstale\n" + END + "\n";
        private static final String CHEAT = "| Claims | Seed | Answer | Verdict | Proof |\n|---|---|---|---|---|\n"
                + "| J1 | s | a | v | p |\n| J7 | s | a | v | p |\n";
        private static final List<String> EXPECTED = List.of(
                "J1 appears twice",
                "verdict 'right' is none of",
                "evidence 'cannot be run here' is none of",
                "@Claim names J9, which is not in",
                "FooTest.java:18: @Claim must sit on a test method",
                "@Claim names J10, which is not in",
                "Bench01_Foo.java:11: @Claim in lesson code must sit on a class",
                "Demo01_Bar.java:4: @Claim in lesson code must sit on a class",
                "J6 is measured, but no benchmark or demo carries @Claim(\"J6\")",
                "J3 links 01-a/src/jmh/java/x/Bench01_Foo.java under 'see'",
                "J2 rests on a test, but no test method carries @Claim(\"J2\")",
                "J3 has bound tests, so its evidence is 'test', not 'measured'",
                "interview-cheat-sheet.md:4: J7 is not in",
                "docs/claims-ledger.md differs",
                "01-a/README.md differs",
                "docs/interview-cheat-sheet.md differs",
                "not proven in this build: J1: none of its 1 bound test(s) passed (1 skipped)");

        static boolean run() throws IOException {
            Path root = Files.createTempDirectory("claims-self-test");
            write(root, TSV, TSV_TEXT);
            write(root, "01-a/src/test/java/x/FooTest.java", TEST_CLASS);
            write(root, "01-a/src/jmh/java/x/Bench01_Foo.java", BENCHMARK);
            write(root, "01-a/src/main/java/x/Demo01_Bar.java", DEMO);
            write(root, "01-a/README.md", README);
            write(root, LEDGER, "");
            write(root, CHEAT_SHEET, CHEAT);
            write(root, "01-a/target/surefire-reports/TEST-x.FooTest.xml",
                    "<testcase name=\"aPoolReusesThreads\" classname=\"x.FooTest\" time=\"0\"><skipped/></testcase>");
            Claims claims = new Claims(root);
            claims.out = new PrintStream(OutputStream.nullOutputStream());
            claims.writeOrCompare(claims.generate(), true);
            claims.results();
            List<String> missed = EXPECTED.stream()
                    .filter(e -> claims.problems.stream().noneMatch(p -> p.contains(e))).toList();
            List<String> unexpected = claims.problems.stream()
                    .filter(p -> EXPECTED.stream().noneMatch(p::contains)).toList();
            String table = claims.moduleTable(root.resolve("01-a/README.md"), claims.rows);
            boolean linked = table.contains("[`FooTest.aPoolReusesThreads`](src/test/java/x/FooTest.java)")
                    && table.contains("[`Bench01_Foo`](src/jmh/java/x/Bench01_Foo.java)")
                    && table.contains("[`Bench01_Foo.handOff`](src/jmh/java/x/Bench01_Foo.java)");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            if (!missed.isEmpty() || !unexpected.isEmpty() || !linked) {
                System.err.println("Self-test FAILED. Not reported: " + missed + "; reported but not planted: "
                        + unexpected + (linked ? "" : "; the module table does not link the bound code"));
                return false;
            }
            System.out.println("Self-test: all " + EXPECTED.size() + " planted mistakes reported.");
            return true;
        }

        private static void write(Path root, String path, String text) throws IOException {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
    }
}
