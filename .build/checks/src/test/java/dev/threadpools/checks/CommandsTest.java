package dev.threadpools.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.RepositoryFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command check on this repository, and on a made-up tree with one module, 01-a. */
class CommandsTest {

    @TempDir
    static Path tree;

    @BeforeAll
    static void makeUpATree() {
        RepositoryFiles.write(tree, "pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modules><module>01-a</module><module>tools</module></modules>
                  <properties><args></args><exercise></exercise><jmh.include></jmh.include></properties>
                  <profiles>
                    <profile><id>exercises</id></profile>
                    <profile><id>demo</id><activation><property><name>demo</name></property></activation></profile>
                    <profile><id>tour</id><activation><property><name>tour</name></property></activation></profile>
                    <profile><id>jmh</id><activation><property><name>jmh</name></property></activation></profile>
                    <profile><id>jcstress</id><activation><property><name>jcstress</name></property></activation></profile>
                    <profile><id>one</id><activation><property><name>test</name></property></activation></profile>
                  </profiles>
                </project>
                """);
        RepositoryFiles.write(tree, "mvnw", "");
        RepositoryFiles.write(tree, ".ci/run", "");
        RepositoryFiles.write(tree, ".ci/check", "");
        RepositoryFiles.write(tree, "tools/pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <profiles><profile><id>t</id><activation><property><name>tool</name></property></activation></profile></profiles>
                </project>
                """);
        RepositoryFiles.write(tree, "01-a/pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n");
        RepositoryFiles.write(tree, "01-a/src/main/java/a/Demo01_First.java", "");
        RepositoryFiles.write(tree, "01-a/src/exercises/java/a/Exercise01_Pool.java", "");
        RepositoryFiles.write(tree, "01-a/src/test/java/a/Exercise01_PoolTest.java", "");
        RepositoryFiles.write(tree, "01-a/src/test/java/a/PoolTest.java", "");
        RepositoryFiles.write(tree, "01-a/src/jmh/java/a/Bench01_Submit.java", "");
    }

    private static List<String> problems(String page) throws Exception {
        RepositoryFiles.write(tree, "README.md", page);
        return new Commands(tree).check();
    }

    @Test
    void everyCommandOfThisRepositoryNamesWhatItHas() throws Exception {
        Commands commands = new Commands(RepositoryFiles.repository());

        assertThat(commands.check()).isEmpty();
        assertThat(commands.checked).as("commands found in the pages").isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "`./mvnw -q compile -pl 01-a -Ddemo=01 -Dargs=\"8 full\"`",
        "`./mvnw -q compile -pl 01-a -Ddemo=Demo01_First`, and `./mvnw -q compile -Dtour`",
        "`./mvnw -q test -pl 01-a -Pexercises -Dexercise=1`",
        "`./mvnw verify -pl 01-a -Dtest=PoolTest#submits`",
        "`./mvnw -q compile -pl 01-a -Djmh -Djmh.include='Bench0[12]'`",
        "`./mvnw -q test -pl <module> -Pexercises -Dexercise=NN`: a placeholder is left to the reader",
        "`bash .ci/check links`, `bash .ci/run`, your default `java`, `java -version`",
        "`./mvnw -q -pl tools compile -Dtool=write`: a property of the module's own pom",
        "`yes > /dev/null & for i in $(seq 20); do ./mvnw -q test -pl 01-a || break; done; kill %1`",
        "```sh\n./mvnw -q compile -Dtour    # the tour\n```",
        "```java\n// ./mvnw -q compile -pl 99-none: Java, not a shell\n```",
        "The seeds are in `../shared/seeds/`, outside the clone: not a command.",
        "Run one with `./mvnw -q compile -pl 01-a -Ddemo=NN`.\n\n| NN | Idea |\n|---|---|\n| 01 | First |",
    })
    void aCommandThatNamesWhatTheTreeHasPasses(String page) throws Exception {
        assertThat(problems(page)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        `./mvnw -q compile -pl 01-b -Ddemo=01`                 | -pl 01-b: not a <module> of pom.xml
        `./mvnw -q compile -pl 01-a -Ddemo=02`                 | -Ddemo=02: 01-a has no such demo
        `./mvnw -q compile -pl 01-a -Ddemo=Demo01_Frist`       | -Ddemo=Demo01_Frist: 01-a has no such demo
        `./mvnw -q test -pl 01-a -Pexercises -Dexercise=02`    | -Dexercise=02: 01-a has no such exercise
        `./mvnw -q test -pl 01-a -Pexercise`                   | -Pexercise: pom.xml has no such profile
        `./mvnw -q test -pl 01-a -Dexercise=01`                | -Dexercise and -DstubCheck need -Pexercises
        `./mvnw -q test -pl 01-a -Pexercises -Dexcercise=01`   | -Dexcercise: pom.xml declares no such property
        `./mvnw verify -pl 01-a -Dtest=PoolTests`              | -Dtest=PoolTests: 01-a has no such test class
        `./mvnw -q -pl 01-a compile -Dtool=write`              | -Dtool: pom.xml declares no such property
        `./mvnw -q compile -pl 01-a -Djmh -Djmh.include=Bench02` | -Djmh.include=Bench02: matches no class
        `./mvnw -q compile -pl 01-a -Djmh.include=Bench01`     | -Djmh.include needs -Djmh
        `./mvnw -q compile -pl 01-a -Djcstress`                | -Djcstress: 01-a has no src/jcstress/java
        `./mvnw -q compiel -pl 01-a`                           | compiel: not a phase, plugin:goal or option
        `./mvnw -q -ff verify`                                 | -ff: not a phase, plugin:goal or option
        `./mvnw -q -f docs/slides verify`                      | -f docs/slides: no such file or folder
        `java .ci/Check.java`                                  | .ci/Check.java: no such file
        `bash .ci/runs`                                        | .ci/runs: no such file
        Run one with `./mvnw -q compile -pl 01-a -Ddemo=NN`.   | NN: no table headed NN follows to give its numbers
        """)
    void aCommandThatNamesWhatTheTreeLacksIsReportedWithItsLine(String page, String problem) throws Exception {
        assertThat(problems("# Title\n\n" + page)).singleElement().asString()
                .startsWith("README.md:3: ").contains(problem);
    }

    @Test
    void aPatternIsCheckedForEveryRowOfTheTableHeadedNNThatFollowsIt() throws Exception {
        assertThat(problems("""
                Run one with `./mvnw -q compile -pl 01-a -Ddemo=NN`, NN being its number in the table.

                | # | Not this table |
                |---|---|
                | 07 | Its first column is not headed NN |

                | NN | Idea |
                |---|---|
                | 01 | First |
                | 02 | No such demo |
                """)).containsExactly("README.md:1: ./mvnw -q compile -pl 01-a -Ddemo=NN: NN = 02: "
                        + "-Ddemo=02: 01-a has no such demo");
    }

    @Test
    void aCommandInAShellBlockIsReportedWithItsOwnLine() throws Exception {
        assertThat(problems("```sh\n./mvnw -q compile -Dtour    # fine\n./mvnw -q compile -Dtuor\n```\n"))
                .containsExactly("README.md:3: ./mvnw -q compile -Dtuor: -Dtuor: pom.xml declares no such property"
                        + " or profile switch");
    }

}
