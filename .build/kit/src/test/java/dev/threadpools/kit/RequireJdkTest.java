package dev.threadpools.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequireJdkTest {

    @TempDir
    Path dir;

    /** The shape the toolchains plugin's generate-jdk-toolchains-xml goal writes. */
    private Path toolchains(String name, String... versions) throws IOException {
        StringBuilder xml = new StringBuilder("<toolchains xmlns=\"http://maven.apache.org/TOOLCHAINS/1.1.0\">\n");
        for (String version : versions) {
            xml.append("  <toolchain><type>jdk</type><provides><version>").append(version)
                    .append("</version></provides><configuration><jdkHome>/jdks/").append(version)
                    .append("</jdkHome></configuration></toolchain>\n");
        }
        return Files.writeString(dir.resolve(name), xml.append("</toolchains>\n"));
    }

    @Test
    void withOnlyOlderJdksTheMessageSaysWhatToInstallAndWhereItLooked() throws IOException {
        Path discovered = toolchains("discovered.xml", "17.0.15", "11.0.2", "1.8.0_402");

        assertThat(RequireJdk.problem(21, List.of(discovered, dir.resolve("no-such-toolchains.xml"))))
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("This project needs a JDK 21 or newer")
                        .contains("/usr/lib/jvm", "SDKMAN", "sudo apt-get install openjdk-21-jdk",
                                "brew install openjdk@21", "sdk install java 21-tem", "JAVA21_HOME")
                        .doesNotContain("toolchains.xml")
                        .satisfies(text -> assertThat(text.lines()).allMatch(line -> line.length() <= 100)));
    }

    @Test
    void aJdkOfTheLowestVersionOrNewerInAnyFileIsEnough() throws IOException {
        Path discovered = toolchains("discovered.xml", "17.0.15");
        Path userToolchains = toolchains("toolchains.xml", "25.0.3");

        assertThat(RequireJdk.problem(21, List.of(discovered, userToolchains))).isEmpty();
        assertThat(RequireJdk.problem(21, List.of(toolchains("exact.xml", "21")))).isEmpty();
        assertThat(RequireJdk.problem(21, List.of())).isPresent();
        assertThat(RequireJdk.problem(21, List.of(toolchains("odd.xml", "openjdk-25", "25.0.1"))))
                .as("a version it cannot read is passed over, not a crash").isEmpty();
        assertThat(RequireJdk.problem(21, List.of(toolchains("only-odd.xml", "openjdk-25")))).isPresent();
    }

    @Test
    void readsTheLowerBoundOfTheRangeThePomRequires() {
        assertThat(RequireJdk.lowestMajor("[21,)")).isEqualTo(21);
        assertThat(RequireJdk.lowestMajor("[25,26)")).isEqualTo(25);
        assertThat(RequireJdk.lowestMajor("[21,21.999]")).isEqualTo(21);
        assertThatThrownBy(() -> RequireJdk.lowestMajor("(,22)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no lower bound");
    }

    @Test
    void readsMajorVersionsTheWayJdksWriteThem() {
        assertThat(RequireJdk.majorOf("21.0.2")).isEqualTo(21);
        assertThat(RequireJdk.majorOf("25")).isEqualTo(25);
        assertThat(RequireJdk.majorOf("1.8.0_402")).isEqualTo(8);
        assertThat(RequireJdk.majorOf("17-ea")).isEqualTo(17);
    }
}
