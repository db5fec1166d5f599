package dev.threadpools.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Every relative link and image of every page points at a file that exists and, after a {@code #}
 * into a Markdown page, at one of its headings. Links with a scheme ({@code https:}, {@code mailto:})
 * are not followed: CI has no network.
 */
final class Links {

    private final Path root;
    /** Anchors of each page linked to, computed once. */
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    Links(Path root) {
        this.root = root;
    }

    List<String> check() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : Markdown.pages(root)) {
            Node document = Markdown.parse(page);
            List<Node> links = new ArrayList<>(Markdown.find(document, Link.class));
            links.addAll(Markdown.find(document, Image.class));
            for (Node link : links) {
                String target = link instanceof Link l ? l.getDestination() : ((Image) link).getDestination();
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(root.relativize(page) + ":" + Markdown.line(link) + ": " + target + ": " + problem);
                }
            }
        }
        return broken;
    }

    /** What is wrong with a link from page to target, or null. */
    private String problem(Path page, String target) {
        int colon = target.indexOf(':');
        if (colon > 0 && target.substring(0, colon).chars().allMatch(Character::isLetter)) {
            return null;
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (hash >= 0 && resolved.toString().endsWith(".md")
                && !anchors.computeIfAbsent(resolved, Links::anchorsOf).contains(target.substring(hash + 1))) {
            return "no such heading in " + root.relativize(resolved);
        }
        return null;
    }

    /** The anchors GitHub gives a page's headings: "Which JDK?" is #which-jdk, a second "Figures" #figures-1. */
    private static Set<String> anchorsOf(Path page) {
        Set<String> anchors = new HashSet<>();
        try {
            for (Heading heading : Markdown.find(Markdown.parse(page), Heading.class)) {
                StringBuilder slug = new StringBuilder();
                for (char c : Markdown.text(heading).toLowerCase(Locale.ROOT).toCharArray()) {
                    if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                        slug.append(c);
                    } else if (c == ' ') {
                        slug.append('-');
                    }
                }
                String anchor = slug.toString();
                for (int n = 1; !anchors.add(anchor); n++) {
                    anchor = slug + "-" + n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return anchors;
    }
}
