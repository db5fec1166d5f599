import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails if a module README ({@code NN-name/README.md}) does not start with {@code # NN · } or does not
 * have the level-2 sections that CONTRIBUTING.md lists under "The module README", in that order. The
 * list is read from CONTRIBUTING.md itself (its numbered items in bold), so the two cannot drift
 * apart; an item that says "(where ...)" is optional. A section the list does not name fails too.
 *
 * <p>Run: {@code java .ci/CheckSections.java [root]} (JDK 17+; a single-file program, like
 * CheckLinks.java).
 */
public class CheckSections {

    private static final Pattern MODULE_DIR = Pattern.compile("(\\d\\d)-.+");
    private static final Pattern H2 = Pattern.compile("^##\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    /** An item of CONTRIBUTING.md's list: "2. **What you will learn**: ...", "8. **Figures** (where ...)". */
    private static final Pattern ITEM = Pattern.compile("^\\d+\\.\\s+\\*\\*(.+?)\\*\\*(\\s*\\(where)?");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> sections = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        readOrder(root.resolve("CONTRIBUTING.md"), sections, optional);
        if (sections.size() < 3) {
            System.err.println("CONTRIBUTING.md: found " + sections + " under \"## The module README\";"
                    + " expected its numbered list of sections in bold (**What you will learn**, ...)");
            System.exit(1);
        }
        List<Path> readmes;
        try (Stream<Path> dirs = Files.list(root)) {
            readmes = dirs.filter(d -> MODULE_DIR.matcher(d.getFileName().toString()).matches())
                    .map(d -> d.resolve("README.md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        List<String> wrong = new ArrayList<>();
        for (Path readme : readmes) {
            check(root, readme, sections, Set.copyOf(optional), wrong);
        }
        if (!wrong.isEmpty()) {
            System.err.println(wrong.size()
                    + " module README problem(s) (the order is in CONTRIBUTING.md, \"The module README\"):");
            wrong.forEach(w -> System.err.println("  " + w));
            System.exit(1);
        }
        System.out.println("All " + readmes.size() + " module READMEs have their title and the " + sections.size()
                + " sections of CONTRIBUTING.md in order.");
    }

    /** The bold items of the numbered list under "## The module README", in order. */
    private static void readOrder(Path contributing, List<String> sections, List<String> optional)
            throws IOException {
        boolean inSection = false;
        for (String line : Files.readAllLines(contributing)) {
            Matcher h2 = H2.matcher(line);
            if (h2.matches()) {
                inSection = h2.group(1).equals("The module README");
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (inSection && item.find()) {
                sections.add(item.group(1));
                if (item.group(2) != null) {
                    optional.add(item.group(1));
                }
            }
        }
    }

    private static void check(Path root, Path readme, List<String> expected, Set<String> optional,
            List<String> wrong) throws IOException {
        String file = root.relativize(readme).toString();
        String number = readme.getParent().getFileName().toString().substring(0, 2);
        List<String> lines = Files.readAllLines(readme);
        if (lines.isEmpty() || !lines.get(0).startsWith("# " + number + " · ")) {
            wrong.add(file + ":1: the first line must be the title, starting with \"# " + number + " · \"");
        }
        List<String> headings = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            if (FENCE.matcher(lines.get(i)).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher h2 = H2.matcher(lines.get(i));
            if (!inFence && h2.matches()) {
                headings.add(h2.group(1));
                lineNumbers.add(i + 1);
            }
        }
        List<String> known = new ArrayList<>();
        List<Integer> knownLines = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            if (expected.contains(headings.get(h))) {
                known.add(headings.get(h));
                knownLines.add(lineNumbers.get(h));
            } else {
                wrong.add(file + ":" + lineNumbers.get(h) + ": ## " + headings.get(h)
                        + ": not a section of a module README");
            }
        }
        for (String section : expected) {
            if (!known.contains(section) && !optional.contains(section)) {
                wrong.add(file + ": ## " + section + " is missing");
            }
        }
        List<String> inOrder = expected.stream().filter(known::contains).toList();
        if (!known.equals(inOrder)) {
            int first = 0;
            while (known.get(first).equals(inOrder.get(first))) {
                first++;
            }
            wrong.add(file + ":" + knownLines.get(first) + ": ## " + known.get(first) + ": out of order. Sections: "
                    + String.join(", ", known)
                    + "; expected: " + String.join(", ", inOrder));
        }
    }
}
