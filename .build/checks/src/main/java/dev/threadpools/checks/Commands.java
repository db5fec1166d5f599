package dev.threadpools.checks;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;
import java.util.regex.Pattern;
import java.util.stream.*;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.*;
import org.commonmark.ext.gfm.tables.*;
import org.commonmark.node.*;
import org.w3c.dom.NodeList;

/**
 * Every command in a page names what the tree has (modules, profiles, properties, demos, exercises,
 * tests, benchmarks, stress tests, files), checked statically. How a page writes commands, NN and
 * {@code <placeholders>}: CONTRIBUTING.md, "Commands in a page, and their checks".
 */
final class Commands {
    /** The Maven flags and phases the pages use; anything else is more likely a typo than a need. */
    private static final Set<String> FLAGS_AND_PHASES = Set.of("-q", "-o", "-B", "-e", "-X", "-U", "-N",
            "clean", "compile", "test", "package", "verify", "install");
    /** A word as the shell splits a line: quoted parts keep their blanks and lose their quotes. */
    private static final Pattern WORD = Pattern.compile("(?:[^\\s'\"]+|'[^']*'|\"[^\"]*\")+");

    private final Path root;
    private final Set<String> modules;
    private final Set<String> profiles;
    private final Set<String> properties; // declared in a <properties> block, or a profile's switch
    int checked; // how many commands check() found: a check that finds none proves nothing

    Commands(Path root) throws Exception {
        this.root = root;
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve("pom.xml").toFile());
        modules = nodes(pom, "/project/modules/module").map(n -> n.getTextContent().strip()).collect(Collectors.toSet());
        profiles = nodes(pom, "/project/profiles/profile/id").map(n -> n.getTextContent().strip()).collect(Collectors.toSet());
        properties = properties(root.resolve("pom.xml"));
    }

    /** The properties a pom declares, and its profiles' switches. */
    private static Set<String> properties(Path file) throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        return Stream.concat(nodes(pom, "//properties/*").map(org.w3c.dom.Node::getNodeName),
                nodes(pom, "//activation/property/name").map(n -> n.getTextContent().strip())).collect(Collectors.toSet());
    }

    List<String> check() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path page : Checks.pages(root)) {
            Document document = Checks.parse(page);
            for (Code code : Checks.find(document, Code.class)) {
                check(page, Checks.line(code), code.getLiteral(), numbersAfter(code), problems);
            }
            for (FencedCodeBlock block : Checks.find(document, FencedCodeBlock.class)) {
                String[] lines = Set.of("", "sh").contains(block.getInfo().strip()) ? block.getLiteral().split("\n") : new String[0];
                for (int i = 0; i < lines.length; i++) {
                    check(page, Checks.line(block) + 1 + i, lines[i].split(" #")[0], List.of(), problems);
                }
            }
        }
        return problems;
    }

    /** Checks the commands of a code span or a line; numbers are what NN stands for there. */
    private void check(Path page, int line, String code, List<String> numbers, List<String> problems) throws Exception {
        for (String part : code.split("[;|&]")) {
            String command = part.strip().startsWith("do ") ? part.strip().substring(3) : part.strip();
            List<String> words = WORD.matcher(command).results().map(m -> m.group().replaceAll("['\"]", "")).toList();
            boolean interpreter = command.startsWith("java ") || command.startsWith("bash ");
            String program = words.isEmpty() ? "" : words.get(interpreter ? 1 : 0);
            if (!program.contains("/") || program.startsWith("../") || !interpreter && !command.startsWith(".")) {
                continue; // prose in code: `-Dargs=8`, `java SomeClass`, `src/main/java`, `../outside/this/clone`
            }
            checked++;
            List<String> found = !Files.exists(root.resolve(program)) ? List.of(program + ": no such file")
                    : program.equals("./mvnw") ? maven(words.subList(1, words.size()), numbers) : List.of();
            found.forEach(p -> problems.add(root.relativize(page) + ":" + line + ": " + command + ": " + p));
        }
    }

    private List<String> maven(List<String> args, List<String> numbers) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        List<String> activated = new ArrayList<>();
        Map<String, String> set = new HashMap<>(); // -Dname=value, "" for -Dname
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (word.equals("-pl") || word.equals("-f")) {
                String value = i + 1 < args.size() ? args.get(++i) : "";
                if (word.equals("-pl")) {
                    selected.addAll(List.of(value.split(",")));
                } else if (!Files.exists(root.resolve(value))) {
                    problems.add("-f " + value + ": no such file or folder");
                }
            } else if (word.startsWith("-D")) {
                set.put(word.substring(2).split("=", 2)[0], word.contains("=") ? word.substring(word.indexOf('=') + 1) : "");
            } else if (word.startsWith("-P")) {
                activated.addAll(List.of(word.substring(2).split(",")));
            } else if (!FLAGS_AND_PHASES.contains(word) && !word.contains(":")) {
                problems.add(word + ": not a phase, plugin:goal or option these pages use " + FLAGS_AND_PHASES);
            }
        }
        selected.stream().filter(m -> !m.startsWith("<") && !modules.contains(m))
                .forEach(m -> problems.add("-pl " + m + ": not a <module> of pom.xml"));
        activated.stream().filter(p -> !profiles.contains(p)).forEach(p -> problems.add("-P" + p + ": pom.xml has no such profile"));
        Set<String> declared = new HashSet<>(properties); // the parent pom's, and those of the modules selected
        for (String module : selected.stream().filter(modules::contains).toList()) {
            declared.addAll(properties(root.resolve(module).resolve("pom.xml")));
        }
        set.keySet().stream().filter(p -> !declared.contains(p))
                .forEach(p -> problems.add("-D" + p + ": pom.xml declares no such property or profile switch"));
        if ((set.containsKey("exercise") || set.containsKey("stubCheck")) && !activated.contains("exercises")) {
            problems.add("-Dexercise and -DstubCheck need -Pexercises");
        }
        boolean pattern = set.containsValue("NN");
        if (pattern && numbers.isEmpty() && selected.stream().anyMatch(modules::contains)) {
            problems.add("NN: no table headed NN follows to give its numbers");
        }
        for (String module : selected.stream().filter(modules::contains).toList()) {
            for (String number : pattern ? numbers : List.of("NN")) {
                Map<String, String> values = new HashMap<>(set);
                values.replaceAll((name, value) -> value.equals("NN") ? number : value);
                missing(module, values).forEach(m -> problems.add((pattern ? "NN = " + number + ": " : "") + m));
            }
        }
        return problems;
    }

    /** What the properties of a command name that a module lacks. */
    private List<String> missing(String module, Map<String, String> set) throws IOException {
        UnaryOperator<String> twoDigits = number -> number.length() == 1 ? "0" + number : number;
        List<String> missing = new ArrayList<>();
        Path dir = root.resolve(module);
        String demo = set.get("demo");
        String exercise = set.getOrDefault("exercise", "");
        if (demo != null && !has(dir.resolve("src/main/java"),
                name -> name.equals(demo) || name.startsWith("Demo" + twoDigits.apply(demo) + "_"))) {
            missing.add("-Ddemo=" + demo + ": " + module + " has no such demo");
        }
        Predicate<String> exerciseNN = name -> name.startsWith("Exercise" + twoDigits.apply(exercise) + "_");
        if (!exercise.isEmpty() && !(has(dir.resolve("src/test/java"), exerciseNN.and(name -> name.endsWith("Test")))
                && has(dir.resolve("src/exercises/java"), exerciseNN))) {
            missing.add("-Dexercise=" + exercise + ": " + module + " has no such exercise (stub and test)");
        }
        if (set.containsKey("test") && !has(dir.resolve("src/test/java"), set.get("test").split("#")[0]::equals)) {
            missing.add("-Dtest=" + set.get("test") + ": " + module + " has no such test class");
        }
        for (String tool : List.of("jmh", "jcstress")) {
            String include = set.get(tool + ".include");
            Path sources = dir.resolve("src/" + tool + "/java");
            if (set.containsKey(tool) && !Files.isDirectory(sources)) {
                missing.add("-D" + tool + ": " + module + " has no src/" + tool + "/java");
            } else if (include != null && !set.containsKey(tool)) {
                missing.add("-D" + tool + ".include needs -D" + tool);
            } else if (include != null && !include.startsWith("<") && !has(sources, Pattern.compile(include).asPredicate())) {
                missing.add("-D" + tool + ".include=" + include + ": matches no class in " + module + "/src/" + tool + "/java");
            }
        }
        return missing;
    }

    /** Whether a class under a source root has a name that matches. */
    private static boolean has(Path sources, Predicate<String> name) throws IOException {
        try (Stream<Path> files = Files.isDirectory(sources) ? Files.walk(sources) : Stream.empty()) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java"))
                    .anyMatch(f -> name.test(f.substring(0, f.length() - ".java".length())));
        }
    }

    /** The numbers NN stands for: the first column of the next table headed NN, before the next heading. */
    private static List<String> numbersAfter(Code code) {
        for (Node n = code.getParent().getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
            List<String> column = n instanceof TableBlock table ? Checks.find(table, TableRow.class).stream()
                    .map(row -> Checks.text(row.getFirstChild()).strip()).toList() : List.of();
            if (!column.isEmpty() && column.get(0).equals("NN")) {
                return column.subList(1, column.size());
            }
        }
        return List.of();
    }

    private static Stream<org.w3c.dom.Node> nodes(org.w3c.dom.Document pom, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, pom, XPathConstants.NODESET);
        return IntStream.range(0, nodes.getLength()).mapToObj(nodes::item);
    }
}
