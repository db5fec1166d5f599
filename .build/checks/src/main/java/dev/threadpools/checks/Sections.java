package dev.threadpools.checks;

import java.io.IOException;
import java.nio.file.*;
import java.util.*;
import org.commonmark.node.*;

/**
 * Every module README ({@code NN-name/README.md}) opens with the title {@code # NN · } and has the
 * level-2 sections that CONTRIBUTING.md lists under "The module README", in that order and no other.
 * The list is read from CONTRIBUTING.md itself (the bold words that start its numbered items), so the
 * two cannot drift apart; an item whose bold words are followed by "(where" is optional.
 */
final class Sections {

    record Section(String name, boolean optional) { }

    static List<String> check(Path root) throws IOException {
        List<Section> order = order(root);
        List<String> names = order.stream().map(Section::name).toList();
        if (order.size() < 3) {
            return List.of("CONTRIBUTING.md: no numbered list of sections in bold under \"## The module README\"");
        }
        List<String> wrong = new ArrayList<>();
        for (Path readme : Checks.pages(root).stream()
                .filter(p -> root.relativize(p).toString().matches("\\d\\d-[^/]+/README\\.md")).toList()) {
            String file = root.relativize(readme).toString();
            List<Heading> headings = Checks.find(Checks.parse(readme), Heading.class);
            String title = "# " + file.substring(0, 2) + " · ";
            if (headings.isEmpty() || headings.get(0).getLevel() != 1
                    || !("# " + Checks.text(headings.get(0))).startsWith(title)) {
                wrong.add(file + ":1: the page must open with its title, \"" + title + "...\"");
            }
            List<Heading> sections = headings.stream().filter(h -> h.getLevel() == 2).toList();
            List<String> present = sections.stream().map(Checks::text).toList();
            int next = 0; // sections before this one in the order are behind us
            for (Heading heading : sections) {
                int at = names.indexOf(Checks.text(heading));
                String where = file + ":" + Checks.line(heading) + ": ## " + Checks.text(heading);
                if (at < 0) {
                    wrong.add(where + ": not a section of a module README");
                } else if (at < next) {
                    wrong.add(where + ": out of order, it comes before ## " + names.get(next - 1));
                } else {
                    next = at + 1;
                }
            }
            order.stream().filter(s -> !s.optional() && !present.contains(s.name()))
                    .forEach(s -> wrong.add(file + ": ## " + s.name() + " is missing"));
        }
        return wrong;
    }

    /** The sections of a module README, read from the numbered list in CONTRIBUTING.md. */
    static List<Section> order(Path root) throws IOException {
        Node node = Checks.find(Checks.parse(root.resolve("CONTRIBUTING.md")), Heading.class).stream()
                .filter(h -> h.getLevel() == 2 && Checks.text(h).equals("The module README"))
                .findFirst().map(Node::getNext).orElse(null);
        while (node != null && !(node instanceof OrderedList) && !(node instanceof Heading)) {
            node = node.getNext();
        }
        List<Section> order = new ArrayList<>();
        for (ListItem item : node instanceof OrderedList ? Checks.find(node, ListItem.class) : List.<ListItem>of()) {
            if (item.getFirstChild().getFirstChild() instanceof StrongEmphasis bold) {
                String after = bold.getNext() == null ? "" : Checks.text(bold.getNext());
                order.add(new Section(Checks.text(bold), after.startsWith(" (where")));
            }
        }
        return order;
    }
}
