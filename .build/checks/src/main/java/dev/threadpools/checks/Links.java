package dev.threadpools.checks;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.commonmark.node.*;

/**
 * Every relative link and image of every page points at a file that exists and, after a {@code #}
 * into a Markdown page, at one of its headings. A link with a scheme ({@code https:}) is not
 * followed: CI has no network.
 */
final class Links {

    static List<String> check(Path root) throws IOException {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>(); // of each page linked to, made once
        for (Path page : Checks.pages(root)) {
            Node document = Checks.parse(page);
            List<Node> links = new ArrayList<>(Checks.find(document, Link.class));
            links.addAll(Checks.find(document, Image.class));
            for (Node link : links) {
                String target = link instanceof Link l ? l.getDestination() : ((Image) link).getDestination();
                if (target.matches("[a-z]+:.*")) {
                    continue; // https:, mailto: (and before it is read as a path, which Windows would refuse)
                }
                int hash = target.indexOf('#');
                Path file = hash == 0 ? page : page.getParent().resolve(hash < 0 ? target : target.substring(0, hash));
                String where = root.relativize(page) + ":" + Checks.line(link) + ": " + target;
                if (!Files.exists(file)) {
                    broken.add(where + ": no such file");
                } else if (hash >= 0 && file.toString().endsWith(".md")
                        && !anchors.computeIfAbsent(file.normalize(), Links::anchors).contains(target.substring(hash + 1))) {
                    broken.add(where + ": no such heading in " + root.relativize(file.normalize()));
                }
            }
        }
        return broken;
    }

    /** The anchors GitHub gives a page's headings: "Which JDK?" is #which-jdk, a second "Figures" #figures-1. */
    private static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        try {
            for (Heading heading : Checks.find(Checks.parse(page), Heading.class)) {
                StringBuilder slug = new StringBuilder();
                for (char c : Checks.text(heading).toLowerCase(Locale.ROOT).toCharArray()) {
                    slug.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? String.valueOf(c) : c == ' ' ? "-" : "");
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
