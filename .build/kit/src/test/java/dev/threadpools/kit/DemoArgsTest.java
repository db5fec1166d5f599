package dev.threadpools.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The kit's demo-argument parser. It lives in 01-basics because the kit has no tests of its own
 * yet; it tests the kit's class, not the lesson's.
 *
 * <p>Most cases parse with a rejection that throws, so that one JVM can try many bad arguments;
 * the last two run {@link UsageProbe} in a child JVM to prove what a demo really does with a bad
 * argument: one {@code usage:} line on stderr, nothing on stdout, exit status 2.
 */
class DemoArgsTest {

    private static final String USAGE = "Probe [N > 0]";

    /** Parses as a demo would, but a bad argument throws instead of ending the JVM. */
    private static DemoArgs parsing(String... args) {
        return new DemoArgs(args, USAGE, usage -> new IllegalArgumentException("usage: " + usage));
    }

    @Test
    void aMissingPositionKeepsItsDefaultAndAPresentOneIsParsed() {
        DemoArgs in = parsing("7");
        assertThat(in.positiveInt(1)).isEqualTo(7);
        assertThat(in.positiveInt(5)).isEqualTo(5);
        in.end();
        assertThat(in.isEmpty()).isFalse();
        assertThat(parsing().isEmpty()).isTrue();
    }

    @Test
    void positiveIntsRefusesZeroNegativesTextAndTooManyArguments() {
        for (String[] bad : List.of(new String[] {"0"}, new String[] {"-3"}, new String[] {"ten"},
                new String[] {"1", "2"}, new String[] {"2147483648"})) {
            DemoArgs in = parsing(bad);
            assertThatThrownBy(() -> {
                in.positiveInt(1);
                in.end();
            }).as("%s", List.of(bad)).hasMessage("usage: " + USAGE);
        }
    }

    @Test
    void intWhereAppliesTheDemosOwnCheck() {
        assertThat(parsing("0").intWhere(micros -> micros >= 0, 200)).isZero();
        assertThatThrownBy(() -> parsing("-1").intWhere(micros -> micros >= 0, 200))
                .hasMessage("usage: " + USAGE);
    }

    @Test
    void doubleWhereRefusesWhatTheCheckRefusesAndEveryNonFiniteNumber() {
        assertThat(parsing("0.5").doubleWhere(u -> u > 0 && u <= 1, 1)).isEqualTo(0.5);
        assertThat(parsing().doubleWhere(u -> u > 0 && u <= 1, 1)).isEqualTo(1);
        for (String bad : List.of("NaN", "Infinity", "-Infinity", "half")) {
            assertThatThrownBy(() -> parsing(bad).doubleWhere(anything -> true, 1))
                    .as(bad).hasMessage("usage: " + USAGE);
        }
        for (String outOfRange : List.of("1.5", "0", "-0.5")) {
            assertThatThrownBy(() -> parsing(outOfRange).doubleWhere(u -> u > 0 && u <= 1, 1))
                    .as(outOfRange).hasMessage("usage: " + USAGE);
        }
    }

    @Test
    void aWordIsTakenOnlyWhenItIsThereAndEndRefusesAnyOtherWord() {
        DemoArgs full = parsing("full");
        assertThat(full.word("full")).isTrue();
        full.end();

        DemoArgs none = parsing();
        assertThat(none.word("full")).isFalse();
        none.end();

        DemoArgs other = parsing("fast");
        assertThat(other.word("full")).isFalse();
        assertThatThrownBy(other::end).hasMessage("usage: " + USAGE);
    }

    @Test
    void oneOfAndTextRequireTheirArgument() {
        DemoArgs in = parsing("measure", "docs");
        assertThat(in.oneOf("measure", "redraw")).isEqualTo("measure");
        assertThat(in.text()).isEqualTo("docs");
        in.end();

        assertThatThrownBy(() -> parsing("draw").oneOf("measure", "redraw")).hasMessage("usage: " + USAGE);
        assertThatThrownBy(() -> parsing().oneOf("measure", "redraw")).hasMessage("usage: " + USAGE);
        assertThatThrownBy(() -> parsing().text()).hasMessage("usage: " + USAGE);
    }

    @Test
    void rejectRefusesArgumentsThatPassedOneByOneButNotTogether() {
        DemoArgs in = parsing("3");
        assertThat(in.positiveInt(1)).isEqualTo(3);
        assertThat(in.reject()).hasMessage("usage: " + USAGE);
    }

    @Test
    void aDemoGivenABadArgumentPrintsOneUsageLineToStderrAndExitsWith2() throws Exception {
        Child child = Child.run("0");
        assertThat(child.status()).isEqualTo(2);
        assertThat(child.stderr()).isEqualTo("usage: " + USAGE + System.lineSeparator());
        assertThat(child.stdout()).isEmpty();
    }

    @Test
    void aDemoGivenGoodArgumentsRuns() throws Exception {
        Child child = Child.run("4");
        assertThat(child.status()).isZero();
        assertThat(child.stdout()).isEqualTo("n = 4" + System.lineSeparator());
        assertThat(child.stderr()).isEmpty();
    }

    /** A demo reduced to its argument handling, run in a child JVM by the two tests above. */
    static final class UsageProbe {

        private UsageProbe() {
        }

        public static void main(String[] args) {
            int n = DemoArgs.positiveInts(args, USAGE, 1)[0];
            System.out.println("n = " + n);
        }
    }

    private record Child(int status, String stdout, String stderr) {

        static Child run(String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classesOf(DemoArgs.class) + java.io.File.pathSeparator + classesOf(UsageProbe.class),
                    UsageProbe.class.getName()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).start();
            // The probe prints one short line at most, so reading one stream to the end before the
            // other cannot fill the other's pipe and block the child.
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the probe JVM did not exit: " + command);
            }
            return new Child(process.exitValue(), stdout, stderr);
        }

        private static String classesOf(Class<?> type) {
            try {
                return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
