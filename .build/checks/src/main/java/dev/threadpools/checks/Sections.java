package dev.threadpools.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;

/**
 * Every module README ({@code NN-name/README.md}) opens with the title {@code # NN · } and has the
 * level-2 sections that CONTRIBUTING.md lists under "The module README", in that order and no other.
 * The list is read from CONTRIBUTING.md itself (the bold words that start its numbered items), so the
 * two cannot drift apart; an item whose bold words are followed by "(where" is optional.
 */
final class Sections {

    static final String LIST_HEADING = "The module README";

    /** A section as CONTRIBUTING.md lists it. */
    record Section(String name, boolean optional) {
    }

    private final Path root;

    Sections(Path root) {
        this.root = root;
    }

    List<String> check() throws IOException {
        List<Section> order = order();
        if (order.size() < 3) {
            return List.of("CONTRIBUTING.md: under \"## " + LIST_HEADING + "\" a numbered list of the sections"
                    + " in bold (**What you will learn**, ...) was expected; found " + order);
        }
        List<String> wrong = new ArrayList<>();
        List<Path> readmes;
        try (Stream<Path> dirs = Files.list(root)) {
            readmes = dirs.filter(d -> d.getFileName().toString().matches("\\d\\d-.+"))
                    .map(d -> d.resolve("README.md")).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path readme : readmes) {
            String file = root.relativize(readme).toString();
            List<Heading> headings = Markdown.find(Markdown.parse(readme), Heading.class);
            String title = "# " + file.substring(0, 2) + " · ";
            if (headings.isEmpty() || headings.get(0).getLevel() != 1
                    || !("# " + Markdown.text(headings.get(0))).startsWith(title)) {
                wrong.add(file + ":1: the page must open with its title, \"" + title + "...\"");
            }
            List<Heading> sections = headings.stream().filter(h -> h.getLevel() == 2).toList();
            List<String> present = sections.stream().map(Markdown::text).toList();
            int next = 0; // the first section of the order that may still come
            for (Heading h : sections) {
                String name = Markdown.text(h);
                int at = indexOf(order, name);
                if (at < 0) {
                    wrong.add(file + ":" + Markdown.line(h) + ": ## " + name + ": not a section of a module README");
                    continue;
                }
                if (at < next) {
                    wrong.add(file + ":" + Markdown.line(h) + ": ## " + name + ": out of order, it comes before ## "
                            + order.get(next - 1).name());
                    continue;
                }
                for (Section skipped : order.subList(next, at)) {
                    if (!skipped.optional() && !present.contains(skipped.name())) {
                        wrong.add(file + ": ## " + skipped.name() + " is missing (before ## " + name + ")");
                    }
                }
                next = at + 1;
            }
            order.subList(next, order.size()).stream().filter(s -> !s.optional() && !present.contains(s.name()))
                    .forEach(s -> wrong.add(file + ": ## " + s.name() + " is missing"));
        }
        return wrong;
    }

    /** The sections of a module README, read from the numbered list in CONTRIBUTING.md. */
    List<Section> order() throws IOException {
        List<Section> order = new ArrayList<>();
        Node node = Markdown.find(Markdown.parse(root.resolve("CONTRIBUTING.md")), Heading.class).stream()
                .filter(h -> h.getLevel() == 2 && Markdown.text(h).equals(LIST_HEADING))
                .findFirst().map(Node::getNext).orElse(null);
        while (node != null && !(node instanceof OrderedList) && !(node instanceof Heading)) {
            node = node.getNext();
        }
        for (ListItem item : node instanceof OrderedList ? Markdown.find(node, ListItem.class) : List.<ListItem>of()) {
            Node first = item.getFirstChild().getFirstChild();
            if (first instanceof StrongEmphasis bold) {
                String after = first.getNext() == null ? "" : Markdown.text(first.getNext());
                order.add(new Section(Markdown.text(bold), after.startsWith(" (where")));
            }
        }
        return order;
    }

    private static int indexOf(List<Section> order, String name) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
