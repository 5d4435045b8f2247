package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture site in two languages: the same pages in Dutch and under {@code en/}, each with the right
 * {@code <html lang>}, canonical and alternate links, Open Graph tags, and all of them in the sitemap.
 */
class LanguagesAndLinksTest {

    static final String BASE = "https://open.proefhuis.example/";

    static Path site;

    @BeforeAll
    static void build() {
        site = SharedSites.fixture();
    }

    /** Every page's address within its language, e.g. {@code projects/leesspel/}, for Dutch or English. */
    static Set<String> pages(boolean english) throws IOException {
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
                String rel = site.relativize(p).toString().replace('\\', '/');
                String path = rel.substring(0, rel.length() - "index.html".length());
                if (path.startsWith("en/") == english) {
                    paths.add(english ? path.substring(3) : path);
                }
            }
        }
        return paths;
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path + "index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void everyDutchPageHasAnEnglishTwin() throws IOException {
        Set<String> dutch = pages(false);
        assertTrue(dutch.containsAll(List.of("", "subsidies/", "projects/leesspel/", "services/leesspel-dienst/", "datasets/",
                "changes/", "about/")), dutch.toString());
        assertEquals(dutch, pages(true));
    }

    @Test
    void everyPageNamesItsLanguageCanonicalAndAlternates() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (boolean english : List.of(false, true)) {
            for (String path : pages(english)) {
                String own = (english ? "en/" : "") + path;
                Document doc = page(own);
                expect(wrong, own, "html lang", english ? "en" : "nl", doc.selectFirst("html").attr("lang"));
                expect(wrong, own, "canonical", BASE + own, attr(doc, "link[rel=canonical]", "href"));
                expect(wrong, own, "hreflang nl", BASE + path, attr(doc, "link[rel=alternate][hreflang=nl]", "href"));
                expect(wrong, own, "hreflang en", BASE + "en/" + path, attr(doc, "link[rel=alternate][hreflang=en]", "href"));
                expect(wrong, own, "x-default", BASE + path, attr(doc, "link[rel=alternate][hreflang=x-default]", "href"));
                expect(wrong, own, "og:url", BASE + own, attr(doc, "meta[property=og:url]", "content"));
                expect(wrong, own, "og:locale", english ? "en_GB" : "nl_BE", attr(doc, "meta[property=og:locale]", "content"));
                expect(wrong, own, "og:locale:alternate", english ? "nl_BE" : "en_GB", attr(doc, "meta[property=og:locale:alternate]", "content"));
                expect(wrong, own, "og:title", doc.title(), attr(doc, "meta[property=og:title]", "content"));
                expect(wrong, own, "og:type", "website", attr(doc, "meta[property=og:type]", "content"));
                if (doc.select("meta[property=og:description]").attr("content").isBlank() || !doc.select("meta[property=og:image]").isEmpty()) {
                    wrong.add(own + ": og:description missing or an og:image without a local image");
                }
                Element other = doc.selectFirst(".lang-switch a[hreflang=" + (english ? "nl" : "en") + "]");
                if (other == null || !Files.isRegularFile(site.resolve(own + "index.html").getParent().resolve(other.attr("href")).resolve("index.html").normalize())) {
                    wrong.add(own + ": the language switch does not lead to the other language's page");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, String page, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            wrong.add(page + ": " + what + " is \"" + actual + "\", expected \"" + expected + "\"");
        }
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null ? "(missing)" : e.attr(attribute);
    }

    @Test
    void englishPagesSpeakEnglishAndMarkTheDutchRecordText() throws IOException {
        Document project = page("en/projects/leesspel/");
        assertEquals("Projects", project.select("nav a[href$=projects/]").text());
        assertEquals("nl", project.selectFirst("h1").attr("lang"), "the project's title is Dutch record text");
        assertTrue(project.text().contains("Objective"), "interface text is English");
        assertTrue(project.select("[lang=nl]").size() > 3);
        Document dutch = page("projects/leesspel/");
        assertEquals("Projecten", dutch.select("nav a[href$=projects/]").text());
        assertEquals("", dutch.selectFirst("h1").attr("lang"), "no lang marks needed on Dutch pages");
        assertTrue(page("en/").text().contains("July 2016"), "English month names");
        assertTrue(page("").text().contains("juli 2016"));
    }

    @Test
    void theSitemapListsEveryPageInBothLanguagesWithAlternates() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        Set<String> locs = new TreeSet<>();
        sitemap.select("url > loc").forEach(l -> locs.add(l.text()));
        Set<String> expected = new TreeSet<>();
        pages(false).forEach(p -> expected.add(BASE + p));
        pages(true).forEach(p -> expected.add(BASE + "en/" + p));
        assertEquals(expected, locs);
        for (Element url : sitemap.select("url")) {
            assertEquals(3, url.getElementsByTag("xhtml:link").size(), url.toString());
        }
        assertEquals("# Everything on this site may be crawled.\nUser-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n",
                Files.readString(site.resolve("robots.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theNotFoundPageIsNotIndexedAndLinksBothLanguages() throws IOException {
        Document doc = Jsoup.parse(Files.readString(site.resolve("404.html"), StandardCharsets.UTF_8));
        assertEquals("noindex", attr(doc, "meta[name=robots]", "content"));
        assertTrue(doc.select("link[rel=canonical]").isEmpty());
        assertEquals("/en/", attr(doc, ".lang-switch a", "href"));
    }
}
