package dev.threadpools.claims;

import dev.threadpools.claims.Bindings.Binding;
import dev.threadpools.claims.Rows.Evidence;
import dev.threadpools.claims.Rows.Row;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import javax.xml.parsers.*;
import org.w3c.dom.*;

/**
 * After {@code ./mvnw verify}: reads every module's surefire reports, prints how many tests ran and how
 * many claims tests proved in this build, and reports each claim whose evidence is a test but that no
 * bound test proved: one that ran and passed (a skipped test proves nothing).
 */
final class Results {

    /** One test method's outcome over its invocations (a repeated or parameterized test runs several). */
    record Outcome(int run, int failed, int skipped) {
        static final Outcome NONE = new Outcome(0, 0, 0);

        Outcome plus(Outcome o) {
            return new Outcome(run + o.run, failed + o.failed, skipped + o.skipped);
        }

        boolean passed() {
            return failed == 0 && run > skipped;
        }

        static String describe(Outcome o) {
            return o == null ? "did not run" : o.failed > 0 ? "failed" : o.run == o.skipped ? "skipped" : "passed";
        }
    }

    private Results() {
    }

    static void report(Claims claims, PrintStream out) throws Exception {
        Map<String, Outcome> byMethod = new TreeMap<>(); // "Class.method", as Binding.label() names it
        Map<String, Integer> runPerModule = new TreeMap<>();
        Outcome total = Outcome.NONE;
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (Path report : reports(claims.root)) {
            NodeList testcases = xml.parse(report.toFile()).getElementsByTagName("testcase");
            for (int i = 0; i < testcases.getLength(); i++) {
                Element testcase = (Element) testcases.item(i);
                boolean failed = has(testcase, "failure") || has(testcase, "error");
                Outcome o = new Outcome(1, failed ? 1 : 0, has(testcase, "skipped") ? 1 : 0);
                // pkg.Outer$Nested -> Outer; "method(Kind)[2]" or "method()" -> method
                String type = testcase.getAttribute("classname").replaceFirst("^.*\\.", "").replaceFirst("\\$.*", "");
                String method = testcase.getAttribute("name").replaceFirst("[(\\[].*", "");
                byMethod.merge(type + "." + method, o, Outcome::plus);
                String module = claims.root.relativize(report).getName(0).toString().substring(0, 2);
                runPerModule.merge(module, 1, Integer::sum);
                total = total.plus(o);
            }
        }
        if (runPerModule.isEmpty()) {
            claims.problems.add("no surefire reports under */target/surefire-reports: run ./mvnw verify first");
            return;
        }
        int proven = 0;
        for (Row r : claims.rows) {
            List<Binding> tests = claims.testsOf.getOrDefault(r.id(), List.of());
            if (r.evidence() != Evidence.TEST || tests.isEmpty()) {
                continue; // a test claim without tests is a problem of the tables, reported already
            }
            if (tests.stream().map(b -> byMethod.get(b.label())).anyMatch(o -> o != null && o.passed())) {
                proven++;
            } else {
                Map<String, Long> outcomes = tests.stream().collect(Collectors.groupingBy(
                        b -> Outcome.describe(byMethod.get(b.label())), TreeMap::new, Collectors.counting()));
                claims.problems.add("not proven in this build: " + r.id() + ": none of its " + tests.size()
                        + " bound test(s) passed (" + outcomes.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")");
            }
        }
        Map<Evidence, Long> kinds = new EnumMap<>(Evidence.class);
        claims.rows.stream().filter(r -> r.evidence() != null).forEach(r -> kinds.merge(r.evidence(), 1L, Long::sum));
        out.println("Tests: " + total.run + " run, " + total.failed + " failed, " + total.skipped + " skipped ("
                + runPerModule.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ")) + ").");
        out.println("Claims: " + claims.rows.size() + ". Resting on tests: " + kinds.getOrDefault(Evidence.TEST, 0L)
                + ", of which " + proven + " proven by tests that passed in this build.");
        out.println("        Measured: " + kinds.getOrDefault(Evidence.MEASURED, 0L) + "; checked by hand: "
                + kinds.getOrDefault(Evidence.CHECKED_BY_HAND, 0L) + "; cannot be run here: "
                + kinds.getOrDefault(Evidence.CANNOT_BE_RUN_HERE, 0L) + " (see " + Tables.LEDGER + ").");
    }

    /**
     * The lessons' surefire reports. Exercise tests are not part of ./mvnw verify: a report of one is
     * left over from a learner's -Dtest run and says nothing about this build.
     */
    private static List<Path> reports(Path root) throws IOException {
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path dir : modules.filter(d -> d.getFileName().toString().matches("\\d\\d-.*")).sorted().toList()) {
                Path folder = dir.resolve("target/surefire-reports");
                try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
                    files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")
                            && !p.getFileName().toString().matches(".*\\.Exercise\\d+_\\w+Test\\.xml"))
                            .sorted().forEach(reports::add);
                }
            }
        }
        return reports;
    }

    private static boolean has(Element testcase, String child) {
        return testcase.getElementsByTagName(child).getLength() > 0;
    }
}
