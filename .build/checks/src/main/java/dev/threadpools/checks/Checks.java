package dev.threadpools.checks;

import java.io.IOException;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.*;
import org.commonmark.parser.*;

/**
 * CI's checks of the Markdown pages ({@code .ci/check} runs them), and what they share: the pages,
 * parsed as GitHub renders them. A failed check prints one line per problem with file and line, and
 * ends with status 1; a usage error with status 2.
 */
public final class Checks {

    private static final List<String> CHECKS = List.of("links", "sections", "commands");
    /** Folders that hold no page of ours: build output, Git, downloaded packages. */
    private static final Set<String> NOT_OURS = Set.of("target", ".git", "node_modules");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !CHECKS.containsAll(List.of(args).subList(1, args.length))) {
            System.err.println("usage: bash .ci/check [" + String.join("|", CHECKS) + "]... (all three if none is named)");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        boolean failed = false;
        for (String check : List.of(args).subList(1, args.length)) {
            List<String> problems = check.equals("links") ? Links.check(root)
                    : check.equals("sections") ? Sections.check(root) : new Commands(root).check();
            (problems.isEmpty() ? System.out : System.err).println(check + ": " + (problems.isEmpty()
                    ? "every Markdown page passes" : problems.size() + " problem(s); CONTRIBUTING.md says how to write pages:"));
            problems.forEach(p -> System.err.println("  " + p));
            failed |= !problems.isEmpty();
        }
        if (failed) {
            System.exit(1);
        }
    }

    /** Every {@code .md} file under root, in a stable order. */
    static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> Stream.iterate(root.relativize(p), q -> q != null, Path::getParent)
                            .noneMatch(q -> NOT_OURS.contains(q.getFileName().toString())))
                    .sorted().toList();
        }
    }

    static Document parse(Path page) throws IOException {
        return (Document) PARSER.parse(Files.readString(page));
    }

    /** The 1-based line a node starts on. */
    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? line(node.getParent()) : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** The nodes of a type under parent, in document order. */
    static <T extends Node> List<T> find(Node parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Stream.of(n).filter(type::isInstance).map(type::cast).forEach(found::add);
            found.addAll(find(n, type));
        }
        return found;
    }

    /** The text a reader sees: code spans keep their content, links their text, a line break is a space. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder(node instanceof Text t ? t.getLiteral() : node instanceof Code c ? c.getLiteral()
                : node instanceof SoftLineBreak || node instanceof HardLineBreak ? " " : "");
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            text.append(text(n));
        }
        return text.toString();
    }
}
