package dev.threadpools.claims;

import dev.threadpools.claims.Bindings.Binding;
import dev.threadpools.claims.Bindings.Where;
import dev.threadpools.claims.Rows.Evidence;
import dev.threadpools.claims.Rows.Row;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.commonmark.node.*;

/**
 * Every verdict table of the course, generated from one source, and the claims a build proved.
 *
 * <p>The source is {@code docs/claims.tsv} (see {@link Rows}) and the {@code @Claim} annotations of
 * the sources (see {@link Bindings}). The generator writes the claims ledger, each module README's
 * table between its markers, and the cheat sheet's verdict and proof cells (see {@link Tables}).
 *
 * <p>What it checks: every row is well formed and every ID appears once; every {@code @Claim} names a
 * claim that exists and sits where it may; every claim whose evidence is {@code test} has at least one
 * bound test, and a claim with bound tests says {@code test}; every {@code measured} claim has at least
 * one bound benchmark or demo; no {@code see} cell links a file bound to the same claim (the tables
 * link it already); every cheat-sheet ID exists; and, for {@code check}, every generated file equals
 * what is committed. {@code results} and {@code summary} add the claims no passing test proved in the
 * last build (see {@link Results}).
 *
 * <p>Arguments: the repository root and one job: {@code write}, {@code check}, {@code results}, or
 * {@code summary}, the end of {@code ./mvnw verify}. The summary is the report of {@code results} with
 * its problems printed as notes, so that it never fails a learner's build; its last argument is
 * Maven's list of the modules named with {@code -pl}, and when there are some it prints nothing, as it
 * would count only theirs. A problem ends with status 1, a usage error with status 2.
 */
public final class Claims {

    static final String USAGE = "usage: ./mvnw -q -pl .build/claims compile -Dclaims=write|check|results";

    final Path root;
    final List<String> problems = new ArrayList<>();
    final List<Row> rows;
    final Map<String, Row> byId = new LinkedHashMap<>();
    /** The tests bound to each claim, and the benchmarks and demos, by ID. */
    final Map<String, List<Binding>> testsOf = new TreeMap<>();
    final Map<String, List<Binding>> measurementsOf = new TreeMap<>();
    private final List<Binding> bindings;

    /** Reads the claims and their bindings, and checks the rules that join the two. */
    Claims(Path root) throws Exception {
        this.root = root;
        rows = Rows.read(root, problems);
        rows.stream().filter(r -> byId.putIfAbsent(r.id(), r) != null)
                .forEach(r -> problems.add(Rows.TSV + ": " + r.id() + " appears twice"));
        bindings = Bindings.read(root, byId.keySet(), problems);
        for (Binding b : bindings) {
            Map<String, List<Binding>> of = b.where() == Where.TEST ? testsOf : measurementsOf;
            b.ids().forEach(id -> of.computeIfAbsent(id, k -> new ArrayList<>()).add(b));
        }
        for (Row r : rows) {
            String claim = Rows.TSV + ": " + r.id();
            String annotation = "@Claim(\"" + r.id() + "\")";
            boolean tested = testsOf.containsKey(r.id());
            if (r.evidence() == Evidence.TEST && !tested) {
                problems.add(claim + " rests on a test, but no test method carries " + annotation);
            } else if (r.evidence() != null && r.evidence() != Evidence.TEST && tested) {
                problems.add(claim + " has bound tests, so its evidence is 'test', not '" + r.evidence().text + "'");
            }
            if (r.evidence() == Evidence.MEASURED && !measurementsOf.containsKey(r.id())) {
                problems.add(claim + " is measured, but no benchmark or demo carries " + annotation);
            }
            // One fact, one place: code bound to the claim is linked by the generator, not by hand.
            for (Link link : Tables.links(r.see())) {
                Path target = root.resolve(link.getDestination().replaceFirst("#.*", "")).normalize();
                if (boundTo(r.id()).stream().anyMatch(b -> b.file().equals(target))) {
                    problems.add(claim + " links " + link.getDestination() + " under 'see', which carries " + annotation
                            + ": the tables link it already");
                }
            }
        }
    }

    /** The tests bound to a claim, then its benchmarks and demos. */
    List<Binding> boundTo(String id) {
        return Stream.concat(testsOf.getOrDefault(id, List.of()).stream(),
                measurementsOf.getOrDefault(id, List.of()).stream()).toList();
    }

    public static void main(String[] args) throws Exception {
        String job = args.length > 1 ? args[1] : "";
        String selected = args.length > 2 ? String.join("", List.of(args).subList(2, args.length)) : "";
        if (!List.of("write", "check", "results", "summary").contains(job)
                || !job.equals("summary") && args.length > 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        if (!selected.replaceAll("[\\[\\], ]", "").isEmpty()) {
            return; // the summary of a run with -pl: the reports of the modules it named are not the build's
        }
        Claims claims = new Claims(Path.of(args[0]).toAbsolutePath().normalize());
        if (job.equals("summary")) {
            Results.report(claims, System.out);
            claims.problems.forEach(p -> System.out.println("  note: " + p));
            return;
        }
        if (job.equals("results")) {
            Results.report(claims, System.out);
        } else {
            claims.writeOrCheck(job.equals("check") ? Mode.CHECK : Mode.WRITE, System.out);
        }
        if (!claims.problems.isEmpty()) {
            System.err.println(claims.problems.size() + " problem(s) with the claims:");
            claims.problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
    }

    /** What {@link #writeOrCheck} does with a generated file that differs from the committed one. */
    enum Mode {
        /** Writes it. */
        WRITE,
        /** Reports it as a problem and changes nothing. */
        CHECK
    }

    /** Writes every generated file that differs from the committed one, or reports it ({@link Mode}). */
    void writeOrCheck(Mode mode, PrintStream out) throws Exception {
        boolean check = mode == Mode.CHECK;
        int rewritten = 0;
        for (Map.Entry<Path, String> file : new Tables(this).generate().entrySet()) {
            String committed = Files.exists(file.getKey()) ? Files.readString(file.getKey()) : "";
            if (committed.equals(file.getValue())) {
                continue;
            }
            if (check) {
                problems.add(root.relativize(file.getKey()) + " differs from what the generator makes; run: "
                        + Tables.WRITE);
            } else {
                Files.writeString(file.getKey(), file.getValue());
                rewritten++;
            }
        }
        if (problems.isEmpty()) {
            out.println(summary() + (check ? "; every table is up to date."
                    : "; " + rewritten + " file(s) rewritten."));
        }
    }

    private String summary() {
        Map<Evidence, Long> kinds = new EnumMap<>(Evidence.class);
        rows.stream().filter(r -> r.evidence() != null).forEach(r -> kinds.merge(r.evidence(), 1L, Long::sum));
        return rows.size() + " claims (" + kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().text)
                .collect(Collectors.joining(", ")) + "), @Claim on "
                + bindings.stream().filter(b -> b.where() == Where.TEST).count() + " test methods and "
                + bindings.stream().filter(b -> b.where() == Where.LESSON_CODE).count()
                + " benchmarks, benchmark methods or demos";
    }
}
