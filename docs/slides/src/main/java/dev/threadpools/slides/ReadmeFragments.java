package dev.threadpools.slides;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads every module README and writes the AsciiDoc fragments that the hand-written decks and the
 * handout include: one fact, one place. A figure, a verdict or a command on a slide is the one in the
 * README, read at build time, never retyped.
 *
 * <p>For module {@code NN} it writes, under {@code <out>/NN/}:
 * <ul>
 *   <li>{@code title.adoc}: the deck's header ({@code = NN · Title}) and the level line;</li>
 *   <li>{@code demo-NN.adoc}: a demo's idea and command, for a "live" slide;</li>
 *   <li>{@code learn.adoc}: the "What you will learn" slide;</li>
 *   <li>{@code diagrams.adoc}: a slide per Mermaid diagram of the lesson, with its source;</li>
 *   <li>{@code demos.adoc}, {@code seed.adoc}, {@code exercises.adoc}: the README's tables as slides,
 *       split so that each slide holds what a projector shows legibly;</li>
 *   <li>{@code handout.adoc}: the module's part of the handout (commands, exercises, key facts).</li>
 * </ul>
 * and {@code <out>/day-commands.adoc}, the handout's first page, from the workshop guide.
 * The README's shape is fixed by CONTRIBUTING.md and checked by CI; a README without one of the
 * sections read here stops the build with its name.
 */
public final class ReadmeFragments {

    static final String LEARN = "What you will learn";
    static final String LESSON = "The lesson";
    static final String DEMOS = "Demos";
    static final String SEED = "What the seed says, checked";
    /** The slides' title for the claims that are not plain "holds" (see {@code arguments()}). */
    static final String ARGUMENTS = "Arguments this lesson settles";
    static final String EXERCISES = "Exercises";
    /** The handout's first page: the table of the workshop guide's section of that name. */
    static final String WORKSHOP_GUIDE = "docs/workshop.md";
    static final String DAY_COMMANDS = "The day's commands";

    /** Rows per slide: a projector at 1280x800 shows this many long rows legibly. */
    private static final int DEMO_ROWS_PER_SLIDE = 5;
    private static final int SEED_ROWS_PER_SLIDE = 4;

    private ReadmeFragments() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReadmeFragments <repository root> <output directory>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> modules;
        try (Stream<Path> children = Files.list(root)) {
            modules = children.filter(dir -> dir.getFileName().toString().matches("\\d\\d-.+"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("README.md")))
                    .sorted()
                    .toList();
        }
        if (modules.isEmpty()) {
            throw new IllegalStateException("no module README under " + root.toAbsolutePath());
        }
        for (Path module : modules) {
            Readme readme = Readme.parse(Files.readString(module.resolve("README.md")),
                    module.getFileName().toString());
            write(out.resolve(readme.number()), readme);
        }
        Files.writeString(out.resolve("day-commands.adoc"),
                firstTable(Files.readString(root.resolve(WORKSHOP_GUIDE)), DAY_COMMANDS, "3,5"));
    }

    /**
     * The first table under the {@code ## section} heading of a Markdown page, as an AsciiDoc table
     * with the given column widths. A page without it stops the build with the section's name.
     */
    static String firstTable(String markdown, String section, String cols) {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        boolean inSection = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                inSection = plainText(heading).equals(section);
            } else if (node instanceof TableBlock table && inSection) {
                List<List<String>> rows = rows(table);
                return Readme.table(rows.get(0), rows.subList(1, rows.size()), cols);
            }
        }
        throw new IllegalStateException("no table under '## " + section + "'");
    }

    static void write(Path dir, Readme readme) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("title.adoc"), readme.titleSlide());
        for (String nn : readme.demoNumbers()) {
            Files.writeString(dir.resolve("demo-" + nn + ".adoc"), readme.demo(nn));
        }
        Files.writeString(dir.resolve("learn.adoc"), readme.learnSlide());
        Files.writeString(dir.resolve("diagrams.adoc"), readme.diagramSlides());
        Files.writeString(dir.resolve("demos.adoc"), readme.demoSlides());
        Files.writeString(dir.resolve("seed.adoc"), readme.seedSlides());
        Files.writeString(dir.resolve("exercises.adoc"), readme.exerciseSlides());
        Files.writeString(dir.resolve("handout.adoc"), readme.handout());
    }

    /** What the decks and the handout take from one README, already rendered as AsciiDoc. */
    record Readme(String number, String title, String level, List<String> learn, List<Diagram> diagrams,
            List<List<String>> demos, List<List<String>> seed, List<List<String>> exercises) {

        record Diagram(String heading, String source) {
        }

        static Readme parse(String markdown, String moduleName) {
            Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
            String number = null;
            String title = null;
            String level = null;
            List<String> learn = null;
            List<Diagram> diagrams = new ArrayList<>();
            List<List<String>> demos = null;
            List<List<String>> seed = null;
            List<List<String>> exercises = null;
            String section = "";
            String subsection = "";
            String pattern = null; // the command above a table of demos or exercises, with NN for a row's number
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Heading heading) {
                    String text = plainText(heading);
                    if (heading.getLevel() == 1) {
                        String[] parts = text.split(" · ", 2);
                        if (parts.length != 2) {
                            throw new IllegalStateException(moduleName + ": title is not '# NN · Title': " + text);
                        }
                        number = parts[0].strip();
                        title = parts[1].strip();
                    } else if (heading.getLevel() == 2) {
                        section = text;
                        subsection = "";
                    } else if (heading.getLevel() == 3) {
                        subsection = inline(heading);
                    }
                } else if (node instanceof Paragraph paragraph && title != null && level == null) {
                    level = inline(paragraph);
                } else if (node instanceof Paragraph paragraph && (section.equals(DEMOS) || section.equals(EXERCISES))) {
                    for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
                        if (inline instanceof Code code && code.getLiteral().contains("=NN")) {
                            pattern = code.getLiteral();
                        }
                    }
                } else if (node instanceof BulletList list && section.equals(LEARN) && learn == null) {
                    learn = new ArrayList<>();
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        learn.add(inline(((ListItem) item).getFirstChild()));
                    }
                } else if (node instanceof FencedCodeBlock code && section.equals(LESSON)
                        && "mermaid".equals(code.getInfo().strip())) {
                    diagrams.add(new Diagram(subsection.isEmpty() ? title : subsection, code.getLiteral()));
                } else if (node instanceof TableBlock table) {
                    switch (section) {
                        case DEMOS -> demos = demos == null ? withCommands(rows(table), pattern) : demos;
                        case SEED -> seed = seed == null ? rows(table) : seed;
                        case EXERCISES -> exercises = exercises == null ? withCommands(rows(table), pattern) : exercises;
                        default -> { }
                    }
                }
            }
            require(number, moduleName, "a '# NN · Title' heading");
            require(level, moduleName, "the level line under the title");
            require(learn, moduleName, "a list under '## " + LEARN + "'");
            require(demos, moduleName, "a table under '## " + DEMOS + "'");
            require(seed, moduleName, "a table under '## " + SEED + "'");
            require(exercises, moduleName, "a table under '## " + EXERCISES + "'");
            return new Readme(number, title, level, learn, diagrams, demos, seed, exercises);
        }

        private static void require(Object part, String moduleName, String what) {
            if (part == null) {
                throw new IllegalStateException(moduleName + "/README.md lacks " + what);
            }
        }

        /**
         * The deck's header and title slide: {@code = NN · Title}, then the level line. Included as the
         * first line of a deck, so that it is the document's header.
         */
        String titleSlide() {
            return "= " + number + " · " + title + "\n\n[.level]\n" + level.replace("\n", " ") + "\n";
        }

        /**
         * Demo {@code nn}'s idea and command, for a hand-written "live" slide that names the demo without
         * retyping its command.
         */
        String demo(String nn) {
            for (List<String> demo : demos.subList(1, demos.size())) {
                if (digits(demo.get(0)).equals(nn)) {
                    return demo.get(1) + "\n\n" + demo.get(2) + "\n";
                }
            }
            throw new IllegalArgumentException("no demo " + nn);
        }

        List<String> demoNumbers() {
            return demos.subList(1, demos.size()).stream().map(demo -> digits(demo.get(0))).toList();
        }

        /**
         * A table of numbers and ideas under one command pattern ({@code -Ddemo=NN} above it), with
         * each row's own command added as the last column: a slide shows the command to type.
         */
        private static List<List<String>> withCommands(List<List<String>> rows, String pattern) {
            if (pattern == null || rows.get(0).size() != 2) {
                return rows;
            }
            List<List<String>> withCommands = new ArrayList<>();
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>(row);
                cells.add(withCommands.isEmpty() ? passThrough("Command")
                        : "``" + passThrough(pattern.replace("NN", digits(row.get(0)))) + "``");
                withCommands.add(cells);
            }
            return withCommands;
        }

        /** The NN of a table's first column ({@code pass:c[02]}), for an attribute's name. */
        private static String digits(String cell) {
            String nn = cell.replaceAll("[^0-9]", "");
            if (nn.isEmpty()) {
                throw new IllegalStateException("a table row without a number: " + cell);
            }
            return nn;
        }

        String learnSlide() {
            StringBuilder adoc = new StringBuilder("== " + LEARN + "\n\n");
            learn.forEach(item -> adoc.append("* ").append(item).append('\n'));
            return adoc.append('\n').toString();
        }

        String diagramSlides() {
            StringBuilder adoc = new StringBuilder();
            for (Diagram diagram : diagrams) {
                adoc.append("== ").append(diagram.heading()).append(" (diagram)\n\n")
                        .append("[.diagram]\n[source,mermaid]\n----\n")
                        .append(diagram.source())
                        .append("----\n\n");
            }
            return adoc.toString();
        }

        String demoSlides() {
            return tableSlides(DEMOS, demos, DEMO_ROWS_PER_SLIDE, "1,6,8");
        }

        String seedSlides() {
            return tableSlides(ARGUMENTS, arguments(), SEED_ROWS_PER_SLIDE, "1,4,6,4");
        }

        /**
         * The claims a room argues about: every row of the README's table whose verdict is not a
         * plain "holds", in the columns a slide or a page has room for (#, claim, verdict, and the
         * first proof).
         * The claims that hold as stated, and where in the seed each claim stands, stay in the
         * README, which the deck and the handout point to.
         */
        List<List<String>> arguments() {
            List<String> header = seed.get(0);
            List<Integer> kept = new ArrayList<>();
            int verdict = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = plain(header.get(i));
                if (!name.equals("Seed")) {
                    kept.add(i);
                }
                if (name.equals("Verdict")) {
                    verdict = i;
                }
            }
            if (verdict < 0) {
                throw new IllegalStateException(number + ": the claims table has no Verdict column");
            }
            int proof = header.stream().map(Readme::plain).toList().indexOf("Proof");
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row : seed) {
                String v = plain(row.get(verdict));
                boolean holdsAsStated = v.startsWith("holds") && !v.startsWith("holds with");
                if (row == seed.get(0)) {
                    rows.add(kept.stream().map(row::get).toList());
                } else if (!holdsAsStated) {
                    // The name of the first proof; the README lists them all.
                    List<String> cells = new ArrayList<>(row);
                    cells.set(proof, row.get(proof).split("pass:c\\[, \\]", 2)[0]);
                    rows.add(kept.stream().map(cells::get).toList());
                }
            }
            return rows;
        }

        /**
         * {@link #arguments()} for a printed page: each verdict cut to its word ("wrong", "holds with
         * a caveat"), so that a module fits one or two pages.
         */
        List<List<String>> keyFacts() {
            List<List<String>> rows = arguments();
            List<String> names = rows.get(0).stream().map(ReadmeFragments.Readme::plain).toList();
            int verdict = names.indexOf("Verdict");
            List<List<String>> facts = new ArrayList<>();
            for (List<String> row : rows) {
                List<String> fact = new ArrayList<>(row);
                if (row != rows.get(0)) {
                    fact.set(verdict, "pass:c[" + plain(row.get(verdict)).split(":", 2)[0].strip() + "]");
                }
                facts.add(fact);
            }
            return facts;
        }

        /** A cell's words without AsciiDoc's passthrough and emphasis marks. */
        private static String plain(String cell) {
            return cell.replaceAll("pass:c\\[(.*?)\\]", "$1").replaceAll("[*_`]", "").strip();
        }

        String exerciseSlides() {
            return tableSlides(EXERCISES, exercises, DEMO_ROWS_PER_SLIDE, "1,6,6");
        }

        String handout() {
            return "== " + number + " · " + title + "\n\n"
                    + level.replace("\n", " ") + "\n\n"
                    + "=== Demos\n\n" + table(demos.get(0), demos.subList(1, demos.size()), "1,6,7")
                    + "=== Exercises\n\n" + table(exercises.get(0), exercises.subList(1, exercises.size()), "1,6,7")
                    + "=== Key facts: the arguments this lesson settles (the reasons are in the README)\n\n"
                    + table(keyFacts().get(0), keyFacts().subList(1, keyFacts().size()), "1,6,2,4");
        }

        /** {@code rows} starts with the header row; each slide repeats it. */
        private static String tableSlides(String heading, List<List<String>> rows, int perSlide, String cols) {
            List<String> header = rows.get(0);
            List<List<String>> body = rows.subList(1, rows.size());
            int slides = Math.max(1, (body.size() + perSlide - 1) / perSlide);
            StringBuilder adoc = new StringBuilder();
            for (int slide = 0; slide < slides; slide++) {
                adoc.append("== ").append(heading);
                if (slides > 1) {
                    adoc.append(" (").append(slide + 1).append('/').append(slides).append(')');
                }
                adoc.append("\n\n[.table-slide]\n");
                adoc.append(table(header, body.subList(slide * perSlide, Math.min(body.size(), (slide + 1) * perSlide)),
                        cols));
            }
            return adoc.toString();
        }

        static String table(List<String> header, List<List<String>> body, String cols) {
            StringBuilder adoc = new StringBuilder("[cols=\"" + cols + "\",options=\"header\"]\n|===\n");
            adoc.append(row(header));
            body.forEach(row -> adoc.append(row(row)));
            return adoc.append("|===\n\n").toString();
        }

        private static String row(List<String> cells) {
            StringBuilder adoc = new StringBuilder();
            cells.forEach(cell -> adoc.append("|").append(cell.replace("|", "\\|")).append(' '));
            return adoc.append('\n').toString();
        }
    }

    /** The table's rows, header first, each cell rendered as inline AsciiDoc. */
    private static List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(inline((TableCell) cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * The children of {@code parent} as inline AsciiDoc. Text goes through {@code pass:c[]}, so that no
     * character of the README's prose is read as AsciiDoc markup; a link keeps only its text (the
     * README's links are relative to the module, and on a slide the proof's name is what counts).
     */
    static String inline(Node parent) {
        StringBuilder adoc = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                adoc.append(passThrough(text.getLiteral()));
            } else if (node instanceof Code code) {
                adoc.append("``").append(passThrough(code.getLiteral())).append("``");
            } else if (node instanceof StrongEmphasis) {
                adoc.append("**").append(inline(node)).append("**");
            } else if (node instanceof Emphasis) {
                adoc.append("__").append(inline(node)).append("__");
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak
                    || node instanceof HtmlInline) {
                adoc.append(' ');
            } else {
                adoc.append(inline(node)); // a link, or any other container: its text
            }
        }
        return adoc.toString().strip();
    }

    private static String passThrough(String text) {
        return text.isEmpty() ? "" : "pass:c[" + text.replace("]", "\\]") + "]";
    }

    private static String plainText(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                text.append(plainText(node));
            }
        }
        return text.toString();
    }
}
