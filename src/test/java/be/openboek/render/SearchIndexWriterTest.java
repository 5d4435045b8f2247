package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.format.Language;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.testing.PagedLists;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexWriterTest {

    @Test
    void shortTextDropsMarkdownMarksAndCutsAtAWord() {
        assertEquals("Een kop met een link en vet.", SearchIndexWriter.shorten("## Een kop\n\nmet [een link](https://x.example/a) en **vet**."));
        String cut = SearchIndexWriter.shorten("woord ".repeat(60));
        assertTrue(cut.endsWith("woord …") && cut.length() <= 162, cut);
        assertEquals("", SearchIndexWriter.shorten(null));
    }

    @Test
    void keepsAngleBracketsAsTextForTheScriptToShowWithTextContent() {
        assertEquals("<script>alert(1)</script>", SearchIndexWriter.shorten("<script>alert(1)</script>"));
    }

    @Test
    void unmatchedBracketsAndParenthesesTakeLinearTime() {
        // Any text field comes here, not only Markdown: a megabyte of openers once took hours.
        for (String text : new String[] {"[".repeat(1_000_000), "[(".repeat(500_000), "[a](".repeat(250_000), "[a](b(".repeat(160_000)}) {
            String shown = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SearchIndexWriter.shorten(text));
            assertTrue(shown.length() <= 162, shown);
        }
    }

    @Test
    void plainTextIsWhatTheMarkdownPatternsLeave() {
        // plain() skips a pattern when the text lacks the character it needs and removes marks in one pass: the same
        // as the patterns applied one after the other.
        String[] pieces = {"a", "é", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0", "#", "## ", ">", "*", "_", "`", "[", "]",
            "(", ")", "](", "[x](y)", "x"};
        java.util.Random random = new java.util.Random(16);
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>)\\s*");
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\[([^\\[\\]]*+)\\]\\((?:[^()]++|\\([^()]*+\\))*+\\)");
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String expected = link.matcher(heading.matcher(text).replaceAll("")).replaceAll("$1").replaceAll("[*_`]", "")
                    .replaceAll("\\s+", " ").strip();
            assertEquals(expected, SearchIndexWriter.plain(text.toString()), text.toString());
        }
    }

    @Test
    void aLinkTargetWithParenthesesIsDroppedWhole() {
        assertEquals("Zie de uitleg.", SearchIndexWriter.shorten("Zie [de uitleg](https://nl.example/wiki/Bieb_(Gent))."));
    }

    /**
     * Both languages' entries made record by record on one thread, sharing the words of the texts they share, are the
     * entries each language gives alone; with English versions of some texts (the fixture has them) and without.
     */
    @Test
    void bothLanguagesAtOnceGiveWhatEachGivesAlone(@TempDir Path tmp) throws Exception {
        Site site = new SiteLoader().load(TestProject.fixture(tmp.resolve("project")).root()).site();
        Map<Language, List<SearchIndexWriter.Entry>> both = new SearchIndexWriter().entries(site);
        for (Language language : Language.values()) {
            List<SearchIndexWriter.Entry> alone = new SearchIndexWriter().entries(site, language);
            assertTrue(alone.size() > 10, "entries: " + alone.size());
            assertEquals(alone, both.get(language), language.code());
        }
        assertNotEquals(terms(both.get(Language.NL)), terms(both.get(Language.EN)), "each language has its own terms");
    }

    /**
     * serve's writer puts into its staging folder only the files whose content differs from the published ones, names
     * every file of the index, and together with the published files gives byte for byte what a build writes; after a
     * record changed, only the files it touches are written again.
     */
    @Test
    void serveWritesOnlyTheIndexFilesThatDifferFromThePublishedOnes(@TempDir Path tmp) {
        // Small shards and results files, so that the fixture's index has many of each.
        PagedLists.withSmallLimits(() -> {
            try {
                serveWritesOnlyWhatDiffers(tmp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void serveWritesOnlyWhatDiffers(Path tmp) throws IOException {
        Path project = TestProject.fixture(tmp.resolve("project")).root();
        Site site = new SiteLoader().load(project).site();
        Path built = tmp.resolve("built");
        new SearchIndexWriter().write(site, built);
        Map<String, byte[]> whole = files(built);
        assertTrue(whole.keySet().stream().anyMatch(f -> f.startsWith("en/search/docs-")), whole.keySet().toString());

        SearchIndexWriter live = SearchIndexWriter.remembering();
        Path first = tmp.resolve("first");
        Set<String> named = live.write(site, first, path -> null);
        assertEquals(whole.keySet(), named, "every file is named");
        assertEquals(whole.keySet(), files(first).keySet(), "with nothing published, every file is written");
        for (String path : whole.keySet()) {
            assertEquals(new String(whole.get(path), StandardCharsets.UTF_8), Files.readString(first.resolve(path)), path);
        }

        Path again = tmp.resolve("again");
        assertEquals(whole.keySet(), live.write(site, again, path -> PageChecksums.sha256(whole.get(path))));
        assertFalse(Files.exists(again), "nothing differs, nothing is written");

        Path record = Files.list(project.resolve("data/projects")).filter(f -> f.toString().endsWith(".yaml")).sorted()
                .findFirst().orElseThrow();
        Files.writeString(record, Files.readString(record).replaceFirst("(?m)^objective: ", "objective: Zeldzaamwoord. "));
        Site changed = new SiteLoader().load(project).site();
        Path after = tmp.resolve("after");
        new SearchIndexWriter().write(changed, after);
        Map<String, byte[]> expected = files(after);
        Path staged = tmp.resolve("staged");
        Set<String> names = live.write(changed, staged, path -> whole.containsKey(path) ? PageChecksums.sha256(whole.get(path)) : null);
        assertEquals(expected.keySet(), names);
        Map<String, byte[]> written = files(staged);
        assertTrue(written.containsKey("search/index.json") && written.containsKey("en/search/index.json"), written.keySet().toString());
        assertTrue(written.size() < whole.size() / 2, "written again: " + written.keySet());
        for (String path : expected.keySet()) {
            byte[] now = written.containsKey(path) ? written.get(path) : whole.get(path);
            assertEquals(new String(expected.get(path), StandardCharsets.UTF_8), new String(now, StandardCharsets.UTF_8), path);
        }

        // A second change takes words away (the postings are changed in place, not made again): still what a build writes.
        Files.writeString(record, Files.readString(record).replaceFirst("objective: Zeldzaamwoord. ", "objective: ")
                .replaceFirst("(?m)^title: .*$", "title: Anders genoemd"));
        Site renamed = new SiteLoader().load(project).site();
        Path rebuilt = tmp.resolve("rebuilt");
        new SearchIndexWriter().write(renamed, rebuilt);
        Map<String, byte[]> full = files(rebuilt);
        Path staged2 = tmp.resolve("staged2");
        assertEquals(full.keySet(), live.write(renamed, staged2, path -> expected.containsKey(path) ? PageChecksums.sha256(expected.get(path)) : null));
        Map<String, byte[]> written2 = files(staged2);
        for (String path : full.keySet()) {
            byte[] now = written2.containsKey(path) ? written2.get(path) : expected.get(path);
            assertEquals(new String(full.get(path), StandardCharsets.UTF_8), new String(now, StandardCharsets.UTF_8), path);
        }
        assertFalse(new String(full.get("search/index.json"), StandardCharsets.UTF_8).contains("zeldzaamwoord"));
    }

    /** The files under {@code folder} by their paths relative to it. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Set<String> terms(List<SearchIndexWriter.Entry> entries) {
        Set<String> terms = new TreeSet<>();
        entries.forEach(e -> terms.addAll(List.of(e.terms().split(" "))));
        return terms;
    }
}
