package dev.threadpools.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built decks and handout, checked as a person meets them: every deck opens offline in a real
 * browser (headless Chromium) with all its slides and every file it refers to, and the handout has
 * one or two pages per module.
 *
 * <p>Two halves make "no missing asset": every file the deck's HTML names exists beside it (a missing
 * stylesheet would only look wrong), and in Chromium reveal.js starts (it marks its root {@code ready};
 * without its script, or with a broken one, it never does) and lays out every slide.
 *
 * <p>The browser half is skipped, saying so, only where no Chromium is installed.
 */
class DecksAsAPersonSeesThemTest {

    private static final Path SLIDES = Path.of(System.getProperty("slides.dir", "target/slides"));
    private static final Path HANDOUT = Path.of(System.getProperty("handout.pdf", "target/handout/handout.pdf"));
    private static final Path ROOT = Path.of(System.getProperty("repository.root", "../.."));

    /** The bounds for a deck: about 10 to 20 slides. */
    private static final int MIN_SLIDES = 10;
    private static final int MAX_SLIDES = 20;

    private static final Pattern LOCAL_REFERENCE = Pattern.compile("(?:src|href)=\"(?!https?:|#|data:|mailto:)([^\"]+)\"");
    private static final Pattern SECTION = Pattern.compile("<section\\b");

    static List<Path> decks() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.filter(dir -> dir.getFileName().toString().matches("\\d\\d-.+"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("README.md")))
                    .map(dir -> SLIDES.resolve(dir.getFileName() + ".html"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("decks")
    void everyModuleHasADeckOfTenToTwentySlidesWhoseFilesAllExist(Path deck) throws IOException {
        assertTrue(Files.isRegularFile(deck), deck + " was not built");
        String html = Files.readString(deck);
        int slides = count(SECTION, html);
        assertTrue(slides >= MIN_SLIDES && slides <= MAX_SLIDES,
                deck.getFileName() + " has " + slides + " slides, not " + MIN_SLIDES + " to " + MAX_SLIDES);
        List<String> missing = new ArrayList<>();
        Matcher reference = LOCAL_REFERENCE.matcher(html);
        while (reference.find()) {
            String target = reference.group(1).replaceFirst("[?#].*$", "");
            if (!Files.exists(deck.resolveSibling(target))) {
                missing.add(target);
            }
        }
        assertEquals(List.of(), missing, deck.getFileName() + " refers to files that are not beside it");
        assertFalse(html.contains("pass:c["), deck.getFileName() + " shows AsciiDoc markup as text");
    }

    @ParameterizedTest
    @MethodSource("decks")
    void chromiumOpensEveryDeckOfflineAndRevealShowsAllItsSlides(Path deck) throws Exception {
        Optional<String> chromium = chromium();
        assumeTrue(chromium.isPresent(),
                "SKIPPED: no Chromium on the PATH (Debian: apt-get install chromium), so the decks were not"
                        + " opened in a browser");
        Path profile = Files.createTempDirectory("chromium-profile");
        Process browser = new ProcessBuilder(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=5000", "--dump-dom", deck.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(browser.waitFor(60, TimeUnit.SECONDS), "Chromium did not finish with " + deck);

        assertTrue(dom.matches("(?s).*class=\"reveal[^\"]*\\bready\\b.*"),
                "reveal.js did not start in " + deck.getFileName() + " (no 'ready' class)");
        assertEquals(count(SECTION, Files.readString(deck)), count(SECTION, dom),
                "slides in the browser against slides in " + deck.getFileName());
    }

    @Test
    void theHandoutHasOneOrTwoA4PagesPerModuleAfterItsFrontMatter() throws IOException {
        assertTrue(Files.isRegularFile(HANDOUT), HANDOUT + " was not built");
        String pdf = new String(Files.readAllBytes(HANDOUT), StandardCharsets.ISO_8859_1);
        int pages = count(Pattern.compile("/Type\\s*/Page(?![s\\w])"), pdf);
        int modules = decks().size();
        // Front matter: the title page, the day's commands, the table of contents.
        int frontMatter = 3;
        assertTrue(pages >= frontMatter + modules && pages <= frontMatter + 2 * modules,
                "the handout has " + pages + " pages for " + modules + " modules");
        // A4 is 595 x 842 points.
        assertTrue(pdf.matches("(?s).*/MediaBox\\s*\\[\\s*0\\s+0\\s+595\\.2\\d*\\s+841\\.8\\d*\\s*\\].*"),
                "the handout's pages are not A4");
    }

    private static Optional<String> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
