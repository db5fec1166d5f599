package dev.threadpools.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.RepositoryFiles;
import java.nio.file.*;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.*;
import org.junit.jupiter.params.*;
import org.junit.jupiter.params.provider.*;

class TablesTest {

    @TempDir
    Path root;

    @Test
    void theTablesOfThisRepositoryAreTheGeneratedOnesAndEveryBindingIsSound() throws Exception {
        assertThat(Tree.check(RepositoryFiles.repository())).isEmpty();
    }

    @Test
    void everyTableLinksTheBoundCodeAndTheSeeCellRelativeToItsPage() throws Exception {
        Tree.valid(root);

        assertThat(Tree.read(root, Tree.README)).contains(
                "| J1 | 003 Intro (l. 1) | A pool reuses threads | **holds**: ten threads run it all"
                        + " | [`PoolTest.reusesThreads`](src/test/java/a/PoolTest.java) |\n",
                "| J2 | 003 Intro (l. 2) | A hand-off costs a microsecond | **wrong**"
                        + " | [`Bench01_HandOff`](src/jmh/java/a/Bench01_HandOff.java), [figures](README.md#figures) |\n"
                        + "| J3 | 003 Intro (l. 3) | The JDK says so | **holds** |  |\n" + Tables.END + "\n\n## Figures\n");
        assertThat(Tree.read(root, Tables.LEDGER)).contains(
                "Verdicts: 2 holds, 1 wrong.\n",
                "| J2 | A hand-off costs a microsecond | 003 Intro (l. 2) | **wrong** | measured"
                        + " | [`Bench01_HandOff`](../01-a/src/jmh/java/a/Bench01_HandOff.java), [figures](../01-a/README.md#figures) | 01 |\n");
        assertThat(Tree.read(root, Tables.CHEAT_SHEET)).endsWith("| J1, J3 | Threads are reused | Yes"
                + " | J1: **holds**; J3: **holds** ([ledger](claims-ledger.md))"
                + " | [`PoolTest.reusesThreads`](../01-a/src/test/java/a/PoolTest.java) |\n");
        assertThat(Tree.check(root)).isEmpty();
    }

    @Test
    void aStaleTableIsReportedAndWriteMakesItFresh() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER + Tree.J1.replace("\tholds\t", "\twrong\t") + Tree.J2 + Tree.J3);

        assertThat(Tree.check(root)).containsExactly(
                "docs/claims-ledger.md differs from what the generator makes; run: " + Tables.WRITE,
                "01-a/README.md differs from what the generator makes; run: " + Tables.WRITE,
                "docs/interview-cheat-sheet.md differs from what the generator makes; run: " + Tables.WRITE);
        new Claims(root).writeOrCheck(Claims.Mode.WRITE, Tree.silent());
        assertThat(Tree.check(root)).isEmpty();
    }

    @Test
    void aReadmeWithoutTheMarkersIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Tree.README, "# 01 · A\n\n```\n" + Tables.BEGIN + "\n" + Tables.END + "\n```\n");

        assertThat(Tree.check(root)).containsExactly("01-a/README.md: no " + Tables.BEGIN + " ... " + Tables.END
                + " in 'What the seed says, checked'");
    }

    @Test
    void aCheatSheetIdThatIsNotAClaimIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Tables.CHEAT_SHEET, Tree.read(root, Tables.CHEAT_SHEET) + "| J7 | s | a | v | p |\n");

        assertThat(Tree.check(root)).containsExactly("docs/interview-cheat-sheet.md:4: J7 is not in docs/claims.tsv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"| J1 | s | a | v |", "| J1 | s | a | v | p | extra |"})
    void aCheatSheetRowWithClaimIdsAndOtherThanFiveCellsIsReported(String row) throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Tables.CHEAT_SHEET, Tree.read(root, Tables.CHEAT_SHEET) + row + "\n");

        assertThat(Tree.check(root)).containsExactly(
                "docs/interview-cheat-sheet.md:4: a row with claim IDs has 5 cells: IDs, seed, answer, verdict, proof");
    }
}
