package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The seed's "BAD / GOOD" loops, given to javac as written. Both capture the loop variable {@code i}
 * in a lambda, which Java forbids: a lambda may only capture effectively final locals. Copying it
 * into a fresh variable per iteration (what {@link PythonSideBySide} does) fixes both.
 */
class SeedSnippetsTest {

    private static final String AS_IN_THE_SEED = "new Thread(() -> process(i)).start();";
    private static final String WITH_A_COPY = "int num = i; new Thread(() -> process(num)).start();";

    @TempDir
    Path classes;

    @Test
    void theSeedsLoopDoesNotCompileBecauseTheLambdaCapturesTheLoopVariable() {
        assertThat(compileLoopBody(AS_IN_THE_SEED)).contains("effectively final");
    }

    @Test
    void copyingTheLoopVariableFirstMakesItCompile() {
        assertThat(compileLoopBody(WITH_A_COPY)).isEmpty();
    }

    /** Compiles the seed's loop around {@code body}; returns javac's error messages, empty if none. */
    private String compileLoopBody(String body) {
        String source = """
                class SeedLoop {
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
