package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks over every page of the shipped site and the fixture site: a Content-Security-Policy that forbids inline
 * script and style, nothing inline that it would block, and no broken internal link or anchor.
 */
class SiteChecksTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'";

    /** Built site → its base URL. */
    static Map<Path, String> sites = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws IOException {
        sites.put(SharedSites.shipped(), baseUrl(TestProject.REPO.resolve("data/organisation.yaml")));
        sites.put(SharedSites.fixture(), baseUrl(TestProject.FIXTURE.resolve("data/organisation.yaml")));
    }

    static String baseUrl(Path organisation) throws IOException {
        Matcher m = Pattern.compile("(?m)^base_url:\\s*\"?([^\"\\s]+)").matcher(Files.readString(organisation));
        assertTrue(m.find(), "base_url in " + organisation);
        return m.group(1);
    }

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path site : sites.keySet()) {
            try (Stream<Path> walk = Files.walk(site)) {
                walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    @Test
    void everyPageForbidsInlineScriptAndStyle() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> pages = pages();
        assertTrue(pages.size() > 20, "pages were built: " + pages.size());
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            List<String> policies = doc.select("head > meta[http-equiv=Content-Security-Policy]").eachAttr("content");
            if (!policies.equals(List.of(CSP))) {
                wrong.add(page + ": Content-Security-Policy " + policies);
            }
            wrong.addAll(inlineCode(doc, page.toString()));
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * What the policy would block or what would need {@code 'unsafe-inline'}: style attributes and elements, scripts
     * without src, event handler attributes, javascript: links. JSON-LD is data: CSP does not run or block it.
     */
    static List<String> inlineCode(Document doc, String where) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e.tagName().equals("style")) {
                found.add(where + ": <style>");
            }
            if (e.tagName().equals("script") && !e.hasAttr("src") && !e.attr("type").equals("application/ld+json")) {
                found.add(where + ": inline <script>");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase();
                if (name.equals("style") || name.startsWith("on")) {
                    found.add(where + ": <" + e.tagName() + " " + name + ">");
                }
                if (a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    found.add(where + ": <" + e.tagName() + " " + name + "=javascript:>");
                }
            }
        }
        return found;
    }

    @Test
    void theInlineCheckFindsWhatItShould() {
        Document doc = Jsoup.parse("<style>p{}</style><p style=x onclick=y>a</p><script>x()</script>"
                + "<script src=a.js></script><script type=application/ld+json>{}</script><a href='javascript:x'>b</a>");
        assertEquals(5, inlineCode(doc, "t").size(), inlineCode(doc, "t").toString());
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<Path, String> site : sites.entrySet()) {
            new LinkChecker(site.getKey(), site.getValue()).brokenLinks().forEach(l -> broken.add(site.getKey().getFileName() + "/" + l));
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theLinkCheckerFindsBrokenLinksAndAnchors(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("index.html"), """
                <p id="top"><a href="a/">ok</a> <a href="#top">ok</a> <a href="https://elders.example/">external</a>
                <a href="https://open.example/a/#x">own base url</a> <a href="/a/">absolute</a>
                <a href="b/">missing</a> <a href="a/#nope">missing anchor</a> <a href="a">no slash</a>
                <a href="../x.html">outside</a> <img src="assets/x.png" alt=""></p>
                """);
        Files.writeString(dir.resolve("a/index.html"), "<h1 id=\"x\">x</h1><a href=\"../#top\">up</a>");
        Files.writeString(dir.resolve("feed.xml"), "<feed><link href=\"https://open.example/gone/\"/></feed>");
        List<String> broken = new LinkChecker(dir, "https://open.example/").brokenLinks();
        assertEquals(List.of("feed.xml: https://open.example/gone/ (no file gone/index.html)",
                "index.html: b/ (no file b/index.html)",
                "index.html: a/#nope (no id \"nope\" in a/index.html)",
                "index.html: a (a folder without a trailing slash)",
                "index.html: ../x.html (leaves the site root)",
                "index.html: assets/x.png (no file assets/x.png)"), broken);
        assertFalse(broken.stream().anyMatch(l -> l.contains("elders")));
    }
}
