package dev.threadpools.kit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns jcstress's console output into what a person in front of a projector can read: a line when the
 * run starts, a progress line whenever a test finishes, and one verdict per test with the outcome that
 * decided it. The launcher keeps jcstress's raw output in a file beside the HTML report.
 *
 * <h2>What it filters, and why that is safe</h2>
 * jcstress 0.16 on a current JDK prints three things that look like crashes but are not:
 * <ul>
 *   <li>while probing the VM it starts a JVM with every option it might use; an option the JDK no
 *       longer has ({@code UseBiasedLocking}) makes that JVM print {@code Unrecognized VM option} and
 *       {@code Could not create the Java Virtual Machine}. jcstress marks the probe {@code [N/A]} and
 *       carries on; this class names the missing option in one line;</li>
 *   <li>{@code Rev: null, built by null}: the Maven Central jar has no build information;</li>
 *   <li>a run with any FORBIDDEN outcome ends with {@code AssertionError: TEST FAILURES} and a stack
 *       trace. Catching a broken twin is such a run, so here it is expected; the verdicts carry the
 *       forbidden outcomes it lists.</li>
 * </ul>
 * Everything else that is not a recognised part of jcstress's report reaches the console: an exception
 * other than {@code TEST FAILURES} at once, and if jcstress ends with a failure status that no verdict
 * explains, its last lines.
 *
 * <h2>Grading</h2>
 * jcstress names only the tests that did not pass ({@code [FAILED] name}, {@code [ERROR] name}, ...);
 * a test that passed prints nothing. That silence is trusted only if jcstress also wrote the test's page
 * of the HTML report, i.e. the test really ran. A real test must pass; a {@code Broken} twin must be
 * caught (FAILED with a forbidden outcome), otherwise the test beside it cannot tell a correct
 * implementation from a broken one and proves nothing.
 */
final class JcstressConsole {

    /** Output a person reads fits a projector. */
    static final int WIDTH = 100;

    /** How many of jcstress's lines to show when it fails without a verdict that says why. */
    private static final int SHOWN_LINES = 25;

    /** jcstress's banner: its name, a rule, and the build information that the Central jar lacks. */
    private static final Pattern BANNER =
            Pattern.compile("^(Java Concurrency Stress Tests|-+|Rev: .*|Burning up .*)$");

    private static final String BROKEN_TWIN_MARK = "Broken";

    /** {@code ----- [N/A] Checking for biased locking support}: one of jcstress's OS and VM probes. */
    private static final Pattern PROBE = Pattern.compile("^-----\\s+\\[([^]]+)]\\s+(.*)$");

    /** {@code ...... [FAILED] dev.threadpools...Test}: a test that did not pass, in progress or summary. */
    private static final Pattern TEST_STATUS =
            Pattern.compile("^\\.*\\s*\\[(FAILED|ERROR|TIMEOUT|VM ERROR)]\\s+(\\S+)\\s*$");

    /** A row of a result table: RESULT, SAMPLES, FREQ, EXPECT, DESCRIPTION (RESULT may hold spaces). */
    private static final Pattern RESULT_ROW = Pattern.compile(
            "^\\s*(\\S.*?)\\s+([\\d,]+)\\s+(\\d+(?:\\.\\d+)?%)\\s+(Acceptable|Interesting|Forbidden|Unknown)"
                    + "(?:\\s+(.*?))?\\s*$");

    /** {@code (Results: 2 planned; 1 passed, 1 failed, 0 soft errs, 0 hard errs)}. */
    private static final Pattern PROGRESS = Pattern.compile(
            "^\\(Results: (\\d+) planned; (\\d+) passed, (\\d+) failed, (\\d+) soft errs, (\\d+) hard errs\\)$");

    private static final Pattern ETA = Pattern.compile("^\\(ETA: (.*)\\)$");

    private static final Pattern REPORT = Pattern.compile("^\\s*HTML report generated at (.*)$");

    private static final Pattern MAIN_EXCEPTION = Pattern.compile("^Exception in thread \"main\" (.*)$");

    /** The one exception jcstress throws on purpose: its summary of FORBIDDEN outcomes. */
    private static final String TEST_FAILURES = "java.lang.AssertionError: TEST FAILURES";

    /** Where in jcstress's output the next line is; each part is read differently. */
    private enum Part {
        /** Banner, OS and VM probes, CPU topology, test configuration: summarised in a line or two. */
        SETUP,
        /** Progress lines and the report of each test that did not pass. */
        RUN,
        /** The TEST FAILURES exception that ends a run with forbidden outcomes: already in the verdicts. */
        EXPECTED_EXCEPTION,
        /** Any other exception out of jcstress's main: shown as it is. */
        UNEXPECTED_EXCEPTION
    }

    /** What jcstress said about one test that did not pass. */
    private static final class Trouble {
        final String status;
        /** Forbidden outcomes seen, result to "samples: description"; the last table (all forks) wins. */
        final Map<String, String> forbiddenSeen = new LinkedHashMap<>();
        /** First line of the test's messages or VM error stream, if it crashed. */
        String firstMessage;

        Trouble(String status) {
            this.status = status;
        }
    }

    private final PrintStream out;
    /** The first lines, which say why jcstress stopped if it stops while setting up. */
    private final List<String> head = new ArrayList<>();
    /** The last lines, which say why it stopped afterwards. */
    private final Deque<String> tail = new ArrayDeque<>();
    private final Map<String, Trouble> troubles = new LinkedHashMap<>();
    private final Set<String> probesNotApplicable = new LinkedHashSet<>();
    private final Set<String> probesFailed = new LinkedHashSet<>();
    private Part part = Part.SETUP;
    private int probesOk;
    private String currentTest;
    private boolean readingMessages;
    private String eta = "";
    private String lastProgress = "";
    private String reportPath;
    private boolean unexpectedExceptionShown;

    JcstressConsole(PrintStream out) {
        this.out = out;
    }

    /** Reads the next line of jcstress's standard output and error (merged). */
    void accept(String line) {
        if (head.size() < SHOWN_LINES && !line.isBlank() && !BANNER.matcher(line).matches()) {
            head.add(line);
        }
        tail.addLast(line);
        if (tail.size() > SHOWN_LINES) {
            tail.removeFirst();
        }
        Matcher exception = MAIN_EXCEPTION.matcher(line);
        if (exception.matches()) {
            part = exception.group(1).startsWith(TEST_FAILURES)
                    ? Part.EXPECTED_EXCEPTION : Part.UNEXPECTED_EXCEPTION;
        }
        switch (part) {
            case SETUP -> readSetup(line);
            case RUN -> readRun(line);
            case EXPECTED_EXCEPTION -> { }
            case UNEXPECTED_EXCEPTION -> {
                out.println(line);
                unexpectedExceptionShown = true;
            }
        }
    }

    private void readSetup(String line) {
        Matcher probe = PROBE.matcher(line);
        if (probe.matches()) {
            String probeName = lowerFirst(probe.group(2).strip().replaceFirst("^Checking for ", ""));
            switch (probe.group(1)) {
                case "OK" -> probesOk++;
                case "N/A" -> probesNotApplicable.add(probeName);
                default -> probesFailed.add(probeName);
            }
        } else if (line.strip().startsWith("Attached the")) {
            part = Part.RUN;
            out.printf("  jcstress set up: %d probes of the OS and VM passed%s%n", probesOk,
                    probesNotApplicable.isEmpty() && probesFailed.isEmpty() ? "" : "; see below");
            if (!probesNotApplicable.isEmpty()) {
                out.println("  not in this JDK, so skipped (its \"Could not create the Java Virtual Machine\""
                        + " is the probe):");
                probesNotApplicable.forEach(name -> out.println("    " + name));
            }
            if (!probesFailed.isEmpty()) {
                out.println("  failed, which jcstress calls non-fatal (results may be less thorough):");
                probesFailed.forEach(name -> out.println("    " + name));
            }
        }
    }

    private void readRun(String line) {
        Matcher status = TEST_STATUS.matcher(line);
        Matcher row = RESULT_ROW.matcher(line);
        Matcher progress = PROGRESS.matcher(line);
        Matcher eta = ETA.matcher(line);
        Matcher report = REPORT.matcher(line);
        if (status.matches()) {
            currentTest = status.group(2);
            readingMessages = false;
            troubles.computeIfAbsent(currentTest, name -> new Trouble(status.group(1)));
        } else if (currentTest != null && row.matches()) {
            if (row.group(4).equals("Forbidden") && !row.group(2).equals("0")) {
                String description = row.group(5) == null ? "" : ": " + row.group(5);
                troubles.get(currentTest).forbiddenSeen.put(row.group(1), row.group(2) + " times" + description);
            }
        } else if (currentTest != null && line.strip().matches("Messages:|VM error stream:|VM output stream:")) {
            readingMessages = true;
        } else if (readingMessages && !line.isBlank()) {
            Trouble trouble = troubles.get(currentTest);
            if (trouble.firstMessage == null) {
                trouble.firstMessage = line.strip();
            }
            readingMessages = false;
        } else if (eta.matches()) {
            // "in 00:00:14; at Mon, 2026-12-07 15:01:00": the wall-clock half adds nothing to the count.
            this.eta = eta.group(1).replaceFirst(";.*$", "");
        } else if (progress.matches()) {
            int planned = Integer.parseInt(progress.group(1));
            int passed = Integer.parseInt(progress.group(2));
            int failed = Integer.parseInt(progress.group(3));
            int errors = Integer.parseInt(progress.group(4)) + Integer.parseInt(progress.group(5));
            // jcstress's "failed" means a forbidden outcome was seen, which is what a broken twin must do:
            // said so, a learner does not read a run that goes as planned as a failing one.
            String text = String.format(
                    "  progress: %d of %d: %d passed, %d forbidden seen (broken twins must), %d errors (ETA: %s)",
                    passed + failed + errors, planned, passed, failed, errors, this.eta);
            if (!text.equals(lastProgress)) {
                out.println(fit(text));
                lastProgress = text;
            }
        } else if (report.matches()) {
            reportPath = report.group(1).strip();
        }
    }

    /**
     * Prints one verdict per test and says whether the run is as it must be.
     *
     * @param tests      the tests jcstress was asked to run
     * @param reportDir  jcstress's report directory, where each test that ran has its HTML page
     * @param exitStatus the jcstress process's exit status
     * @param rawLog     where jcstress's unfiltered output was kept, named when something went wrong
     * @return true if every real test passed, every broken twin was caught, and jcstress's exit status
     *         agrees: 0 when no test failed, non-zero (its TEST FAILURES) when some did
     */
    boolean grade(List<String> tests, Path reportDir, int exitStatus, Path rawLog) {
        int nameWidth = tests.stream().mapToInt(test -> withoutPackage(test).length()).max().orElse(0);
        boolean allAsExpected = true;
        out.println();
        out.println("jcstress verdicts:");
        for (String test : tests) {
            Trouble trouble = troubles.get(test);
            boolean brokenTwin = simpleName(test).contains(BROKEN_TWIN_MARK);
            boolean caught = trouble != null && trouble.status.equals("FAILED");
            String verdict;
            if (trouble != null && !caught) {
                verdict = trouble.status + ": it did not finish as a test";
            } else if (!Files.isRegularFile(reportDir.resolve(test + ".html"))) {
                verdict = "DID NOT RUN (no page in the report)";
            } else if (brokenTwin) {
                verdict = caught ? "broken twin caught" : "broken twin NOT caught: no forbidden outcome seen";
            } else {
                verdict = caught ? "FAILED" : "passed";
            }
            boolean asExpected = verdict.equals("passed") || verdict.equals("broken twin caught");
            allAsExpected &= asExpected;
            out.println(fit(String.format("  %-4s %-" + nameWidth + "s  %s",
                    asExpected ? "ok" : "BAD", withoutPackage(test), verdict)));
            if (trouble != null) {
                trouble.forbiddenSeen.forEach((result, seen) ->
                        out.println(fit("         forbidden \"" + result + "\" seen " + seen)));
                if (trouble.firstMessage != null) {
                    out.println(fit("         " + trouble.firstMessage));
                }
            }
        }
        boolean anyFailed = !troubles.isEmpty();
        if (reportPath != null) {
            out.println("HTML report: " + reportPath);
        }
        if (part == Part.EXPECTED_EXCEPTION) {
            out.println("(jcstress ended with its \"AssertionError: TEST FAILURES\", as it does when any"
                    + " outcome is FORBIDDEN.)");
        }
        boolean statusAgrees = anyFailed ? exitStatus != 0 : exitStatus == 0;
        if (!statusAgrees || unexpectedExceptionShown) {
            if (part == Part.SETUP) {
                out.println("BAD: jcstress stopped while setting up, with status " + exitStatus
                        + ". It said:");
                head.forEach(line -> out.println(fit("  | " + line)));
            } else {
                out.println("BAD: jcstress exited with status " + exitStatus
                        + (anyFailed ? " although tests failed" : " and no verdict says why")
                        + ". Its last lines:");
                tail.forEach(line -> out.println(fit("  | " + line)));
            }
            allAsExpected = false;
        }
        if (!allAsExpected) {
            out.println("jcstress's full output: " + rawLog);
        }
        return allAsExpected;
    }

    /** Cuts a line to the projector's width, saying so. */
    static String fit(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 3) + "...";
    }

    /** A test's name without its package: {@code CtlStress01_WorkerCountCas.Cas}. */
    static String withoutPackage(String testName) {
        String[] parts = testName.split("\\.");
        int first = 0;
        while (first < parts.length - 1 && Character.isLowerCase(parts[first].charAt(0))) {
            first++;
        }
        return String.join(".", Arrays.asList(parts).subList(first, parts.length));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
