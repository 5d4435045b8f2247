package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import be.openboek.testing.SharedSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * Checks over every page of two built sites (the shipped data and the fixture): valid HTML for the
 * W3C Nu Html Checker, and no resource fetched from another host.
 */
class BuiltPagesTest {

    static List<Path> sites;
    static HtmlChecker checker;

    @BeforeAll
    static void build() throws SAXException {
        sites = List.of(SharedSites.shipped(), SharedSites.fixture());
        checker = HtmlChecker.shared();
    }

    static List<Path> files(String extension) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path site : sites) {
            try (Stream<Path> walk = Files.walk(site)) {
                walk.filter(p -> p.toString().endsWith(extension)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        List<Path> pages = files(".html");
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            checker.check(page).forEach(l -> errors.add(page + ":" + l));
        }
        assertEquals(List.of(), errors, "Nu Html Checker errors in " + pages.size() + " pages");
    }

    @Test
    void theCheckerReportsAnInvalidPage(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><table><p>x</table></body></html>");
        List<String> errors = checker.check(bad);
        assertFalse(errors.stream().noneMatch(l -> l.contains(": error:")), "an error is reported: " + errors);
        assertEquals(List.of(), checker.check(sites.get(1).resolve("index.html")), "and the next page is checked afresh");
    }

    /** Elements and attributes through which a browser fetches something by itself. */
    private static final String[][] RESOURCE_ATTRIBUTES = {{"script", "src"}, {"link", "href"}, {"img", "src"},
        {"img", "srcset"}, {"iframe", "src"}, {"frame", "src"}, {"source", "src"}, {"source", "srcset"}, {"video", "src"},
        {"video", "poster"}, {"audio", "src"}, {"track", "src"}, {"embed", "src"}, {"object", "data"}, {"input", "src"},
        {"image", "href"}, {"use", "href"}};

    private static final Pattern CSS_URL = Pattern.compile("(?i)(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)");

    @Test
    void noPageOrStylesheetFetchesFromAnotherHost() throws IOException {
        List<String> external = new ArrayList<>();
        for (Path page : files(".html")) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            for (String[] pair : RESOURCE_ATTRIBUTES) {
                for (Element e : doc.select(pair[0] + "[" + pair[1] + "]")) {
                    if (e.tagName().equals("link") && !e.attr("rel").matches("(?i).*(stylesheet|icon|preload|prefetch|manifest|modulepreload).*")) {
                        continue;
                    }
                    String value = e.attr(pair[1]);
                    if (isExternal(value)) {
                        external.add(page + ": <" + pair[0] + " " + pair[1] + "=\"" + value + "\">");
                    }
                }
            }
            for (Element style : doc.select("style, [style]")) {
                cssUrls(style.tagName().equals("style") ? style.data() : style.attr("style"), page.toString(), external);
            }
        }
        for (Path css : files(".css")) {
            cssUrls(Files.readString(css, StandardCharsets.UTF_8), css.toString(), external);
        }
        assertEquals(List.of(), external, "resources from other hosts");
    }

    private static void cssUrls(String css, String where, List<String> external) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            if (isExternal(m.group(1))) {
                external.add(where + ": url(" + m.group(1) + ")");
            }
        }
    }

    /** Absolute and protocol-relative addresses leave the site; relative ones and data: images do not. */
    static boolean isExternal(String url) {
        String u = url.strip().toLowerCase();
        return u.startsWith("//") || u.matches("^[a-z][a-z0-9+.-]*:.*") && !u.startsWith("data:image/");
    }

    @Test
    void theExternalCheckCatchesWhatItShould() {
        assertEquals(true, isExternal("https://fonts.example/x.woff2"));
        assertEquals(true, isExternal("//cdn.example/x.js"));
        assertEquals(false, isExternal("../assets/site.css"));
        assertEquals(false, isExternal("/assets/site.css"));
    }
}
