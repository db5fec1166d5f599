package dev.threadpools.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.RepositoryFiles;
import java.nio.file.*;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.*;
import org.junit.jupiter.params.*;
import org.junit.jupiter.params.provider.*;

/** The rules of docs/claims.tsv, each planted in a fourth row of the made-up tree. */
class RowsTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        J4\\t01\\t003 (l. 4)\\tholds\\tchecked by hand\\tA claim                    | 6 fields, expected 8
        J4\\t01\\t003 (l. 4)\\tright\\tchecked by hand\\tA claim\\t\\t              | verdict 'right' is none of holds, holds with a caveat, wrong, outdated, unproven
        J4\\t01\\t003 (l. 4)\\tholds\\tcannot be run here\\tA claim\\t\\t           | evidence 'cannot be run here' is none of test, measured
        J4\\t01\\t003 (l. 4)\\tholds\\tmeasured: why\\tA claim\\t\\t                | evidence 'measured: why' is none of test, measured
        J4\\t1\\t003 (l. 4)\\tholds\\tchecked by hand\\tA claim\\t\\t               | modules '1' must be lesson numbers, like 01, 05
        J4\\t01\\t003 (l. 4)\\tholds\\tchecked by hand\\t \\t\\t                    | every claim names its seed passage and says what it claims
        J04\\t01\\t003 (l. 4)\\tholds\\tchecked by hand\\tA claim\\t\\t             | 'J04' is not a claim ID (J1, P15, ...)
        """)
    void aMalformedRowIsReportedWithItsLine(String row, String problem) throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER + Tree.J1 + Tree.J2 + Tree.J3 + row.replace("\\t", "\t") + "\n");

        assertThat(new Claims(root).problems).singleElement().asString()
                .startsWith("docs/claims.tsv:5: ").contains(problem);
    }

    @Test
    void aHeaderOtherThanTheColumnsIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER.replace("see", "links") + Tree.J1 + Tree.J2 + Tree.J3);

        assertThat(new Claims(root).problems).first().asString()
                .isEqualTo("docs/claims.tsv:1: the header must be " + String.join(" TAB ", Rows.COLUMNS));
    }

    @Test
    void anIdThatAppearsTwiceIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER + Tree.J1 + Tree.J2 + Tree.J3 + Tree.J3);

        assertThat(new Claims(root).problems).containsExactly("docs/claims.tsv: J3 appears twice");
    }

    @Test
    void aClaimThatRestsOnATestWithoutOneIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER + Tree.J1 + Tree.J2 + Tree.J3.replace("checked by hand", "test"));

        assertThat(new Claims(root).problems).containsExactly(
                "docs/claims.tsv: J3 rests on a test, but no test method carries @Claim(\"J3\")");
    }

    @Test
    void aClaimWithBoundTestsThatSaysOtherwiseIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER + Tree.J1.replace("\ttest\t", "\tchecked by hand\t") + Tree.J2 + Tree.J3);

        assertThat(new Claims(root).problems).containsExactly(
                "docs/claims.tsv: J1 has bound tests, so its evidence is 'test', not 'checked by hand'");
    }

    @Test
    void aMeasuredClaimWithoutABenchmarkOrDemoIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER + Tree.J1 + Tree.J2 + Tree.J3.replace("checked by hand", "measured"));

        assertThat(new Claims(root).problems).containsExactly(
                "docs/claims.tsv: J3 is measured, but no benchmark or demo carries @Claim(\"J3\")");
    }

    @Test
    void aSeeCellThatLinksCodeBoundToTheSameClaimIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER + Tree.J1 + Tree.J2.replace("[figures]", "[by hand](" + Tree.BENCHMARK + "), [figures]")
                + Tree.J3);

        assertThat(new Claims(root).problems).containsExactly("docs/claims.tsv: J2 links " + Tree.BENCHMARK
                + " under 'see', which carries @Claim(\"J2\"): the tables link it already");
    }
}
