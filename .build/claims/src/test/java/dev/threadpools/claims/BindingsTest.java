package dev.threadpools.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.RepositoryFiles;
import java.nio.file.*;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.*;

/** Where @Claim may sit, planted in the made-up tree's test and lesson code. */
class BindingsTest {

    @TempDir
    Path root;

    @Test
    void aTestMethodOfAnyKindIsBoundWhateverItsOtherAnnotationsAndNothingInACommentOrStringIs() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, "01-a/src/test/java/a/MoreTest.java", """
                package a;

                class MoreTest {
                    @ParameterizedTest(name = "size {0} (a parenthesis: ')')")
                    @Claim({"J1", "J3"})
                    @ValueSource(ints = {1,
                            2})
                    <T> void parameterized(int size) { }

                    @Nested
                    class Inner {
                        @Claim("J1") @RepeatedTest(2) public void repeated() { }
                    }

                    // @Claim("J9") in a comment binds nothing, and neither does "@Claim(\\"J9\\")"
                }
                """);
        RepositoryFiles.write(root, Rows.TSV, Tree.HEADER + Tree.J1 + Tree.J2 + Tree.J3.replace("checked by hand", "test"));
        Claims claims = new Claims(root);

        assertThat(claims.problems).isEmpty();
        assertThat(claims.testsOf.get("J1")).extracting(Bindings.Binding::label)
                .containsExactly("MoreTest.parameterized", "MoreTest.repeated", "PoolTest.reusesThreads");
        assertThat(claims.testsOf.get("J3")).extracting(Bindings.Binding::label).containsExactly("MoreTest.parameterized");
    }

    @Test
    void aClaimThatDoesNotExistIsReportedWithItsLine() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Tree.TEST, Tree.read(root, Tree.TEST).replace("@Claim(\"J1\")", "@Claim({\"J1\", \"J999\"})"));

        assertThat(new Claims(root).problems).containsExactly(
                "01-a/src/test/java/a/PoolTest.java:4: @Claim names J999, which is not in docs/claims.tsv");
    }

    @Test
    void inATestAClaimOnAnythingButATestMethodIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Tree.TEST, Tree.read(root, Tree.TEST).replace("void reusesThreads() { }\n", """
                void reusesThreads() { }

                    @Claim("J1")
                    private void notATest() { }
                """));

        assertThat(new Claims(root).problems).containsExactly(
                "01-a/src/test/java/a/PoolTest.java:8: @Claim must sit on a test method (@Test, @ParameterizedTest, ...)");
    }

    @Test
    void inLessonCodeAClaimOnAnythingButAClassOrABenchmarkMethodIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Tree.BENCHMARK, """
                package a;

                @Claim("J2")
                public class Bench01_HandOff {
                    @Claim("J2")
                    @Benchmark
                    public Object handOff() { return null; }

                    @Claim("J2")
                    @Setup(Level.Trial)
                    public void notABenchmark() { }
                }
                """);
        RepositoryFiles.write(root, "01-a/src/main/java/a/Demo01_Bar.java", """
                package a;

                public final class Demo01_Bar {
                    @Claim("J2")
                    public static void main(String[] args) { }
                }
                """);
        Claims claims = new Claims(root);

        assertThat(claims.problems).containsExactly(
                "01-a/src/jmh/java/a/Bench01_HandOff.java:9: @Claim in lesson code must sit on a class (a demo, a benchmark)"
                        + " or a @Benchmark method",
                "01-a/src/main/java/a/Demo01_Bar.java:4: @Claim in lesson code must sit on a class (a demo, a benchmark)"
                        + " or a @Benchmark method");
        assertThat(claims.measurementsOf.get("J2")).extracting(Bindings.Binding::label)
                .containsExactly("Bench01_HandOff", "Bench01_HandOff.handOff");
    }

    @Test
    void aSourceThatIsNotJavaIsReported() throws Exception {
        Tree.valid(root);
        RepositoryFiles.write(root, Tree.TEST, Tree.read(root, Tree.TEST).replace("void reusesThreads() { }", "void reusesThreads( { }"));

        assertThat(new Claims(root).problems).first().asString().startsWith("01-a/src/test/java/a/PoolTest.java: not valid Java: ");
    }
}
