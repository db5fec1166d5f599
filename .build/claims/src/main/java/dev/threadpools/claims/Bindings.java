package dev.threadpools.claims;

import com.github.javaparser.*;
import com.github.javaparser.ast.*;
import com.github.javaparser.ast.body.*;
import com.github.javaparser.ast.expr.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

/**
 * The {@code @Claim} annotations of the sources, read with a Java parser (so one in a comment or a
 * string binds nothing). In a test ({@code src/test/java}) it must sit on a JUnit test method; in
 * lesson code ({@code src/main/java}, {@code src/jmh/java}) on a class (a demo, a benchmark) or a
 * {@code @Benchmark} method.
 */
final class Bindings {

    /** Where a {@code @Claim} is written: on a test, or on lesson code (a benchmark or a demo). */
    enum Where { TEST, LESSON_CODE }

    /**
     * Code bound to claims: a test method, a benchmark (its class or one {@code @Benchmark} method) or
     * a demo (its class). {@code member} is the method's name, or null when the type itself is bound.
     */
    record Binding(Path file, String typeName, String member, List<String> ids, Where where) {
        /** The name shown in the tables, and for a test the name its surefire report gives. */
        String label() {
            return member == null ? typeName : typeName + "." + member;
        }
    }

    /** Where bindings are read: tests, and the lesson code that measures (demos, benchmarks). */
    private static final Pattern BOUND_SOURCES = Pattern.compile("[^/]+/src/(test|main|jmh)/java/.*\\.java");
    private static final Set<String> TEST_ANNOTATIONS =
            Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate");

    private Bindings() {
    }

    static List<Binding> read(Path root, Set<String> known, List<String> problems) throws IOException {
        // Only the annotations matter: no check of what each Java version allows (RAW), no comments
        // attached to nodes. That halves the time of a full parse; CI parses the sources three times.
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW).setAttributeComments(false));
        List<Binding> bindings = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> BOUND_SOURCES.matcher(slashes(root.relativize(p))).matches()).sorted().toList();
        }
        for (Path file : sources) {
            String text = Files.readString(file);
            if (!text.contains("Claim")) {
                continue; // cannot carry the annotation; most sources do not, and parsing costs time
            }
            Matcher folder = BOUND_SOURCES.matcher(slashes(root.relativize(file)));
            Where where = folder.matches() && folder.group(1).equals("test") ? Where.TEST : Where.LESSON_CODE;
            ParseResult<CompilationUnit> parsed = parser.parse(text);
            if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
                problems.add(root.relativize(file) + ": not valid Java: " + parsed.getProblems().get(0).getMessage());
                continue;
            }
            String fileType = file.getFileName().toString().replaceFirst("\\.java$", "");
            for (AnnotationExpr claim : parsed.getResult().get().findAll(AnnotationExpr.class,
                    a -> a.getName().getIdentifier().equals("Claim"))) {
                String at = root.relativize(file) + ":" + claim.getBegin().map(p -> p.line).orElse(0) + ": ";
                List<String> ids = ids(claim);
                ids.stream().filter(id -> !known.contains(id))
                        .forEach(id -> problems.add(at + "@Claim names " + id + ", which is not in " + Rows.TSV));
                Node target = claim.getParentNode().orElseThrow();
                MethodDeclaration method = target instanceof MethodDeclaration m ? m : null;
                if (where == Where.TEST && method != null && annotated(method, TEST_ANNOTATIONS)) {
                    bindings.add(new Binding(file, fileType, method.getNameAsString(), ids, where));
                } else if (where == Where.LESSON_CODE && target instanceof TypeDeclaration<?> type) {
                    bindings.add(new Binding(file, type.getNameAsString(), null, ids, where));
                } else if (where == Where.LESSON_CODE && method != null && annotated(method, Set.of("Benchmark"))) {
                    bindings.add(new Binding(file, fileType, method.getNameAsString(), ids, where));
                } else {
                    problems.add(at + (where == Where.TEST
                            ? "@Claim must sit on a test method (@Test, @ParameterizedTest, ...)"
                            : "@Claim in lesson code must sit on a class (a demo, a benchmark)"
                                    + " or a @Benchmark method"));
                }
            }
        }
        return bindings;
    }

    /** {@code @Claim("J1")} or {@code @Claim({"J1", "J2"})}: the strings, in order. */
    private static List<String> ids(AnnotationExpr claim) {
        return claim.findAll(StringLiteralExpr.class).stream().map(StringLiteralExpr::getValue).toList();
    }

    private static boolean annotated(MethodDeclaration method, Set<String> names) {
        return method.getAnnotations().stream().map(a -> a.getName().getIdentifier()).anyMatch(names::contains);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
