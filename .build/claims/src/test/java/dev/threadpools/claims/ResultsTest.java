package dev.threadpools.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.RepositoryFiles;
import java.io.*;
import java.nio.charset.*;
import java.nio.file.*;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.*;

/** The claims a build proved, read from made-up surefire reports. */
class ResultsTest {

    private static final String REPORT = "01-a/target/surefire-reports/TEST-a.PoolTest.xml";

    @TempDir
    Path root;

    private String report(String... testcases) throws Exception {
        RepositoryFiles.write(root, REPORT, "<testsuite name=\"a.PoolTest\">" + String.join("", testcases) + "</testsuite>");
        Claims claims = new Claims(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Results.report(claims, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8) + String.join("\n", claims.problems);
    }

    @Test
    void aClaimIsProvenWhenOneInvocationOfABoundTestRanAndNoneFailed() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, "01-a/target/surefire-reports/TEST-a.Exercise01_PoolTest.xml",
                "<testsuite><testcase name=\"left\" classname=\"a.Exercise01_PoolTest\"/></testsuite>");

        assertThat(report("<testcase name=\"reusesThreads()[1]\" classname=\"a.PoolTest\"/>",
                "<testcase name=\"reusesThreads()[2]\" classname=\"a.PoolTest\"><skipped/></testcase>",
                "<testcase name=\"other\" classname=\"a.PoolTest$Inner\"><system-out>&lt;failure</system-out></testcase>"))
                .isEqualTo("""
                        Tests: 3 run, 0 failed, 1 skipped (01: 3).
                        Claims: 3. Resting on tests: 1, of which 1 proven by tests that passed in this build.
                                Measured: 1; checked by hand: 1; cannot be run here: 0 (see docs/claims-ledger.md).
                        """.replace("\n", System.lineSeparator()));
    }

    @Test
    void aClaimWhoseBoundTestsWereSkippedFailedOrDidNotRunIsNotProven() throws Exception {
        Tree.valid(root);

        assertThat(report("<testcase name=\"reusesThreads\" classname=\"a.PoolTest\"><skipped/></testcase>"))
                .endsWith("not proven in this build: J1: none of its 1 bound test(s) passed (1 skipped)");
        assertThat(report("<testcase name=\"reusesThreads\" classname=\"a.PoolTest\"><failure/></testcase>"))
                .endsWith("not proven in this build: J1: none of its 1 bound test(s) passed (1 failed)");
        assertThat(report("<testcase name=\"other\" classname=\"a.PoolTest\"/>"))
                .endsWith("not proven in this build: J1: none of its 1 bound test(s) passed (1 did not run)");
    }

    @Test
    void noReportsAtAllIsReported() throws Exception {
        Tree.valid(root);
        Claims claims = new Claims(root);
        Results.report(claims, Tree.silent());

        assertThat(claims.problems).containsExactly("no surefire reports under */target/surefire-reports: run ./mvnw verify first");
    }
}
