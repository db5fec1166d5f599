package dev.threadpools.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.RepositoryFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksTest {

    @Test
    void everyRelativeLinkOfThisRepositoryResolves() throws Exception {
        assertThat(Links.check(RepositoryFiles.repository())).isEmpty();
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsReportedWithItsLine(@TempDir Path root) throws Exception {
        RepositoryFiles.write(root, "docs/b.md", "# Which JDK?\n\n## Figures\n\n## Figures\n");
        RepositoryFiles.write(root, "a.md", """
                [file](docs/b.md), [heading](docs/b.md#which-jdk), [second of two](docs/b.md#figures-1)
                [web](https://example.org/missing.md), `[in code](missing.md)`, [here](#title)

                [gone](docs/missing.md)
                ![picture](img/missing.png)
                [no such heading](docs/b.md#figures-2)

                # Title
                """);
        RepositoryFiles.write(root, "target/generated.md", "[ignored: build output](missing.md)");

        assertThat(Links.check(root)).containsExactly(
                "a.md:4: docs/missing.md: no such file",
                "a.md:6: docs/b.md#figures-2: no such heading in docs/b.md",
                "a.md:5: img/missing.png: no such file");
    }
}
