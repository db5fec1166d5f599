package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.Claim;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code lines of the seed, given to javac as written. The "BAD / GOOD" loops both capture the loop
 * variable {@code i} in a lambda, which Java forbids: a lambda may only capture effectively final
 * locals. Copying it into a fresh variable per iteration (what {@link PythonSideBySide} does) fixes
 * both. The sizing line of the senior section chains two assignments to an expression, which is not
 * Java either; its arithmetic is checked in lesson 04.
 */
class SeedSnippetsTest {

    private static final String AS_IN_THE_SEED = "new Thread(() -> process(i)).start();";
    private static final String WITH_A_COPY = "int num = i; new Thread(() -> process(num)).start();";
    private static final String POOL_LOOP_AS_IN_THE_SEED = "pool.submit(() -> process(i));";
    private static final String POOL_LOOP_WITH_A_COPY = "int num = i; pool.submit(() -> process(num));";
    private static final String IO_SIZING_AS_IN_THE_SEED = "int cores = 8; int ioThreads = cores * (1 + 9) = cores * 10;";
    private static final String IO_SIZING_AS_JAVA = "int cores = 8; int ioThreads = cores * (1 + 9);";

    @TempDir
    Path classes;

    @Claim("J7")
    @Test
    void theSeedsLoopDoesNotCompileBecauseTheLambdaCapturesTheLoopVariable() {
        assertThat(compileLoopBody(AS_IN_THE_SEED)).contains("effectively final");
    }

    @Claim("J7")
    @Test
    void copyingTheLoopVariableFirstMakesItCompile() {
        assertThat(compileLoopBody(WITH_A_COPY)).isEmpty();
    }

    @Claim("J7")
    @Test
    void theSeedsPoolLoopDoesNotCompileEitherForTheSameReason() {
        assertThat(compileLoopBody(POOL_LOOP_AS_IN_THE_SEED)).contains("effectively final");
        assertThat(compileLoopBody(POOL_LOOP_WITH_A_COPY)).isEmpty();
    }

    @Claim("J60")
    @Test
    void theSeedsIoSizingLineDoesNotCompile() {
        // javac 21 to 25 say "unexpected type ... required: variable, found: value": the left side of the
        // second '=' is a value, and only a variable can be assigned.
        assertThat(compileLoopBody(IO_SIZING_AS_IN_THE_SEED)).as("javac on the seed's line").contains("unexpected type");
        assertThat(compileLoopBody(IO_SIZING_AS_JAVA)).as("the same line without the second assignment").isEmpty();
    }

    /** Compiles the seed's loop around {@code body}; returns javac's error messages, empty if none. */
    private String compileLoopBody(String body) {
        String source = """
                class SeedLoop {
                    static java.util.concurrent.ExecutorService pool;
                    static void process(int i) { }
                    static void loop() {
                        for (int i = 0; i < 1000; i++) {
                            %s
                        }
                    }
                }
                """.formatted(body);
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///SeedLoop.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        javac.getTask(null, null, diagnostics, List.of("-proc:none", "-d", classes.toString()), null, List.of(file))
                .call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null))
                .collect(Collectors.joining("\n"));
    }
}
