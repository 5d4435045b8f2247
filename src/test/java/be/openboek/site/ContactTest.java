package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.format.Language;
import be.openboek.format.Messages;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's contact ({@code contact} in {@code data/organisation.yaml}) as readers and portals meet it, for
 * an e-mail address (the fixture's), a web address and none at all: in every page's footer (in words when there is
 * none, never a made-up address), as the catalog's contact point (an address on the site that exists), and behind a
 * "report an error" link on every record page and every subsidy line, source and call with an anchor, which names
 * the record.
 */
class ContactTest {

    private static final String BASE = "https://open.proefhuis.example/";
    private static final String EMAIL = "data@proefhuis.example";
    private static final String URL = "https://proefhuis.example/contact/";

    @TempDir
    static Path tmp;
    static Path withEmail;
    static Path withUrl;
    static Path without;

    @BeforeAll
    static void build() throws IOException {
        withEmail = SharedSites.fixture();
        withUrl = build("url", "contact: " + URL);
        without = build("none", "");
    }

    /** The fixture with its contact line replaced by {@code line} (removed when empty). */
    private static Path build(String name, String line) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve(name + "-project"));
        Path organisation = project.path("data/organisation.yaml");
        String yaml = Files.readString(organisation).replace("contact: " + EMAIL + "\n", line.isEmpty() ? "" : line + "\n");
        assertTrue(!yaml.contains(EMAIL), "the fixture's contact is replaced");
        Files.writeString(organisation, yaml);
        Path site = tmp.resolve(name + "-site");
        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
        return site;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    }

    private static String text(Document page, String key, Object... args) {
        Language language = page.selectFirst("html").attr("lang").equals("en") ? Language.EN : Language.NL;
        return Messages.of(language).text(key, args).toString();
    }

    @Test
    void everyPageSaysInItsFooterHowToReachTheOrganisation() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path site : List.of(withEmail, withUrl, without)) {
            List<Path> pages = pages(site);
            assertTrue(pages.size() > 20, "every page type in both languages: " + pages.size());
            for (Path file : pages) {
                Document page = parse(file);
                Element contact = page.selectFirst("footer #contact");
                String where = site.relativize(file).toString();
                if (contact == null) {
                    wrong.add(where + ": no #contact in the footer");
                } else if (site == withEmail && contact.select("a[href=mailto:" + EMAIL + "]").text().equals(EMAIL)) {
                    continue;
                } else if (site == withUrl && contact.select("a[href=" + URL + "]").text().equals(URL)) {
                    continue;
                } else if (site == without && contact.text().equals(text(page, "footer.contact.none")) && contact.select("a").isEmpty()) {
                    continue;
                } else {
                    wrong.add(site.getFileName() + "/" + where + ": " + contact.outerHtml());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCatalogsContactPointIsAPlaceOnTheSiteThatShowsTheContact() throws IOException {
        for (Path site : List.of(withEmail, withUrl, without)) {
            Graph catalog = RDFDataMgr.loadGraph(site.resolve("catalog.ttl").toString(), Lang.TURTLE);
            List<Node> points = objects(catalog, Node.ANY, "http://www.w3.org/ns/dcat#contactPoint");
            assertFalse(points.isEmpty(), "the catalog has a contact point");
            for (Node point : points.stream().distinct().toList()) {
                Element anchor = resolve(site, point.getURI());
                assertEquals("contact", anchor.id(), point.getURI());
                List<String> email = objects(catalog, point, "http://www.w3.org/2006/vcard/ns#hasEmail").stream().map(Node::getURI).toList();
                List<String> url = objects(catalog, point, "http://www.w3.org/2006/vcard/ns#hasURL").stream().map(Node::getURI).toList();
                if (site == withEmail) {
                    assertEquals(List.of("mailto:" + EMAIL), email);
                    assertEquals(List.of(), url);
                } else if (site == withUrl) {
                    assertEquals(List.of(), email);
                    assertEquals(List.of(URL), url);
                } else {
                    // No address is invented: the URL is a place on the site that says there is none yet.
                    assertEquals(List.of(), email);
                    assertEquals(1, url.size(), url.toString());
                    Element place = resolve(site, url.get(0));
                    assertEquals(text(place.ownerDocument(), "footer.contact.none"), place.text());
                }
            }
        }
    }

    private static List<Node> objects(Graph graph, Node subject, String predicate) {
        return graph.find(subject, NodeFactory.createURI(predicate), Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The element an address of the site with a {@code #fragment} points at; fails when page or element is missing. */
    private static Element resolve(Path site, String address) throws IOException {
        assertTrue(address.startsWith(BASE) && address.contains("#"), address + " is a place on the site");
        String path = address.substring(BASE.length(), address.indexOf('#'));
        Path page = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.isRegularFile(page), address + ": no page " + page);
        Element element = parse(page).getElementById(address.substring(address.indexOf('#') + 1));
        assertTrue(element != null, address + ": no such id on the page");
        return element;
    }

    @Test
    void everyRecordPageHasAReportLinkWhoseSubjectNamesTheRecord() throws IOException {
        for (String language : List.of("", "en/")) {
            for (String[] record : new String[][] {{"projects", "project"}, {"services", "service"}}) {
                List<Path> pages = recordPages(withEmail, language + record[0]);
                assertFalse(pages.isEmpty(), record[0]);
                for (Path file : pages) {
                    String id = file.getParent().getFileName().toString();
                    String address = BASE + language + record[0] + "/" + id + "/";
                    Document page = parse(file);
                    assertReportLink(page, "report.kind." + record[1], id, address);
                    assertEquals(1, page.select("a.report-error").size(), file.toString());
                }
            }
        }
    }

    @Test
    void everySubsidyLineSourceAndCallWithAnAnchorHasItsOwnReportLink() throws IOException {
        for (String language : List.of("", "en/")) {
            for (String[] rows : new String[][] {{"subsidies/", "tr[id]", "subsidy", "subsidies/"}, {"sources/", "li[id]", "source", "sources/"},
                {"projects/", "section.call[id]", "call", "calls/"}}) {
                Document page = parse(withEmail.resolve(language + rows[0] + "index.html"));
                List<Element> anchored = page.select(rows[1]);
                assertFalse(anchored.isEmpty(), rows[0] + rows[1]);
                for (Element row : anchored) {
                    List<Element> links = row.select("a.report-error");
                    assertEquals(1, links.size(), rows[0] + "#" + row.id());
                    // Each record has a page of its own: the report names that page, not the list it was sent from.
                    String address = BASE + language + rows[3] + row.id() + "/";
                    assertReportLink(row.ownerDocument(), links.get(0), text(page, "report.kind." + rows[2]), row.id(), address);
                }
            }
        }
    }

    private static void assertReportLink(Document page, String kindKey, String id, String address) {
        Element link = page.selectFirst(".report-line a.report-error");
        assertTrue(link != null, address + ": no report link at the end of the page");
        assertReportLink(page, link, text(page, kindKey), id, address);
    }

    /** The link writes to the contact with the record type, id and address in the subject, and says which record it is about. */
    private static void assertReportLink(Document page, Element link, String kind, String id, String address) {
        String href = link.attr("href");
        assertTrue(href.startsWith("mailto:" + EMAIL + "?subject="), href);
        String subject = URLDecoder.decode(href.substring(href.indexOf("?subject=") + 9), StandardCharsets.UTF_8);
        assertEquals(text(page, "report.subject", kind, id, address), subject);
        assertTrue(subject.contains(kind + " " + id) && subject.contains(address), subject);
        assertEquals(text(page, "report.link") + " " + text(page, "report.about", kind, id), link.text());
    }

    @Test
    void aWebAddressContactIsTheLinkAndNoContactIsSaidInWords() throws IOException {
        for (String language : List.of("", "en/")) {
            for (Path file : recordPages(withUrl, language + "projects")) {
                Document page = parse(file);
                Element link = page.selectFirst(".report-line a.report-error");
                assertTrue(link != null, file.toString());
                assertEquals(URL, link.attr("href"));
                String id = file.getParent().getFileName().toString();
                assertTrue(link.text().endsWith(text(page, "report.about", text(page, "report.kind.project"), id)), link.text());
            }
            for (Path file : recordPages(without, language + "services")) {
                Document page = parse(file);
                assertTrue(page.select("a.report-error").isEmpty(), file.toString());
                assertEquals(text(page, "report.question") + " " + text(page, "footer.contact.none"), page.selectFirst(".report-line").text());
            }
            assertTrue(parse(without.resolve(language + "subsidies/index.html")).select("a.report-error").isEmpty(),
                    "no link without a contact");
        }
    }

    private static List<Path> recordPages(Path site, String folder) throws IOException {
        try (Stream<Path> dirs = Files.list(site.resolve(folder))) {
            return dirs.filter(Files::isDirectory).map(d -> d.resolve("index.html")).sorted().toList();
        }
    }
}
