package dev.threadpools.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.RepositoryFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionsTest {

    private static final String CONTRIBUTING = """
            # Contributing

            ## The module README

            1. `# NN · Title`, then a line.
            2. **What you will learn**: bullets.
            3. **Demos**: a table.
            4. **Figures** (where the module measures): the table.
            5. **Exercises**: a table.

            ## Claims

            1. **Not a section**: a list of another part.
            """;

    @Test
    void everyModuleReadmeOfThisRepositoryHasItsTitleAndSectionsInOrder() throws Exception {
        Path root = RepositoryFiles.repository();

        assertThat(Sections.order(root)).extracting(Sections.Section::name).contains("What you will learn", "Demos");
        assertThat(Sections.check(root)).isEmpty();
    }

    @Test
    void theOrderIsReadFromContributingAndAnOptionalSectionMayBeLeftOut(@TempDir Path root) throws Exception {
        RepositoryFiles.write(root, "CONTRIBUTING.md", CONTRIBUTING);
        RepositoryFiles.write(root, "01-good/README.md", "# 01 · Good\n\n## What you will learn\n\n## Demos\n\n## Exercises\n");

        assertThat(Sections.order(root)).containsExactly(
                new Sections.Section("What you will learn", false), new Sections.Section("Demos", false),
                new Sections.Section("Figures", true), new Sections.Section("Exercises", false));
        assertThat(Sections.check(root)).isEmpty();
    }

    @Test
    void aWrongTitleAMissingAnUnknownOrAMisplacedSectionIsReported(@TempDir Path root) throws Exception {
        RepositoryFiles.write(root, "CONTRIBUTING.md", CONTRIBUTING);
        RepositoryFiles.write(root, "02-bad/README.md", """
                # 2 · Bad

                ## Demos

                ## What you will learn

                ## Extras
                """);

        assertThat(Sections.check(root)).containsExactly(
                "02-bad/README.md:1: the page must open with its title, \"# 02 · ...\"",
                "02-bad/README.md:5: ## What you will learn: out of order, it comes before ## Demos",
                "02-bad/README.md:7: ## Extras: not a section of a module README",
                "02-bad/README.md: ## Exercises is missing");
    }

    @Test
    void contributingWithoutTheListIsReported(@TempDir Path root) throws Exception {
        RepositoryFiles.write(root, "CONTRIBUTING.md", "# Contributing\n\n## The module README\n\nSee the wiki.\n");

        assertThat(Sections.check(root)).singleElement().asString()
                .startsWith("CONTRIBUTING.md: no numbered list of sections");
    }
}
