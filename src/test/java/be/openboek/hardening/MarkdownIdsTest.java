package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown cannot take over a page's own anchors: raw HTML in a description or a page of content/ is shown as text, so
 * no {@code id} or {@code name} comes from it, while links to the page's own sections stay as they were. The skip link
 * keeps leading to the page's main content.
 */
class MarkdownIdsTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: experiment
                objective: Voorstellingen tonen in woonzorgcentra.
                description: |
                  <h2 id="inhoud">Kop</h2>

                  <a id="main" name="top">anker</a> [naar de kop](#inhoud) [naar de bronnen](#bronnen)
                sources: [vraag-2018]
                -- content/about.md --
                ---
                title: Over deze proef
                ---
                <div id="inhoud">Een eigen stuk.</div>

                [terug naar het stuk](#inhoud)
                """);
        site = tmp.resolve("site");
        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void everyPageHasUniqueIdsAndTheSkipLinkLeadsToTheMainContent() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : pages) {
            Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            Set<String> seen = new HashSet<>();
            for (Element element : doc.select("[id]")) {
                if (!seen.add(element.id())) {
                    wrong.add(site.relativize(file) + ": id \"" + element.id() + "\" twice");
                }
            }
            for (Element skip : doc.select("a.skip")) {
                Element target = doc.getElementById(skip.attr("href").substring(1));
                if (target == null || !target.tagName().equals("main")) {
                    wrong.add(site.relativize(file) + ": the skip link leads to " + target);
                }
            }
        }
        assertTrue(pages.size() > 10, "pages were built");
        assertEquals(List.of(), wrong);
    }

    @Test
    void aDescriptionSetsNoIdsAndItsLinksToThePagesSectionsStay() throws IOException {
        for (String path : List.of("projects/streaming/index.html", "en/projects/streaming/index.html")) {
            Document doc = page(path);
            Element prose = doc.selectFirst("a:contains(naar de kop)").parent();
            assertEquals(List.of(), prose.select("[id], [name]").stream().map(Element::outerHtml).toList(), path + ": no id or name from Markdown");
            assertTrue(prose.text().contains("<a id=\"main\" name=\"top\">anker</a>"), path + ": the raw HTML is shown as text");
            assertEquals("#inhoud", doc.selectFirst("a:contains(naar de kop)").attr("href"), path);
            assertEquals("#bronnen", doc.selectFirst("a:contains(naar de bronnen)").attr("href"), "a link to the page's own section stays");
            assertTrue(doc.getElementById("bronnen") != null, path);
            assertEquals("main", doc.getElementById("inhoud").tagName(), path + ": the page's own anchor is the page's");
        }
    }

    @Test
    void aContentPageSetsNoIds() throws IOException {
        Document doc = page("about/index.html");
        assertEquals("main", doc.getElementById("inhoud").tagName());
        assertEquals(1, doc.select("#inhoud").size());
        assertTrue(doc.selectFirst("a:contains(terug naar het stuk)").parent().parent().text()
                .contains("<div id=\"inhoud\">Een eigen stuk.</div>"), "the raw HTML is shown as text");
    }
}
