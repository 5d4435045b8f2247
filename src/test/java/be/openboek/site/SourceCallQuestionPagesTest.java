package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sources, project calls and the parts of the parliamentary question have a page each, as subsidy lines, projects and
 * services do, in both languages ({@code sources/<id>/}, {@code calls/<id>/}, {@code questions/<id>/}): with the
 * record's facts, its sources, its history, a citation and a way to report an error; a source's page lists the records
 * that cite it. Rows and API objects point to these pages, lists of calls and questions lead to them, and the anchors
 * the lists had before ({@code sources/#<id>}, {@code projects/#<id>}, {@code #<id>} on the home page) still exist.
 * Reads the shipped site; what the pages must show is read from its API, not from the pages' own code.
 */
class SourceCallQuestionPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LANGUAGES = List.of("", "en/");

    static Path site;
    static String base;
    static String sitemap;

    @BeforeAll
    static void read() throws IOException {
        site = SharedSites.shipped();
        base = api("organisation").get("base_url").asText();
        sitemap = Files.readString(site.resolve("sitemap.xml"));
    }

    @Test
    void everySourceHasAPageWithItsFactsInBothLanguages() throws IOException {
        JsonNode sources = api("sources");
        assertTrue(sources.size() > 5, sources.toString());
        for (String language : LANGUAGES) {
            int number = 0;
            for (JsonNode s : sources) {
                number++;
                String path = language + "sources/" + s.get("id").asText() + "/";
                Document page = recordPage(path, "sources/" + s.get("id").asText() + "/", language);
                // The title as published stays on every page; English pages give its translation beside it.
                String h1 = page.selectFirst("h1").text();
                assertTrue(h1.contains(s.get("title").asText()) || h1.contains(s.path("title_en").asText("\u0000")), path + ": " + h1);
                if (!language.isEmpty() && s.hasNonNull("title_en")) {
                    assertTrue(h1.contains(s.get("title_en").asText()), path + ": " + h1);
                }
                String facts = page.selectFirst("dl.facts").text();
                assertTrue(facts.contains("[" + number + "]"), path + " gives its footnote number: " + facts);
                assertTrue(facts.contains(s.get("publisher").asText()), path + ": " + facts);
                assertTrue(facts.contains(s.get("id").asText()), path + ": " + facts);
                assertTrue(facts.contains(be.openboek.format.Labels.of("SourceKind." + s.get("kind").asText(), language.isEmpty() ? "nl" : "en")),
                        path + ": " + facts);
                if (s.hasNonNull("date")) {
                    assertFalse(page.select("dl.facts time[datetime^=" + s.get("date").asText() + "]").isEmpty(), path);
                }
                if (s.hasNonNull("source_url")) {
                    assertFalse(page.select("dl.facts a[href=" + s.get("source_url").asText() + "]").isEmpty(), path);
                } else {
                    assertFalse(page.select("dl.facts .missing").isEmpty(), path + " says it has no web address");
                }
                if (s.hasNonNull("notes")) {
                    String notes = textIn(s, "notes", language);
                    assertTrue(page.select("main").text().contains(start(notes)), path + " lacks its notes");
                }
            }
        }
    }

    @Test
    void everyCallHasAPageWithItsFactsProjectsAndSources() throws IOException {
        callPages();
        // The shipped projects name no call; the fixture's project leesspel names its call.
        Path shipped = site;
        String shippedBase = base;
        try {
            site = SharedSites.fixture();
            base = api("organisation").get("base_url").asText();
            sitemap = Files.readString(site.resolve("sitemap.xml"));
            assertEquals(Set.of("projects/leesspel/"), callPages());
        } finally {
            site = shipped;
            base = shippedBase;
            sitemap = Files.readString(site.resolve("sitemap.xml"));
        }
    }

    /** Checks every call's page; returns the projects the calls link to. */
    private static Set<String> callPages() throws IOException {
        Set<String> all = new TreeSet<>();
        JsonNode calls = api("calls");
        assertFalse(calls.isEmpty());
        JsonNode projects = api("projects");
        for (String language : LANGUAGES) {
            for (JsonNode c : calls) {
                String id = c.get("id").asText();
                String path = language + "calls/" + id + "/";
                Document page = recordPage(path, "calls/" + id + "/", language);
                assertTrue(page.selectFirst("h1").text().contains(textIn(c, "title", language)), path);
                String main = page.select("main").text();
                assertTrue(main.contains(start(textIn(c, "description", language))), path + " lacks its description");
                for (String date : List.of("opened", "closed")) {
                    if (c.hasNonNull(date)) {
                        assertFalse(page.select("dl.facts time[datetime=" + c.get(date).asText() + "]").isEmpty(), path + ": " + date);
                    }
                }
                assertSources(page, c, path);
                // The projects selected in it, each linked to its page.
                Set<String> expected = new TreeSet<>();
                projects.forEach(p -> {
                    if (p.path("call").path("call").asText().equals(id)) {
                        expected.add("projects/" + p.get("id").asText() + "/");
                    }
                });
                assertEquals(expected, linkedRecords(page, path), path);
                all.addAll(expected);
            }
        }
        return all;
    }

    @Test
    void everyQuestionHasAPageWithItsAnswerWhereItIsAnsweredAndItsSources() throws IOException {
        JsonNode questions = api("questions");
        assertFalse(questions.isEmpty());
        for (String language : LANGUAGES) {
            for (JsonNode q : questions) {
                String path = language + "questions/" + q.get("id").asText() + "/";
                Document page = recordPage(path, "questions/" + q.get("id").asText() + "/", language);
                String h1 = page.selectFirst("h1").text();
                assertTrue(h1.contains(textIn(q, "question", language)), path + ": " + h1);
                assertTrue(h1.contains(String.valueOf(q.get("number").asInt())), path + ": " + h1);
                assertTrue(page.select("main").text().contains(start(textIn(q, "answer", language))), path + " lacks the answer");
                assertSources(page, q, path);
                Set<String> answering = new TreeSet<>();
                q.get("answered_by").forEach(a -> answering.add(a.get("page").asText() + "/"));
                assertEquals(answering, linkedAnswers(page), path);
            }
        }
    }

    @Test
    void aSourcePageListsEveryRecordThatCitesIt() throws IOException {
        // Which records name which source, found in the API objects: any "sources" list, at any depth.
        Map<String, String> folders = Map.of("subsidies", "subsidies", "projects", "projects", "services", "services",
                "calls", "calls", "questions", "questions");
        Map<String, Set<String>> citing = new java.util.HashMap<>();
        for (String type : folders.keySet()) {
            for (JsonNode record : api(type)) {
                Set<String> ids = new TreeSet<>();
                sourceIds(record, ids);
                ids.forEach(s -> citing.computeIfAbsent(s, k -> new TreeSet<>()).add(folders.get(type) + "/" + record.get("id").asText() + "/"));
            }
        }
        assertTrue(citing.values().stream().anyMatch(r -> r.size() > 3), "some source is cited by several records: " + citing);
        for (String language : LANGUAGES) {
            for (JsonNode s : api("sources")) {
                String path = language + "sources/" + s.get("id").asText() + "/";
                Document page = page(path);
                assertEquals(citing.getOrDefault(s.get("id").asText(), Set.of()), linkedRecords(page, path), path);
            }
        }
        // A price line's sources count: the e-book service's price comes from its price model's page.
        Document ebooks = page("sources/cultuurconnect-prijsmodel-e-boekendienst/");
        assertTrue(linkedRecords(ebooks, "e-books").contains("services/e-boeken/"), ebooks.select("main").text());
    }

    @Test
    void everySourceRowAndEveryApiObjectPointsToItsPage() throws IOException {
        for (String table : List.of("data/sources.csv", "data/be/sources.csv")) {
            String text = Files.readString(site.resolve(table), StandardCharsets.UTF_8).replace("\uFEFF", "");
            char delimiter = table.contains("/be/") ? ';' : ',';
            List<CSVRecord> rows;
            try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(text))) {
                rows = parser.getRecords();
            }
            assertFalse(rows.isEmpty(), table);
            for (CSVRecord row : rows) {
                assertEquals(base + "sources/" + row.get("id") + "/", row.get("url"), table);
                assertPageExists(row.get("url"), table);
            }
        }
        for (String type : List.of("sources", "calls", "questions")) {
            for (JsonNode record : api(type)) {
                String url = record.get("url").asText();
                assertEquals(base + type + "/" + record.get("id").asText() + "/", url, type);
                assertPageExists(url, type);
                assertEquals(url, JSON.readTree(site.resolve("api/v1/" + type + "/" + record.get("id").asText() + ".json").toFile())
                        .get("url").asText());
            }
        }
        // A question's links in the links table point to its page too.
        assertTrue(Files.readString(site.resolve("data/links.csv")).contains("\"" + base + "questions/"), "links.csv");
    }

    @Test
    void theAnchorsOfTheListsStillExistAndLeadToThePages() throws IOException {
        for (String language : LANGUAGES) {
            Document sources = page(language + "sources/");
            for (JsonNode s : api("sources")) {
                assertAnchorLinks(sources, language + "sources/", s.get("id").asText(), language + "sources/" + s.get("id").asText() + "/");
            }
            Document projects = page(language + "projects/");
            Document calls = page(language + "calls/");
            for (JsonNode c : api("calls")) {
                String target = language + "calls/" + c.get("id").asText() + "/";
                assertAnchorLinks(projects, language + "projects/", c.get("id").asText(), target);
                assertAnchorLinks(calls, language + "calls/", c.get("id").asText(), target);
            }
            Document home = page(language);
            Document questions = page(language + "questions/");
            for (JsonNode q : api("questions")) {
                String target = language + "questions/" + q.get("id").asText() + "/";
                assertAnchorLinks(home, language, q.get("id").asText(), target);
                assertAnchorLinks(questions, language + "questions/", q.get("id").asText(), target);
            }
            // The new lists are in the sitemap and found by search.
            assertTrue(sitemap.contains("<loc>" + base + "calls/</loc>") && sitemap.contains("<loc>" + base + "questions/</loc>"));
            String index = Files.readString(site.resolve(language + "search/index.json"));
            assertTrue(index.contains("\"url\":\"calls/\"") && index.contains("\"url\":\"questions/\""), language);
        }
    }

    /** The page exists, names itself in the sitemap and the other language, and ends like every record page. */
    private static Document recordPage(String path, String inLanguage, String language) throws IOException {
        Document page = page(path);
        assertTrue(sitemap.contains("<loc>" + base + inLanguage + "</loc>"), path + " is not in the sitemap");
        assertEquals(base + "en/" + inLanguage, page.select("link[hreflang=en]").attr("href"), path);
        String other = (language.isEmpty() ? "en/" : "") + inLanguage;
        assertEquals(base + other, URI.create(base + path).resolve(page.select(".lang-switch a").attr("href")).toString(), path);
        assertFalse(page.select(".last-changed").isEmpty(), path + " shows its history");
        Element citation = page.selectFirst(".cite-this textarea[readonly]");
        assertNotNull(citation, path);
        assertTrue(citation.wholeText().contains(base + path), path + ": " + citation.wholeText());
        assertFalse(page.select(".report-line").isEmpty(), path + " says how to report an error");
        assertFalse(page.select("dl.facts").isEmpty(), path);
        return page;
    }

    /** The record's sources, each linked to its page, as a footnote and in the list of sources. */
    private static void assertSources(Document page, JsonNode record, String path) {
        assertFalse(record.get("sources").isEmpty(), path);
        for (JsonNode source : record.get("sources")) {
            assertFalse(page.select(".source-list a[href$=sources/" + source.asText() + "/]").isEmpty(), path + ": " + source);
            assertFalse(page.select(".cite a[href$=sources/" + source.asText() + "/]").isEmpty(), path + ": " + source);
        }
    }

    /** The record pages linked from the page's lineage ({@code #herkomst} to the next heading of that level). */
    private static Set<String> linkedRecords(Document page, String path) {
        Element heading = page.getElementById("herkomst");
        assertNotNull(heading, path);
        Set<String> linked = new TreeSet<>();
        for (Element e = heading.nextElementSibling(); e != null && !e.tagName().equals("h2") && !e.hasClass("last-changed"); e = e.nextElementSibling()) {
            for (Element a : e.select("a[href]")) {
                String href = a.attr("href");
                if (!href.contains("sources/")) {
                    linked.add(href.replaceFirst("^(\\.\\./)+", ""));
                }
            }
        }
        return linked;
    }

    /** The pages a question's lineage links to, as {@code answered_by} names them. */
    private static Set<String> linkedAnswers(Document page) {
        Set<String> linked = new TreeSet<>();
        page.getElementById("herkomst").nextElementSibling().select("li > a:first-child")
                .forEach(a -> linked.add(a.attr("href").replaceFirst("^(\\.\\./)+", "")));
        return linked;
    }

    private static void assertAnchorLinks(Document list, String listPath, String id, String target) {
        Element anchored = list.getElementById(id);
        assertNotNull(anchored, listPath + "#" + id);
        URI here = URI.create(base + listPath);
        assertTrue(anchored.select("a[href]").stream().anyMatch(a -> here.resolve(a.attr("href")).toString().equals(base + target)),
                listPath + "#" + id + " does not link to " + target + ": " + anchored);
    }

    private static void sourceIds(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("sources") && e.getValue().isArray()) {
                    e.getValue().forEach(s -> ids.add(s.asText()));
                } else {
                    sourceIds(e.getValue(), ids);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> sourceIds(n, ids));
        }
    }

    /** A text field in the page's language: its English version where there is one. */
    private static String textIn(JsonNode record, String field, String language) {
        return !language.isEmpty() && record.hasNonNull(field + "_en") ? record.get(field + "_en").asText() : record.get(field).asText();
    }

    /** The first words of a text, enough to recognise it on a page. */
    private static String start(String text) {
        return text.substring(0, Math.min(40, text.length()));
    }

    private static void assertPageExists(String url, String where) {
        assertTrue(url.startsWith(base) && !url.contains("#"), where + ": " + url);
        assertTrue(Files.isRegularFile(site.resolve(url.substring(base.length()) + "index.html")), where + ": " + url + " has no page");
    }

    private static JsonNode api(String type) throws IOException {
        return JSON.readTree(site.resolve("api/v1/" + type + ".json").toFile());
    }

    private static Document page(String path) throws IOException {
        Path file = site.resolve(path + "index.html");
        assertTrue(Files.isRegularFile(file), path + " has no page");
        return Jsoup.parse(file.toFile(), "UTF-8");
    }
}
