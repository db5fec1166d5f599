package dev.threadpools.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jcstress console filter and grader, fed with transcripts of jcstress 0.16's real output (cut
 * to the lines that matter): expected noise is summarised, never shown as a crash, and every way a
 * run can go wrong still fails it.
 */
class JcstressConsoleTest {

    private static final String REAL = "dev.threadpools.anatomy.stress.FactoryStress01_ThreadNames.AtomicCounter";
    private static final String TWIN = "dev.threadpools.anatomy.stress.FactoryStress01_ThreadNames.BrokenSeedCounter";
    private static final List<String> TESTS = List.of(REAL, TWIN);

    private static final String SETUP = """
            Java Concurrency Stress Tests
            ---------------------------------------------------------------------------------
            Rev: null, built by null with null at null

            Burning up to figure out the exact CPU count....... done!

            Initializing and probing the target VM:
             (all failures are non-fatal, but may affect testing accuracy)

            ----- [OK] Unlocking diagnostic VM options
            ----- [OK] Checking for C2 availability
            ----- [N/A] Checking for biased locking support
            Unrecognized VM option 'UseBiasedLocking'
            Error: Could not create the Java Virtual Machine.
            Error: A fatal exception has occurred. Program will exit.

            ----- [OK] Trimming down the VM heap size to 256M

              Test configuration:
                Test preset mode: "quick"

              Attached the non-interactive output stream.
              Printing the progress line at most every 15000 milliseconds.

            """;

    /** The report jcstress prints for a test with a forbidden outcome, during the run and at the end. */
    private static String failedBlock(String test) {
        return """
                ...... [FAILED] %s

                  JVM args: [--enable-native-access=ALL-UNNAMED, -Xmx256m]
                  Fork: #1

                                              RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION
                  my-pool-worker-1, my-pool-worker-1    4,754    0.25%%   Forbidden  Both read the same count.
                  my-pool-worker-1, my-pool-worker-2  944,435   48.85%%  Acceptable  The calls did not overlap.
                  my-pool-worker-2, my-pool-worker-2        0    0.00%%   Forbidden  Both read the same count.

                """.formatted(test);
    }

    private static final String PROGRESS = """
            (ETA: in 00:00:14; at Mon, 2026-12-07 15:01:00)
            (Sampling Rate: 789.45 K/sec)
            (JVMs: 0 starting, 1 running, 0 finishing)
            (CPUs: 2 configured, 2 allocated)
            (Results: 2 planned; 1 passed, 0 failed, 0 soft errs, 0 hard errs)

            (ETA: now)
            (Sampling Rate: 1.35 M/sec)
            (JVMs: 0 starting, 0 running, 0 finishing)
            (CPUs: 2 configured, 0 allocated)
            (Results: 2 planned; 1 passed, 1 failed, 0 soft errs, 0 hard errs)

            """;

    private static final String REPORT_LINE =
            "  HTML report generated at /work/module/target/jcstress/index.html\n";

    private static String testFailures(String test) {
        return """
                Exception in thread "main" java.lang.AssertionError: TEST FAILURES:\s
                %s [-Xmx256m]: Observed forbidden state: my-pool-worker-1, my-pool-worker-1 (Both read)

                \tat org.openjdk.jcstress.infra.grading.ExceptionReportPrinter.work(ExceptionReportPrinter.java:63)
                \tat org.openjdk.jcstress.Main.main(Main.java:60)
                """.formatted(test);
    }

    @TempDir
    Path reportDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private JcstressConsole console;

    @BeforeEach
    void bothTestsHaveTheirPageInTheReport() throws IOException {
        console = new JcstressConsole(new PrintStream(printed, true, StandardCharsets.UTF_8));
        for (String test : TESTS) {
            Files.writeString(reportDir.resolve(test + ".html"), "<html></html>");
        }
    }

    @Test
    void aCaughtBrokenTwinIsOneCleanVerdictWithTheOutcomeThatCaughtIt() {
        feed(SETUP + failedBlock(TWIN) + PROGRESS + "RUN RESULTS:\n" + failedBlock(TWIN) + REPORT_LINE
                + testFailures(TWIN));

        assertThat(console.grade(TESTS, reportDir, 1, reportDir.resolve("console.txt"))).isTrue();
        String output = printed();
        assertThat(output)
                .contains("progress: 1 of 2: 1 passed, 0 forbidden seen (broken twins must), 0 errors (ETA: in 00:00:14)\n")
                .contains("progress: 2 of 2: 1 passed, 1 forbidden seen (broken twins must), 0 errors (ETA: now)")
                .contains("biased locking support")
                .containsPattern("ok +FactoryStress01_ThreadNames.AtomicCounter +passed")
                .containsPattern("ok +FactoryStress01_ThreadNames.BrokenSeedCounter +broken twin caught")
                .contains("forbidden \"my-pool-worker-1, my-pool-worker-1\" seen 4,754 times: Both read")
                .contains("HTML report: /work/module/target/jcstress/index.html")
                .doesNotContain("Rev: null", "Unrecognized VM option", "Error: Could not create",
                        "Exception in thread", "\tat ", "BAD")
                // Only outcomes that were seen, not the forbidden ones with no samples.
                .doesNotContain("my-pool-worker-2, my-pool-worker-2");
        assertThat(output.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    }

    @Test
    void aRealTestWithAForbiddenOutcomeFailsTheRunAndNamesTheOutcome() {
        feed(SETUP + failedBlock(REAL) + failedBlock(TWIN) + "RUN RESULTS:\n" + failedBlock(REAL)
                + failedBlock(TWIN) + REPORT_LINE + testFailures(REAL));

        assertThat(console.grade(TESTS, reportDir, 1, reportDir.resolve("console.txt"))).isFalse();
        assertThat(printed())
                .containsPattern("BAD +FactoryStress01_ThreadNames.AtomicCounter +FAILED\n"
                        + " +forbidden \"my-pool-worker-1, my-pool-worker-1\" seen 4,754 times")
                .contains("jcstress's full output: " + reportDir.resolve("console.txt"));
    }

    @Test
    void aBrokenTwinThatIsNotCaughtFailsTheRun() {
        feed(SETUP + PROGRESS.replace("1 passed, 1 failed", "2 passed, 0 failed") + "RUN RESULTS:\n" + REPORT_LINE);

        assertThat(console.grade(TESTS, reportDir, 0, reportDir.resolve("console.txt"))).isFalse();
        assertThat(printed()).containsPattern("BAD +FactoryStress01_ThreadNames.BrokenSeedCounter +broken twin NOT caught");
    }

    @Test
    void aTestWithoutItsPageInTheReportDidNotRun() throws IOException {
        Files.delete(reportDir.resolve(REAL + ".html"));
        feed(SETUP + failedBlock(TWIN) + "RUN RESULTS:\n" + failedBlock(TWIN) + REPORT_LINE + testFailures(TWIN));

        assertThat(console.grade(TESTS, reportDir, 1, reportDir.resolve("console.txt"))).isFalse();
        assertThat(printed()).containsPattern("BAD +FactoryStress01_ThreadNames.AtomicCounter +DID NOT RUN");
    }

    @Test
    void aCrashedTestIsNamedWithItsFirstMessage() {
        feed(SETUP + """
                ...... [ERROR] %s

                  Messages:
                    java.lang.OutOfMemoryError: Java heap space
                    \tat somewhere

                """.formatted(REAL) + failedBlock(TWIN) + "RUN RESULTS:\n" + REPORT_LINE + testFailures(TWIN));

        assertThat(console.grade(TESTS, reportDir, 1, reportDir.resolve("console.txt"))).isFalse();
        assertThat(printed())
                .containsPattern("BAD +FactoryStress01_ThreadNames.AtomicCounter +ERROR")
                .contains("java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void aFailureStatusThatNoVerdictExplainsFailsTheRunAndShowsJcstresssLastLines() {
        feed(SETUP + failedBlock(TWIN) + "RUN RESULTS:\n" + REPORT_LINE + testFailures(TWIN));

        assertThat(console.grade(TESTS, reportDir, 0, reportDir.resolve("console.txt")))
                .as("a test failed, yet jcstress says all is well: the status is not to be trusted")
                .isFalse();
        assertThat(printed()).contains("BAD: jcstress exited with status 0 although tests failed");
    }

    @Test
    void aNonZeroStatusWithoutAFailedTestFailsTheRun() {
        feed(SETUP + PROGRESS.replace("1 passed, 1 failed", "2 passed, 0 failed") + "RUN RESULTS:\n" + REPORT_LINE);

        assertThat(console.grade(List.of(REAL), reportDir, 3, reportDir.resolve("console.txt"))).isFalse();
        assertThat(printed()).contains("BAD: jcstress exited with status 3 and no verdict says why");
    }

    @Test
    void anExceptionOtherThanTestFailuresIsShownAsItIs() {
        feed(SETUP + failedBlock(TWIN) + "RUN RESULTS:\n" + REPORT_LINE + """
                Exception in thread "main" java.lang.IllegalStateException: results file is corrupt
                \tat org.openjdk.jcstress.JCStress.parseResults(JCStress.java:140)
                """);

        assertThat(printed()).contains("java.lang.IllegalStateException: results file is corrupt");
        assertThat(console.grade(TESTS, reportDir, 1, reportDir.resolve("console.txt"))).isFalse();
    }

    @Test
    void jcstressStoppingWhileSettingUpShowsWhatItSaid() {
        feed("""
                Java Concurrency Stress Tests
                ---------------------------------------------------------------------------------
                Rev: null, built by null with null at null

                Unknown test mode: bogus

                Usage: java -jar jcstress.jar [options]
                """);

        assertThat(console.grade(TESTS, reportDir, 1, reportDir.resolve("console.txt"))).isFalse();
        assertThat(printed())
                .contains("BAD: jcstress stopped while setting up, with status 1. It said:")
                .contains("  | Unknown test mode: bogus")
                .doesNotContain("Rev: null");
    }

    private void feed(String transcript) {
        transcript.lines().forEach(console::accept);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
