import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails if a relative link in any Markdown file of the repository points at a file, or a heading
 * anchor, that does not exist. External links are not checked (CI has no network).
 *
 * <p>Run: {@code java .ci/CheckLinks.java [root]} (any JDK 11+; a single-file program).
 */
public class CheckLinks {

    /** [text](target) and ![alt](target), but not the target of a reference-style definition. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<Path> markdown;
        try (Stream<Path> files = Files.walk(root)) {
            markdown = files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !root.relativize(p).toString().matches("(^|.*/)(target|\\.git|node_modules)/.*"))
                    .sorted()
                    .toList();
        }
        Map<Path, Set<String>> anchorCache = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : markdown) {
            List<String> lines = Files.readAllLines(file);
            boolean inFence = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (FENCE.matcher(line).find()) {
                    inFence = !inFence;
                    continue;
                }
                if (inFence) {
                    continue;
                }
                Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
                        continue; // https:, mailto: ... not checked offline
                    }
                    checked++;
                    String where = root.relativize(file) + ":" + (i + 1) + ": " + target;
                    int hash = target.indexOf('#');
                    String pathPart = hash < 0 ? target : target.substring(0, hash);
                    String anchor = hash < 0 ? null : target.substring(hash + 1);
                    Path resolved = pathPart.isEmpty() ? file : file.getParent().resolve(pathPart).normalize();
                    if (!Files.exists(resolved)) {
                        broken.add(where + "  (no such file)");
                    } else if (anchor != null && resolved.toString().endsWith(".md")
                            && !anchorCache.computeIfAbsent(resolved, CheckLinks::anchors).contains(anchor)) {
                        broken.add(where + "  (no such heading)");
                    }
                }
            }
        }
        if (!broken.isEmpty()) {
            System.err.println(broken.size() + " broken link(s):");
            broken.forEach(b -> System.err.println("  " + b));
            System.exit(1);
        }
        System.out.println("All " + checked + " relative links in " + markdown.size() + " Markdown files resolve.");
    }

    /** The anchors GitHub generates for the headings of a Markdown file. */
    private static Set<String> anchors(Path file) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        try {
            for (String line : Files.readAllLines(file)) {
                if (FENCE.matcher(line).find()) {
                    inFence = !inFence;
                    continue;
                }
                Matcher m = HEADING.matcher(line);
                if (inFence || !m.matches()) {
                    continue;
                }
                String slug = m.group(1)
                        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // links keep their text
                        .replaceAll("[`*]", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return anchors;
    }
}
