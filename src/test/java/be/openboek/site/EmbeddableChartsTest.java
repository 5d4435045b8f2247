package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 15, embeddable charts: every chart the site draws, in both languages, is also a stand-alone SVG file and a
 * small page made for an iframe, and the page under the chart shows the code that embeds it. Read from the shipped
 * site and the fixture's (both built once, see {@link SharedSites}).
 */
class EmbeddableChartsTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern IFRAME_SRC = Pattern.compile("<iframe src=\"([^\"]+)\"");

    /** A chart on a page, as its embed code names it. */
    private record Embedded(Path site, String page, String title, String summary, String frameUrl, Path embed, Path svg) {
    }

    @Test
    void everyChartOfBothSitesInBothLanguagesHasItsEmbedCodeSvgAndEmbedPage() throws IOException {
        for (Path site : List.of(SharedSites.shipped(), SharedSites.fixture())) {
            List<Embedded> charts = charts(site);
            List<String> pages = charts.stream().map(Embedded::page).toList();
            // The chart pages of each language: home and subsidies (subsidies per year), projects (the stages) and
            // at least one service (its prices).
            for (String language : List.of("", "en/")) {
                for (String page : List.of("", "subsidies/", "projects/")) {
                    assertTrue(pages.contains(language + page), site + ": embed code under the chart of /" + language + page + " in " + pages);
                }
                assertTrue(pages.stream().anyMatch(p -> p.startsWith(language + "services/") && p.length() > (language + "services/").length()),
                        site + ": a service page's price chart has embed code: " + pages);
            }
            for (Embedded chart : charts) {
                assertTrue(Files.isRegularFile(chart.embed()), chart.page() + ": the embed code points at " + chart.frameUrl()
                        + ", which must exist as " + chart.embed());
                assertTrue(Files.isRegularFile(chart.svg()), chart.page() + ": the SVG link points at " + chart.svg());
                assertTrue(chart.frameUrl().startsWith(baseUrl(site) + (chart.page().startsWith("en/") ? "en/embed/" : "embed/")),
                        chart.frameUrl());
            }
        }
    }

    @Test
    void theSvgIsAStandaloneDocumentWithItsTitleSummaryAndSource() throws Exception {
        for (Path site : List.of(SharedSites.shipped(), SharedSites.fixture())) {
            String organisation = organisationName(site);
            String dataDate = Jsoup.parse(read(site.resolve("datasets/index.html"))).selectFirst("main time").text();
            for (Embedded chart : charts(site)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                org.w3c.dom.Document svg = factory.newDocumentBuilder().parse(chart.svg().toFile());
                org.w3c.dom.Element root = svg.getDocumentElement();
                String where = chart.svg().toString();
                assertEquals(SVG, root.getNamespaceURI(), where);
                assertEquals("svg", root.getLocalName(), where);
                assertEquals(chart.title(), childText(root, "title"), where + ": <title>");
                assertEquals(chart.summary(), childText(root, "desc"), where + ": <desc> holds the chart's summary");
                // Visible inside the drawing: the title above it, the source line (organisation, site, date) below it.
                String visible = texts(root);
                boolean english = chart.page().startsWith("en/");
                // The page the chart belongs to: where it is drawn, the subsidies page for the home page's chart.
                String pageUrl = baseUrl(site) + chart.page().replaceFirst("^(en/)?$", "$1subsidies/");
                assertTrue(visible.contains(chart.title()), where + ": visible title in " + visible);
                assertTrue(visible.contains(organisation), where + ": organisation " + organisation + " in " + visible);
                assertTrue(visible.contains(baseUrl(site)), where + ": the site's address in " + visible);
                assertTrue(visible.contains(english ? englishDate(site, dataDate) : dataDate), where + ": the data date in " + visible);
                assertTrue(visible.contains(english ? "Source" : "Bron"), where + ": a source line in " + visible);
                assertEquals(List.of(), externalLoads(root, baseUrl(site)), where + ": loads nothing from elsewhere");
                // Read on its own, the file has no table beside it: no description may point a reader to one.
                NodeList descriptions = svg.getElementsByTagNameNS(SVG, "desc");
                for (int i = 0; i < descriptions.getLength(); i++) {
                    String description = descriptions.item(i).getTextContent();
                    assertFalse(description.matches("(?is).*\\b(tabel|table)\\b.*"), where + ": a description mentions a table: " + description);
                }
                NodeList links = svg.getElementsByTagNameNS(SVG, "a");
                List<String> hrefs = new ArrayList<>();
                for (int i = 0; i < links.getLength(); i++) {
                    hrefs.add(((org.w3c.dom.Element) links.item(i)).getAttribute("href"));
                }
                assertEquals(List.of(pageUrl), hrefs, where + ": the source line links to the chart's page");
                assertTrue(visible.contains(pageUrl), where + ": the chart's page written out in " + visible);
            }
        }
    }

    @Test
    void theEmbedPageIsValidHasNoScriptAndLinksBack() throws Exception {
        HtmlChecker checker = HtmlChecker.shared();
        for (Path site : List.of(SharedSites.shipped(), SharedSites.fixture())) {
            for (Embedded chart : charts(site)) {
                String where = chart.embed().toString();
                assertEquals(List.of(), checker.check(chart.embed()), where + ": Nu Html Checker");
                String html = read(chart.embed());
                Document page = Jsoup.parse(html);
                assertTrue(page.select("script, iframe, object, embed, img[src^=http]").isEmpty(), where + ": no script, frame or plugin");
                assertTrue(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                        .noneMatch(a -> a.getKey().toLowerCase().startsWith("on") || a.getValue().toLowerCase().startsWith("javascript:")),
                        where + ": no event handler");
                for (Element resource : page.select("link[rel=stylesheet], [src]")) {
                    String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                    assertFalse(BuiltPagesTest.isExternal(url), where + ": " + resource);
                }
                assertEquals(chart.title(), page.selectFirst("h1").text(), where);
                assertTrue(page.select("svg title").eachText().contains(chart.title()), where + ": the chart itself");
                assertEquals(chart.summary(), page.selectFirst("figcaption").text(), where + ": its summary");
                // Links back: to the chart's page (a page with the same chart) and to the SVG file, both on the site.
                List<Path> targets = new ArrayList<>();
                for (Element link : page.select("main a[href]")) {
                    assertFalse(BuiltPagesTest.isExternal(link.attr("href")), where + ": " + link);
                    targets.add(chart.embed().getParent().resolve(link.attr("href")).normalize());
                }
                assertTrue(targets.contains(chart.svg().normalize()), where + ": links to its SVG " + targets);
                assertTrue(targets.stream().anyMatch(t -> Files.isRegularFile(t.resolve("index.html"))
                        && read(t.resolve("index.html")).contains(chart.frameUrl())), where + ": links back to the chart's page " + targets);
            }
        }
    }

    @Test
    void theEmbedPagesAreInTheSitemapAndEveryNewFileInTheChecksums() throws IOException {
        Path site = SharedSites.shipped();
        String sitemap = read(site.resolve("sitemap.xml"));
        String sums = read(site.resolve("sha256sums.txt"));
        for (Embedded chart : charts(site)) {
            assertTrue(sitemap.contains("<loc>" + chart.frameUrl() + "</loc>"), chart.frameUrl() + " in the sitemap");
            for (Path file : List.of(chart.embed(), chart.svg())) {
                String path = site.relativize(file).toString().replace('\\', '/');
                assertTrue(sums.contains("  " + path + "\n"), path + " in sha256sums.txt");
            }
        }
    }

    @Test
    void theExternalLoadCheckCatchesWhatItShould() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String base = "https://example.org/";
        for (String bad : List.of("<image href=\"https://cdn.example/x.png\"/>", "<style>@import 'x.css';</style>",
                "<rect fill=\"url(https://cdn.example/p.svg#a)\"/>", "<a href=\"https://elsewhere.example/\"><text>x</text></a>",
                "<use href=\"x.svg#a\"/>", "<script>alert(1)</script>")) {
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    ("<svg xmlns=\"" + SVG + "\">" + bad + "</svg>").getBytes(StandardCharsets.UTF_8)));
            assertFalse(externalLoads(doc.getDocumentElement(), base).isEmpty(), bad);
        }
        org.w3c.dom.Document good = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                ("<svg xmlns=\"" + SVG + "\"><rect fill=\"url(#p)\"/><a href=\"https://example.org/subsidies/\"><text>x</text></a></svg>")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), externalLoads(good.getDocumentElement(), base));
    }

    /**
     * What in an SVG would load or run something: elements that fetch or run (image, use, script, style, foreignObject,
     * feImage), a {@code url()} other than a fragment of the file itself, an {@code @import}, a link anywhere but
     * the site's own pages.
     */
    private static List<String> externalLoads(org.w3c.dom.Element root, String baseUrl) {
        List<String> found = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        List<Node> nodes = new ArrayList<>(List.of(root));
        for (int i = 0; i < all.getLength(); i++) {
            nodes.add(all.item(i));
        }
        for (Node node : nodes) {
            String name = node.getLocalName();
            if (List.of("image", "use", "script", "style", "foreignObject", "feImage", "iframe").contains(name)) {
                found.add("<" + name + ">");
            }
            NamedNodeMap attributes = node.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                String key = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
                String value = attribute.getNodeValue();
                if (attribute.getNodeName().startsWith("xmlns")) {
                    continue;
                }
                Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)").matcher(value);
                while (url.find()) {
                    if (!url.group(1).startsWith("#")) {
                        found.add(key + "=" + value);
                    }
                }
                if (value.contains("@import") || key.startsWith("on") || key.equals("style") && value.contains("url(")) {
                    found.add(key + "=" + value);
                }
                if ((key.equals("href") || key.equals("src")) && !(node.getLocalName().equals("a") && value.startsWith(baseUrl))) {
                    found.add("<" + name + " " + key + "=" + value + ">");
                }
            }
        }
        return found;
    }

    /** The charts on every page of {@code site} except the embed pages, each by the embed code under it. */
    private static List<Embedded> charts(Path site) throws IOException {
        List<Embedded> charts = new ArrayList<>();
        String base = baseUrl(site);
        Map<String, Path> pages = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(p -> p.getFileName().toString().equals("index.html")).forEach(p -> {
                String path = site.relativize(p.getParent()).toString().replace('\\', '/');
                pages.put(path.isEmpty() ? "" : path + "/", p);
            });
        }
        for (Map.Entry<String, Path> entry : pages.entrySet()) {
            if (entry.getKey().matches("(en/)?embed/.*")) {
                continue;
            }
            Document page = Jsoup.parse(read(entry.getValue()));
            for (Element figure : page.select("main figure.chart")) {
                String title = figure.selectFirst("svg > title").text();
                String summary = figure.selectFirst("figcaption").text();
                Element details = figure.nextElementSiblings().select("details.chart-embed").first();
                assertTrue(details != null, entry.getKey() + ": embed code under the chart " + title);
                Matcher src = IFRAME_SRC.matcher(details.selectFirst("pre code").text());
                assertTrue(src.find(), entry.getKey() + ": an iframe in the embed code: " + details.text());
                String frameUrl = src.group(1);
                assertTrue(frameUrl.startsWith(base), frameUrl);
                Path embed = site.resolve(frameUrl.substring(base.length())).resolve("index.html");
                Element svgLink = details.selectFirst("a[href$=.svg]");
                assertTrue(svgLink != null, entry.getKey() + ": a plain link to the SVG: " + details);
                Path svg = entry.getValue().getParent().resolve(svgLink.attr("href")).normalize();
                charts.add(new Embedded(site, entry.getKey(), title, summary, frameUrl, embed, svg));
            }
        }
        return charts;
    }

    private static String baseUrl(Path site) {
        String canonical = Jsoup.parse(read(site.resolve("subsidies/index.html"))).selectFirst("link[rel=canonical]").attr("href");
        return canonical.substring(0, canonical.length() - "subsidies/".length());
    }

    private static String organisationName(Path site) {
        String heading = Jsoup.parse(read(site.resolve("datasets/index.html"))).selectFirst("p.site-name").text();
        return heading.substring(0, heading.indexOf(" — "));
    }

    /** The data date the Dutch datasets page shows, as the English one shows it. */
    private static String englishDate(Path site, String dutch) {
        Document nl = Jsoup.parse(read(site.resolve("datasets/index.html")));
        Document en = Jsoup.parse(read(site.resolve("en/datasets/index.html")));
        String iso = nl.selectFirst("main time").attr("datetime");
        assertEquals(dutch, nl.selectFirst("main time").text());
        return en.selectFirst("main time[datetime=" + iso + "]").text();
    }

    private static String childText(org.w3c.dom.Element root, String name) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (SVG.equals(child.getNamespaceURI()) && name.equals(child.getLocalName())) {
                return child.getTextContent().strip();
            }
        }
        return null;
    }

    /** The visible text of the drawing: its text elements, each as one line. */
    private static String texts(org.w3c.dom.Element root) {
        StringBuilder out = new StringBuilder();
        NodeList texts = root.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent().replaceAll("\\s+", " ").strip()).append('\n');
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
