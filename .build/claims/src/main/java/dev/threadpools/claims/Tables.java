package dev.threadpools.claims;

import dev.threadpools.claims.Bindings.Binding;
import dev.threadpools.claims.Rows.Evidence;
import dev.threadpools.claims.Rows.Row;
import dev.threadpools.claims.Rows.Verdict;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.commonmark.ext.gfm.tables.*;
import org.commonmark.node.*;
import org.commonmark.parser.*;

/**
 * What the generator writes: the claims ledger, the table between the markers of each module README,
 * the verdict and proof cells of the cheat sheet's rows whose first cell lists claim IDs. Pages are
 * read with a Markdown parser; what they hold besides the generated parts is kept byte for byte.
 */
final class Tables {

    static final String LEDGER = "docs/claims-ledger.md";
    static final String CHEAT_SHEET = "docs/interview-cheat-sheet.md";
    static final String BEGIN = "<!-- claims:begin -->";
    static final String END = "<!-- claims:end -->";
    /** The command that writes the tables, as the generated pages name it. */
    static final String WRITE = "./mvnw -q -pl .build/claims compile -Dclaims=write";
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final Claims claims;

    Tables(Claims claims) {
        this.claims = claims;
    }

    /** Every generated file, with the text it must have. */
    Map<Path, String> generate() throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(claims.root.resolve(LEDGER), ledger());
        try (Stream<Path> dirs = Files.list(claims.root)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d\\d-.*")).sorted().toList()) {
                Path readme = dir.resolve("README.md");
                String module = dir.getFileName().toString().substring(0, 2);
                List<Row> rows = claims.rows.stream().filter(r -> r.modules().contains(module)).toList();
                files.put(readme, betweenMarkers(readme, moduleTable(readme, rows)));
            }
        }
        Path cheatSheet = claims.root.resolve(CHEAT_SHEET);
        files.put(cheatSheet, cheatSheet(cheatSheet));
        return files;
    }

    private String ledger() {
        Path page = claims.root.resolve(LEDGER);
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        claims.rows.stream().filter(r -> r.verdict() != null).forEach(r -> verdicts.merge(r.verdict(), 1L, Long::sum));
        StringBuilder s = new StringBuilder("""
                # Claims ledger

                Part of [threadpools](../README.md).

                Every claim of the two seeds, in seed order (the Java seed's as J1 to J100, the Python seed's as P1
                to P15), with the verdict this course reaches, the seed passage it comes from and the evidence that
                settles it; a claim the seed repeats gets a row each time. Generated: the claims are data in
                [claims.tsv](claims.tsv), a test declares the claim it proves with `@Claim("J17")` (so does the
                benchmark or demo behind a measured claim), and `%s`
                writes this page, every module's "What the seed says, checked" table and the verdict and proof
                columns of the [interview cheat sheet](interview-cheat-sheet.md) (see
                [CONTRIBUTING.md](../CONTRIBUTING.md#claims)). Edit a verdict there, never here. The Seed column
                names the seed file (`003`, the Java interview guide; `000`, the Python article; both in
                `../shared/seeds/` of the workspace the course was built in), the passage and its lines.

                """.formatted(WRITE));
        s.append("Verdicts: ").append(verdicts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().text).collect(Collectors.joining(", "))).append(".\n");
        s.append("Evidence: ").append(Stream.of(Evidence.values())
                .map(e -> claims.rows.stream().filter(r -> r.evidence() == e).count() + " " + e.counted)
                .collect(Collectors.joining(", "))).append(".\n\n");
        s.append("| # | Claim (paraphrased) | Seed | Verdict | Evidence | Proof | Module |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        for (Row r : claims.rows) {
            s.append(row(r.id(), r.claim(), r.seed(), verdict(r), r.evidenceField(),
                    String.join(", ", proof(page, r)), String.join(", ", r.modules())));
        }
        return s.toString();
    }

    private String moduleTable(Path page, List<Row> rows) {
        StringBuilder s = new StringBuilder("""
                Generated from [the claims ledger](../%s): to change a verdict,
                edit [claims.tsv](../%s) and run `%s`.
                J1 to J100 are the Java seed's claims (seed `003`), P1 to P15 the Python seed's (`000`);
                the Seed column names the passage and its lines.

                | # | Seed | Claim (paraphrased) | Verdict | Proof |
                |---|---|---|---|---|
                """.formatted(LEDGER, Rows.TSV, WRITE));
        for (Row r : rows) {
            s.append(row(r.id(), r.seed(), r.claim(), verdict(r), String.join(", ", proof(page, r))));
        }
        return s.toString();
    }

    /** The README with its lines between the two markers (HTML comments, each alone on its line) replaced. */
    private String betweenMarkers(Path readme, String table) throws IOException {
        String text = Files.readString(readme);
        int begin = -1;
        int end = -1;
        for (Node n = PARSER.parse(text).getFirstChild(); n != null; n = n.getNext()) {
            String html = n instanceof HtmlBlock h ? h.getLiteral().strip() : "";
            if (html.equals(BEGIN) && begin < 0) {
                begin = line(n);
            } else if (html.equals(END) && begin >= 0 && end < 0) {
                end = line(n);
            }
        }
        if (end < 0) {
            claims.problems.add(claims.root.relativize(readme) + ": no " + BEGIN + " ... " + END
                    + " in 'What the seed says, checked'");
            return text;
        }
        List<String> lines = List.of(text.split("\n", -1));
        return String.join("\n", lines.subList(0, begin + 1)) + "\n" + table
                + String.join("\n", lines.subList(end, lines.size()));
    }

    /** The cheat sheet, where every row that starts with claim IDs gets its verdict and proof cells (4th, 5th). */
    private String cheatSheet(Path page) throws IOException {
        String text = Files.readString(page);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (TableBlock table : find(PARSER.parse(text), TableBlock.class)) {
            int columns = find(find(table, TableHead.class).get(0), TableCell.class).size();
            for (TableRow row : find(table, TableRow.class)) {
                int line = line(row);
                String source = lines.get(line);
                List<String> cells = new ArrayList<>();
                int end = 0; // where the last cell written out ends
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    // A cell the row lacks is filled in by the parser, with no source; one too many is dropped.
                    SourceSpan span = cell.getSourceSpans().isEmpty() ? null : cell.getSourceSpans().get(0);
                    end = span == null ? source.length() : span.getColumnIndex() + span.getLength();
                    cells.add(span == null ? "" : source.substring(span.getColumnIndex(), end).strip());
                }
                if (!(row.getParent() instanceof TableBody) || !cells.get(0).matches("[JP]\\d+(, [JP]\\d+)*")) {
                    continue;
                }
                String where = CHEAT_SHEET + ":" + (line + 1) + ": ";
                List<Row> rows = new ArrayList<>();
                for (String id : cells.get(0).split(", ")) {
                    Row r = claims.byId.get(id);
                    if (r == null) {
                        claims.problems.add(where + id + " is not in " + Rows.TSV);
                    } else {
                        rows.add(r);
                    }
                }
                if (columns != 5 || !source.substring(end).strip().equals("|")) {
                    claims.problems.add(where + "a row with claim IDs has 5 cells: IDs, seed, answer, verdict, proof");
                    continue;
                }
                if (rows.isEmpty()) {
                    continue; // reported above
                }
                String verdicts = rows.size() == 1 ? bold(rows.get(0).verdict())
                        : rows.stream().map(r -> r.id() + ": " + bold(r.verdict())).collect(Collectors.joining("; "));
                List<String> proofs = rows.stream().flatMap(r -> proof(page, r).stream()).distinct().toList();
                cells.set(3, verdicts + " ([ledger](claims-ledger.md))");
                cells.set(4, String.join(", ", proofs));
                lines.set(line, row(cells.toArray(String[]::new)).strip());
            }
        }
        return String.join("\n", lines);
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String verdict(Row r) {
        return r.reason().isBlank() ? bold(r.verdict()) : bold(r.verdict()) + ": " + r.reason();
    }

    /** A verdict as the tables show it; one that is none of the known ones (reported) as "?". */
    private static String bold(Verdict verdict) {
        return "**" + (verdict == null ? "?" : verdict.text) + "**";
    }

    /** The code bound to the claim (tests first), then its 'see' cell; every link relative to the page. */
    private List<String> proof(Path page, Row r) {
        List<String> items = new ArrayList<>();
        for (Binding b : claims.boundTo(r.id())) {
            items.add("[`" + b.label() + "`](" + relative(page, slashes(claims.root.relativize(b.file()))) + ")");
        }
        if (!r.see().isBlank()) {
            StringBuilder see = new StringBuilder(r.see());
            List<Link> links = links(r.see());
            for (int i = links.size() - 1; i >= 0; i--) { // from the end, so that earlier positions stay valid
                String target = links.get(i).getDestination();
                SourceSpan span = links.get(i).getSourceSpans().get(0);
                int at = r.see().lastIndexOf("(" + target + ")", span.getInputIndex() + span.getLength()) + 1;
                if (at <= span.getInputIndex()) {
                    claims.problems.add(Rows.TSV + ": " + r.id() + ": write the link to " + target
                            + " as [text](path)");
                } else if (!target.matches("[a-zA-Z][a-zA-Z+.-]*:.*") && !target.startsWith("#")) {
                    see.replace(at, at + target.length(), relative(page, target));
                }
            }
            items.add(see.toString());
        }
        return items;
    }

    /** The links of a line of Markdown (a 'see' cell), in order. */
    static List<Link> links(String markdown) {
        return find(PARSER.parse(markdown), Link.class);
    }

    /** A path from the repository root, made relative to the page's folder; an anchor is kept. */
    private String relative(Path page, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash);
        return slashes(page.getParent().relativize(claims.root.resolve(path))) + anchor;
    }

    /** The 0-based line a block starts on. */
    private static int line(Node node) {
        return node.getSourceSpans().get(0).getLineIndex();
    }

    /** The nodes of a type under parent, in document order. */
    private static <T extends Node> List<T> find(Node parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
            found.addAll(find(n, type));
        }
        return found;
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
