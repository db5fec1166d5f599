package dev.threadpools.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The README-to-AsciiDoc step on a small README of the fixed shape (CONTRIBUTING.md). Its demos and
 * exercises are written as the READMEs write them, one command with {@code NN} above a table of
 * numbers; a slide shows each row's own command.
 */
class ReadmeFragmentsTest {

    private static final String README = """
            # 07 · Example: a lesson

            Level: junior. Know first: [01-basics](../01-basics/README.md).

            ## What you will learn

            - Why `count++` is not atomic, **really**.
            - Which pipe | is which.

            ## The lesson

            ### 1. The algorithm

            ```mermaid
            flowchart TD
                A --> B
            ```

            ## Demos

            Run one with `./mvnw -q compile -pl 07-example -Ddemo=NN`, NN being its number in the table.

            | NN | Idea |
            |---|---|
            | 01 | A [link](x.java) and `code]` |

            ## What the seed says, checked

            | # | Seed | Claim (paraphrased) | Verdict | Proof |
            |---|---|---|---|---|
            | J1 | 003 (l. 1) | `jstack \\| grep` shows stacks | **wrong**: one line each | [`DumpTest`](src/test/DumpTest.java) |
            | J2 | 003 (l. 2) | A pool reuses threads | **holds** | [`ReuseTest`](src/test/ReuseTest.java) |

            ## Exercises

            Run one with `./mvnw -q test -pl 07-example -Pexercises -Dexercise=NN`, NN being its number in the table.

            | NN | Task |
            |---|---|
            | 01 | Fix it |
            """;

    @Test
    void tablesBecomeSlidesWhoseCellsKeepTheReadmesTextButNotItsLinks() {
        ReadmeFragments.Readme readme = ReadmeFragments.Readme.parse(README, "07-example");

        assertEquals("""
                == Demos

                [.table-slide]
                [cols="1,6,8",options="header"]
                \\|===
                |pass:c[NN] |pass:c[Idea] |pass:c[Command]\s
                |pass:c[01] |pass:c[A ]pass:c[link]pass:c[ and ]``pass:c[code\\]]`` \
                |``pass:c[./mvnw -q compile -pl 07-example -Ddemo=01]``\s
                \\|===

                """.replace("\\|===", "|==="), readme.demoSlides());
        assertTrue(readme.seedSlides().contains("``pass:c[jstack \\| grep]``"),
                "a pipe inside a cell is escaped for the AsciiDoc table: " + readme.seedSlides());
        assertTrue(readme.seedSlides().contains("J1") && !readme.seedSlides().contains("J2"),
                "the slides show the claims argued about, not those that hold as stated: " + readme.seedSlides());
        assertTrue(!readme.seedSlides().contains("003 (l. 1)"),
                "the seed's line numbers stay in the README: " + readme.seedSlides());
    }

    @Test
    void theTitleTheLearningGoalsTheDiagramAndADemoCommandComeFromTheReadme() {
        ReadmeFragments.Readme readme = ReadmeFragments.Readme.parse(README, "07-example");

        assertEquals("= 07 · Example: a lesson\n\n[.level]\npass:c[Level: junior. Know first: ]pass:c[01-basics]"
                + "pass:c[.]\n", readme.titleSlide());
        assertTrue(readme.learnSlide().contains("* pass:c[Why ]``pass:c[count++]``pass:c[ is not atomic, ]"
                + "**pass:c[really]**pass:c[.]"), readme.learnSlide());
        assertTrue(readme.diagramSlides().contains("[source,mermaid]\n----\nflowchart TD\n    A --> B\n----"),
                readme.diagramSlides());
        assertEquals("pass:c[A ]pass:c[link]pass:c[ and ]``pass:c[code\\]]``\n\n"
                + "``pass:c[./mvnw -q compile -pl 07-example -Ddemo=01]``\n", readme.demo("01"));
    }

    @Test
    void aReadmeWithoutOneOfTheSectionsStopsTheBuildWithItsName() {
        String withoutExercises = README.substring(0, README.indexOf("## Exercises"));

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ReadmeFragments.Readme.parse(withoutExercises, "07-example"));
        assertEquals("07-example/README.md lacks a table under '## Exercises'", missing.getMessage());
    }

    @Test
    void theHandoutsFirstPageIsTheTableOfTheNamedSectionOfAPage() {
        String guide = """
                # Guide

                | Not | this |
                |---|---|
                | a | b |

                ## The day's commands

                | Run | What it does |
                |---|---|
                | `./mvnw verify` | every test |
                """;

        assertEquals("""
                [cols="3,5",options="header"]
                |===
                |pass:c[Run] |pass:c[What it does]\s
                |``pass:c[./mvnw verify]`` |pass:c[every test]\s
                |===

                """, ReadmeFragments.firstTable(guide, ReadmeFragments.DAY_COMMANDS, "3,5"));
        assertThrows(IllegalStateException.class, () -> ReadmeFragments.firstTable(guide, "Missing", "3,5"));
    }
}
