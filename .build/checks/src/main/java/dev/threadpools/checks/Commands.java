package dev.threadpools.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.w3c.dom.NodeList;

/**
 * Every command written in a page names things the tree has: modules, profiles and properties of
 * the parent pom.xml; demos, exercises, test classes, benchmarks and stress tests of the modules it
 * selects; the scripts and files it runs. Running every command would take too long for CI, so they
 * are checked statically. How a command must be written to be checked is in CONTRIBUTING.md,
 * "Commands in a page"; in short:
 * <ul>
 *   <li>a command is an inline code span, or a line of a fenced block marked {@code sh} (or with no
 *       language), that starts with {@code ./mvnw}, {@code java}, {@code bash} or a path from the
 *       repository root; a {@code ./mvnw} after {@code ;}, {@code |} or {@code &} is one too;</li>
 *   <li>{@code NN} as the value of {@code -Ddemo} or {@code -Dexercise} is a pattern: the next
 *       table (before the next heading) whose first column is headed NN gives its values, and the
 *       command is checked once per row;</li>
 *   <li>a value in angle brackets ({@code -pl <module>}) is a placeholder; the rest is checked.</li>
 * </ul>
 */
final class Commands {

    static final String NN = "NN";
    /** The Maven flags the pages use; any other option is more likely a typo than a need. */
    private static final Set<String> FLAGS = Set.of("-q", "-o", "-B", "-e", "-X", "-U", "-N");
    private static final Set<String> PHASES = Set.of(
            "clean", "validate", "compile", "test-compile", "test", "package", "verify", "install");
    private static final Set<String> SHELL_FENCES = Set.of("", "sh", "bash", "shell", "console");

    private final Path root;
    private final Set<String> modules;
    private final Set<String> profiles;
    private final Set<String> properties;
    /** How many commands check() found: a check that finds none proves nothing. */
    int checked;
    /** Class names (file names without .java) under each source root, read once. */
    private final Map<Path, Set<String>> classes = new HashMap<>();

    Commands(Path root) throws Exception {
        this.root = root;
        org.w3c.dom.Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(root.resolve("pom.xml").toFile());
        modules = texts(pom, "/project/modules/module");
        profiles = texts(pom, "/project/profiles/profile/id");
        // -Dname: declared in a <properties> block, or the switch that activates a profile.
        properties = texts(pom, "//activation/property/name");
        NodeList declared = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//properties/*", pom, XPathConstants.NODESET);
        for (int i = 0; i < declared.getLength(); i++) {
            properties.add(declared.item(i).getNodeName());
        }
    }

    List<String> check() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : Markdown.pages(root)) {
            String file = root.relativize(page).toString();
            Document document = Markdown.parse(page);
            for (Code code : Markdown.find(document, Code.class)) {
                for (String command : commands(code.getLiteral())) {
                    check(command, firstColumnAfter(code)).forEach(
                            p -> problems.add(file + ":" + Markdown.line(code) + ": " + command + ": " + p));
                }
            }
            for (FencedCodeBlock block : Markdown.find(document, FencedCodeBlock.class)) {
                if (!SHELL_FENCES.contains(block.getInfo().strip())) {
                    continue;
                }
                String[] lines = block.getLiteral().split("\n");
                for (int i = 0; i < lines.length; i++) {
                    int line = Markdown.line(block) + 1 + i;
                    String uncommented = lines[i].contains(" #") ? lines[i].substring(0, lines[i].indexOf(" #")) : lines[i];
                    for (String command : commands(uncommented)) {
                        check(command, List.of()).forEach(p -> problems.add(file + ":" + line + ": " + command + ": " + p));
                    }
                }
            }
        }
        return problems;
    }

    /** The commands in a code span or a line: its parts between ; | and &, with a loop's "do" left out. */
    static List<String> commands(String code) {
        List<String> commands = new ArrayList<>();
        for (String part : code.split("[;|&]")) {
            String command = part.strip().startsWith("do ") ? part.strip().substring(3) : part.strip();
            if (command.startsWith("java ") || command.startsWith("bash ") || command.startsWith("./mvnw ")
                    || command.startsWith(".") && words(command).get(0).contains("/")) {
                commands.add(command);
            }
        }
        return commands;
    }

    /** What is wrong with one command; numbers are what NN stands for, from the table after it. */
    List<String> check(String command, List<String> numbers) {
        checked++;
        List<String> words = words(command);
        boolean interpreter = words.get(0).equals("java") || words.get(0).equals("bash");
        String program = interpreter ? words.get(1) : words.get(0);
        if (interpreter && !program.contains("/")) {
            return List.of(); // java -version, java SomeClass: not a file of the tree
        }
        if (!Files.exists(root.resolve(program))) {
            return List.of(program + ": no such file");
        }
        return program.equals("./mvnw") ? maven(words.subList(1, words.size()), numbers) : List.of();
    }

    private List<String> maven(List<String> args, List<String> numbers) {
        List<String> problems = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        List<String> activated = new ArrayList<>();
        Map<String, String> set = new LinkedHashMap<>(); // -Dname=value; "" for -Dname
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if ((word.equals("-pl") || word.equals("-f")) && i + 1 < args.size()) {
                String value = args.get(++i);
                if (word.equals("-pl")) {
                    selected.addAll(List.of(value.split(",")));
                } else if (!Files.exists(root.resolve(value))) {
                    problems.add("-f " + value + ": no such file or folder");
                }
            } else if (word.startsWith("-P")) {
                activated.addAll(List.of(word.substring(2).split(",")));
            } else if (word.startsWith("-D")) {
                int equals = word.indexOf('=');
                set.put(word.substring(2, equals < 0 ? word.length() : equals), equals < 0 ? "" : word.substring(equals + 1));
            } else if (word.startsWith("-") ? !FLAGS.contains(word) : !PHASES.contains(word) && !word.contains(":")) {
                problems.add(word + ": not a phase, plugin:goal or option these pages use (" + FLAGS + ")");
            }
        }
        selected.stream().filter(m -> !placeholder(m) && !modules.contains(m))
                .forEach(m -> problems.add("-pl " + m + ": not a <module> of pom.xml"));
        activated.stream().filter(p -> !profiles.contains(p))
                .forEach(p -> problems.add("-P" + p + ": pom.xml has no such profile"));
        set.keySet().stream().filter(p -> !properties.contains(p))
                .forEach(p -> problems.add("-D" + p + ": pom.xml declares no such property or profile switch"));
        if ((set.containsKey("exercise") || set.containsKey("stubCheck")) && !activated.contains("exercises")) {
            problems.add("-Dexercise and -DstubCheck need -Pexercises");
        }
        if (set.containsKey("demo") && selected.isEmpty()) {
            problems.add("-Ddemo needs -pl: demo numbers are per module");
        }
        boolean pattern = set.containsValue(NN);
        if (pattern && numbers.isEmpty() && selected.stream().anyMatch(modules::contains)) {
            problems.add("NN: no table headed NN follows to give its numbers");
        }
        for (String module : selected.stream().filter(modules::contains).toList()) {
            for (String number : pattern ? numbers : List.of(NN)) {
                Map<String, String> values = new HashMap<>(set);
                values.replaceAll((name, value) -> value.equals(NN) ? number : value);
                missing(module, values).forEach(m -> problems.add((pattern ? "NN = " + number + ": " : "") + m));
            }
        }
        return problems;
    }

    /** What the properties of a command name that the module lacks. */
    private List<String> missing(String module, Map<String, String> set) {
        List<String> missing = new ArrayList<>();
        Path dir = root.resolve(module);
        String demo = set.get("demo");
        if (demo != null && !has(dir.resolve("src/main/java"),
                name -> number(demo) ? name.startsWith("Demo" + twoDigits(demo) + "_") : name.equals(demo))) {
            missing.add("-Ddemo=" + demo + ": " + module + " has no such demo");
        }
        String exercise = set.get("exercise");
        if (exercise != null && !exercise.isEmpty()) {
            Predicate<String> named = name -> name.startsWith("Exercise" + twoDigits(exercise) + "_");
            if (!has(dir.resolve("src/test/java"), named.and(name -> name.endsWith("Test")))
                    || !has(dir.resolve("src/exercises/java"), named)) {
                missing.add("-Dexercise=" + exercise + ": " + module + " has no such exercise (stub and test)");
            }
        }
        String test = set.get("test");
        if (test != null && !has(dir.resolve("src/test/java"), test.split("#")[0]::equals)) {
            missing.add("-Dtest=" + test + ": " + module + " has no such test class");
        }
        for (String tool : List.of("jmh", "jcstress")) {
            String include = set.get(tool + ".include");
            Path sources = dir.resolve("src/" + tool + "/java");
            if (set.containsKey(tool) && !Files.isDirectory(sources)) {
                missing.add("-D" + tool + ": " + module + " has no src/" + tool + "/java");
            } else if (include != null && !set.containsKey(tool)) {
                missing.add("-D" + tool + ".include needs -D" + tool);
            } else if (include != null && !placeholder(include)
                    && !has(sources, name -> Pattern.compile(include).matcher(name).find())) {
                missing.add("-D" + tool + ".include=" + include + ": matches no class in " + module + "/src/" + tool + "/java");
            }
        }
        return missing;
    }

    /** Whether a class under a source root has a matching name. */
    private boolean has(Path sources, Predicate<String> name) {
        return classes.computeIfAbsent(sources, Commands::classesUnder).stream().anyMatch(name);
    }

    private static Set<String> classesUnder(Path sources) {
        if (!Files.isDirectory(sources)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java"))
                    .map(f -> f.substring(0, f.length() - ".java".length())).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command's words as the shell splits them: at blanks, except inside quotes, which it removes. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0 && c != quote || quote == 0 && c != '\'' && c != '"' && !Character.isWhitespace(c)) {
                word = word == null ? new StringBuilder().append(c) : word.append(c);
            } else if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                }
                word = null;
            } else {
                quote = quote == 0 ? c : 0; // an opening or closing quote
                word = word == null ? new StringBuilder() : word;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** The numbers NN stands for: the first column of the next table headed NN, before the next heading. */
    private static List<String> firstColumnAfter(Node node) {
        Node block = node;
        while (!(block.getParent() instanceof Document)) {
            block = block.getParent();
        }
        for (Node n = block.getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
            List<String> column = n instanceof TableBlock table ? Markdown.find(table, TableRow.class).stream()
                    .map(row -> Markdown.text(row.getFirstChild()).strip()).toList() : List.of();
            if (!column.isEmpty() && column.get(0).equals(NN)) {
                return column.subList(1, column.size());
            }
        }
        return List.of();
    }

    private static Set<String> texts(org.w3c.dom.Document pom, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, pom, XPathConstants.NODESET);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static boolean placeholder(String value) {
        return value.startsWith("<") && value.endsWith(">");
    }

    private static boolean number(String value) {
        return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
