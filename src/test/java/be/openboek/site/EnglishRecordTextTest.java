package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.format.Messages;
import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record text on the English pages: where staff wrote an English version ({@code title_en}, {@code purpose_en}, ...)
 * the English page shows it instead of the Dutch; where they did not, it shows the Dutch marked {@code lang="nl"}
 * with a visible "Dutch only" label, on every kind of page (record pages, lists, the home page, the sources, the
 * charts' labels, the search index); the Dutch pages never show that label. One fixture site, built once, in which
 * some records have English text and others have none.
 */
class EnglishRecordTextTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path project = tmp.resolve("project");
        TestProject fixture = TestProject.fixture(project);
        append(project, "data/projects/leesspel.yaml", """
                title_en: Reading game
                objective_en: Children choose books with a game.
                themes_en: [reading, games]
                """);
        // Only the second line of the purpose has its English name: the chart's legend still finds it.
        replace(project, "data/subsidies.yaml", "    status: paid\n", "    status: paid\n    purpose_en: Operations\n");
        // A drawn line without English, for the chart's legend.
        replace(project, "data/subsidies.yaml", "    status: budgeted\n", "    status: budgeted\n    amount: 5000\n");
        replace(project, "data/services/leesspel-dienst.yaml", "name: Leesspel voor bibliotheken\n",
                "name: Leesspel voor bibliotheken\nname_en: Reading game for libraries\n");
        replace(project, "data/sources.yaml", "    notes: Antwoord op een schriftelijke vraag.\n",
                "    notes: Antwoord op een schriftelijke vraag.\n    title_en: Proefhuis - state of affairs\n");
        replace(project, "data/sources.yaml", "    title: Wat kost de dienst?\n",
                "    title: Wat kost de dienst?\n    title_descriptive: true\n    title_en: What the service costs\n");
        site = tmp.resolve("site");
        TestProject.Run run = fixture.build(site);
        assertEquals(0, run.exitCode(), run.err());
    }

    private static void append(Path project, String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.writeString(path, Files.readString(path, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static void replace(Path project, String file, String from, String to) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path + "index.html"), StandardCharsets.UTF_8));
    }

    /**
     * The Dutch text {@code dutch}, marked lang="nl", in {@code scope}, with the visible "Dutch only" label right after
     * it (inside a sentence, a link or a cell) or in the line right above it (a paragraph).
     */
    private static void dutchWithNote(Element scope, String dutch, String where) {
        Element text = scope.select("[lang=nl]").stream().filter(e -> e.text().equals(dutch)).findFirst().orElse(null);
        assertNotNull(text, where + ": \"" + dutch + "\" marked lang=nl in " + scope.outerHtml());
        Element after = text.nextElementSibling();
        Element above = text.previousElementSibling();
        Element note = after != null && after.hasClass("dutch-only") ? after
                : above != null && above.hasClass("dutch-only-line") ? above.selectFirst(".dutch-only") : null;
        assertTrue(note != null && note.text().equals("Dutch only"),
                where + ": a visible \"Dutch only\" label beside \"" + dutch + "\" in " + scope.outerHtml());
    }

    private static JsonNode searchEntry(String language, String url) throws IOException {
        JsonNode index = new ObjectMapper().readTree(site.resolve(language + "search/index.json").toFile());
        for (JsonNode entry : index) {
            if (entry.get("url").asText().equals(url)) {
                return entry;
            }
        }
        throw new AssertionError("no search entry " + url);
    }

    @Test
    void aRecordWithEnglishTextShowsItOnTheEnglishPageAndNotTheDutch() throws IOException {
        Document english = page("en/projects/leesspel/");
        Element h1 = english.selectFirst("main h1");
        assertEquals("Reading game", h1.text());
        assertFalse(h1.hasAttr("lang") || !h1.select("[lang]").isEmpty(), "English text is in the page's language");
        assertNull(h1.selectFirst(".dutch-only"), "no \"Dutch only\" at a translated title");
        assertTrue(english.title().startsWith("Reading game"), english.title());
        assertFalse(english.selectFirst("main").text().contains("Leesspel"), "the Dutch title is nowhere on the English page");
        assertTrue(english.selectFirst("main").text().contains("Children choose books with a game."));
        assertTrue(english.selectFirst("main").text().contains("reading, games"), "the English themes");
        assertEquals("Leesspel", page("projects/leesspel/").selectFirst("main h1").text(), "the Dutch page keeps the Dutch");

        Document list = page("en/projects/");
        assertEquals(List.of("reading", "games"), list.select("a[href$=projects/leesspel/]").first().closest("tr")
                .select("span.theme").eachText());
        assertNotNull(list.selectFirst("a[href$=projects/leesspel/]:containsOwn(Reading game)"));

        JsonNode entry = searchEntry("en/", "projects/leesspel/");
        assertEquals("Reading game", entry.get("title").asText());
        assertNull(entry.get("titleLang"));
        assertNull(entry.get("dutchOnly"));

        List<String> legend = page("en/").selectFirst("svg.chart").select(".legend-entry").eachText();
        assertTrue(legend.contains("Operations (granted)") && legend.contains("Operations (paid)"),
                "the English purpose names the chart's legend, though the purpose's first line has none: " + legend);
    }

    @Test
    void withoutEnglishTheEnglishPagesShowTheDutchMarkedAsDutchOnly() throws IOException {
        Document project = page("en/projects/streaming/");
        dutchWithNote(project.selectFirst("main h1"), "Voorstellingen streamen", "project heading");
        dutchWithNote(project.selectFirst("main"), "Voorstellingen tonen in woonzorgcentra.", "project objective");

        Element row = page("en/projects/").selectFirst("a[href$=projects/streaming/]").closest("tr");
        dutchWithNote(row, "Voorstellingen streamen", "projects list");
        dutchWithNote(page("en/projects/").selectFirst("section.call h3"), "Eerste projectoproep", "call");

        Element subsidies = page("en/subsidies/").selectFirst("main");
        dutchWithNote(subsidies.getElementById("2018-systeem"), "Gedeeld systeem", "subsidy line");
        assertEquals("Operations", subsidies.getElementById("2017-werking").selectFirst("th").text());
        dutchWithNote(subsidies.getElementById("2016-werking"), "Werking", "a line of the same purpose without English");

        Document home = page("en/");
        dutchWithNote(home.getElementById("diensten").selectFirst("h3"), "Welke diensten zijn er?", "question");
        String legend = String.join(" | ", home.select("svg.chart .legend-entry").eachText());
        assertTrue(legend.contains("Gedeeld systeem (Dutch only)"), "the chart's legend says so too: " + legend);

        Document service = page("en/services/leesspel-dienst/");
        assertEquals("Reading game for libraries", service.selectFirst("main h1").text());
        dutchWithNote(service.selectFirst("main table.wide tbody tr th"), "Basis", "price component");
        String priceLegend = String.join(" | ", service.select("svg.chart .legend-entry").eachText());
        assertTrue(priceLegend.contains("Basis (Dutch only)"), priceLegend);

        Document sources = page("en/sources/");
        Element question = sources.getElementById("vraag-2018");
        assertEquals("Proefhuis - stand van zaken", question.selectFirst(".source-title [lang=nl]").text(),
                "a title as published stays as published");
        assertTrue(question.selectFirst(".source-title").text().contains("(in English: Proefhuis - state of affairs)"));
        assertNull(question.selectFirst(".source-title .dutch-only"), "a published title with its translation needs no note");
        dutchWithNote(question, "Antwoord op een schriftelijke vraag.", "source notes");
        assertEquals("What the service costs", sources.getElementById("prijzen-pagina").selectFirst(".source-title").text(),
                "our own description of a source is translated");

        JsonNode entry = searchEntry("en/", "projects/streaming/");
        assertEquals("nl", entry.get("titleLang").asText());
        assertTrue(entry.get("dutchOnly").asBoolean());
    }

    @Test
    void theDutchOnlyNoteNeverAppearsOnDutchPages() throws IOException {
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String relative = site.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("en/")) {
                    continue;
                }
                pages++;
                Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!page.select(".dutch-only, .dutch-only-line, [lang=nl] [lang=nl]").isEmpty() || page.text().contains("Dutch only")) {
                    wrong.add(relative);
                }
            }
        }
        assertTrue(pages > 10, "the Dutch pages were read: " + pages);
        assertEquals(List.of(), wrong);
        String dutchIndex = Files.readString(site.resolve("search/index.json"), StandardCharsets.UTF_8);
        assertFalse(dutchIndex.contains("dutchOnly") || dutchIndex.contains("titleLang"), "the Dutch search index marks nothing");
        assertTrue(page("en/projects/streaming/").select(".dutch-only").size() > 0, "while the English pages do");
    }

    /**
     * No interface text in Dutch on an English page: outside the record text marked {@code lang="nl"}, no page (its
     * text, its aria-labels and alt texts) holds a Dutch message or code label that the English bundle words
     * differently (a whole label such as "toegekend", or a run of three or more words of a longer message), nor a
     * sentence that reads as Dutch (two or more Dutch function words). The datasets page's data dictionary and table
     * descriptions are among the texts checked.
     */
    @Test
    void englishPagesShowNoDutchInterfaceText() throws IOException {
        Set<String> dutchLabels = new TreeSet<>();
        Set<String> dutchRuns = new TreeSet<>();
        String english = "";
        for (String bundle : List.of("messages", "labels")) {
            Properties nl = bundle(bundle + "_nl.properties");
            Properties en = bundle(bundle + "_en.properties");
            english += " " + String.join(" \n ", en.values().stream().map(String::valueOf).toList());
            for (String key : nl.stringPropertyNames()) {
                if (nl.getProperty(key).equals(en.getProperty(key))) {
                    continue;
                }
                for (String run : nl.getProperty(key).replaceAll("<[^>]*>", " ").split("\\{[^}]*}")) {
                    String words = run.strip().replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
                    int count = words.isEmpty() ? 0 : words.split(" ").length;
                    if (count >= 3) {
                        dutchRuns.add(words);
                    } else if (count >= 1 && words.length() > 3) {
                        dutchLabels.add(words);
                    }
                }
            }
        }
        String englishTexts = english;
        dutchRuns.removeIf(englishTexts::contains);
        dutchLabels.removeIf(label -> englishTexts.contains(label) || label.equals(label.toUpperCase(Locale.ROOT)));
        assertTrue(dutchRuns.size() > 200 && dutchLabels.size() > 50, dutchRuns.size() + " runs, " + dutchLabels.size() + " labels");

        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(site.resolve("en"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages++;
                String where = site.relativize(file).toString().replace('\\', '/');
                Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
                page.select("[lang=nl], script, style").remove();
                List<String> texts = new ArrayList<>();
                for (Element element : page.getAllElements()) {
                    texts.add(element.ownText());
                    texts.add(element.attr("aria-label"));
                    texts.add(element.attr("alt"));
                }
                String whole = page.text();
                for (String run : dutchRuns) {
                    if (whole.contains(run)) {
                        found.add(where + ": \"" + run + "\"");
                    }
                }
                for (String text : texts) {
                    String plain = text.strip().replaceAll("[\\p{Punct}\\s]+$", "");
                    if (dutchLabels.contains(plain) || dutchWords(text) >= 2) {
                        found.add(where + ": \"" + text.strip() + "\"");
                    }
                }
            }
        }
        assertTrue(pages > 10, "the English pages were read: " + pages);
        assertEquals(List.of(), found.stream().distinct().toList());
        assertTrue(page("en/datasets/").selectFirst("main").text().contains("What the money is for"),
                "the data dictionary is read in English");
    }

    /** Words that are Dutch and not English, for telling a Dutch sentence from an English one. */
    private static final Set<String> DUTCH_WORDS = Set.of("het", "een", "van", "niet", "wordt", "werd", "zijn", "naar",
            "voor", "bij", "dat", "deze", "ook", "nog", "geen", "staat", "welke", "bedrag", "gewijzigd", "bron", "bronnen");

    private static long dutchWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(DUTCH_WORDS::contains).distinct().count();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
