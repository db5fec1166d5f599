package dev.threadpools.claims;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * {@code docs/claims.tsv}: one row per claim of the two seeds (J1 to J100, P1 to P15), tab separated,
 * with a header row. {@code modules} lists the lesson numbers ({@code 01, 05}) whose tables show the
 * claim; {@code seed} is the seed file and passage; {@code reason} one line; {@code see} Markdown
 * links (paths from the repository root) to evidence that is not bound in code: figures, charts.
 */
final class Rows {

    static final String TSV = "docs/claims.tsv";
    static final List<String> COLUMNS =
            List.of("id", "modules", "seed", "verdict", "evidence", "claim", "reason", "see");

    enum Verdict {
        HOLDS_WITH_A_CAVEAT("holds with a caveat"), HOLDS("holds"), WRONG("wrong"), OUTDATED("outdated"),
        UNPROVEN("unproven");

        final String text;

        Verdict(String text) {
            this.text = text;
        }
    }

    enum Evidence {
        TEST("test", "proven by tests"), MEASURED("measured", "measured"),
        CHECKED_BY_HAND("checked by hand", "checked by hand"),
        CANNOT_BE_RUN_HERE("cannot be run here", "that cannot be run here");

        final String text;
        /** As the ledger counts them: "12 measured". */
        final String counted;

        Evidence(String text, String counted) {
            this.text = text;
            this.counted = counted;
        }

        /** "cannot be run here" must say why after a colon; the others carry no note. */
        static Evidence of(String field) {
            String kind = field.split(":", 2)[0];
            return Stream.of(values())
                    .filter(e -> e.text.equals(kind) && (e == CANNOT_BE_RUN_HERE) == field.contains(":"))
                    .findFirst().orElse(null);
        }
    }

    /** A claim; {@code verdict} or {@code evidence} is null when the field is none of the known ones. */
    record Row(String id, List<String> modules, String seed, Verdict verdict, String evidenceField,
               Evidence evidence, String claim, String reason, String see) {
    }

    private Rows() {
    }

    /** The rows in file order; a malformed one is reported and, where it can be shown, kept. */
    static List<Row> read(Path root, List<String> problems) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(TSV));
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            problems.add(TSV + ":1: the header must be " + String.join(" TAB ", COLUMNS));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String where = TSV + ":" + (i + 1) + ": ";
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != COLUMNS.size()) {
                problems.add(where + f.length + " fields, expected " + COLUMNS.size());
                continue;
            }
            Verdict verdict = Stream.of(Verdict.values()).filter(v -> v.text.equals(f[3])).findFirst().orElse(null);
            Evidence evidence = Evidence.of(f[4]);
            List<String> modules = List.of(f[1].split(",\\s*"));
            if (!f[0].matches("[JP][1-9][0-9]*")) {
                problems.add(where + "'" + f[0] + "' is not a claim ID (J1, P15, ...)");
            }
            if (verdict == null) {
                problems.add(where + "verdict '" + f[3]
                        + "' is none of holds, holds with a caveat, wrong, outdated, unproven");
            }
            if (evidence == null) {
                problems.add(where + "evidence '" + f[4]
                        + "' is none of test, measured, checked by hand, cannot be run here: <why>");
            }
            if (!modules.stream().allMatch(m -> m.matches("\\d\\d"))) {
                problems.add(where + "modules '" + f[1] + "' must be lesson numbers, like 01, 05");
            }
            if (f[2].isBlank() || f[5].isBlank()) {
                problems.add(where + "every claim names its seed passage and says what it claims");
            }
            rows.add(new Row(f[0], modules, f[2], verdict, f[4], evidence, f[5], f[6], f[7]));
        }
        return rows;
    }
}
