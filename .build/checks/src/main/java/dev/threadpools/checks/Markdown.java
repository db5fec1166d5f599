package dev.threadpools.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The Markdown pages of the tree, parsed as GitHub renders them (tables included). */
final class Markdown {

    /** Directories that hold no page of ours: build output, Git, downloaded packages. */
    private static final Set<String> NOT_OURS = Set.of("target", ".git", "node_modules");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private Markdown() {
    }

    /** Every {@code .md} file under root, in a stable order. */
    static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> Stream.iterate(root.relativize(p), q -> q != null, Path::getParent)
                            .noneMatch(q -> NOT_OURS.contains(q.getFileName().toString())))
                    .sorted()
                    .toList();
        }
    }

    static Document parse(Path page) throws IOException {
        return (Document) PARSER.parse(Files.readString(page));
    }

    /** The 1-based line a node starts on. */
    static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }

    /** The nodes of a type under parent, in document order. */
    static <T extends Node> List<T> find(Node parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
            found.addAll(find(n, type));
        }
        return found;
    }

    /** The text a reader sees: code spans keep their content, links their text, a line break is a space. */
    static String text(Node node) {
        if (node instanceof Text t) {
            return t.getLiteral();
        }
        if (node instanceof Code c) {
            return c.getLiteral();
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            return " ";
        }
        StringBuilder text = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            text.append(text(n));
        }
        return text.toString();
    }
}
