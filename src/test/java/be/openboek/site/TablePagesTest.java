package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.export.Column;
import be.openboek.export.DataDictionary;
import be.openboek.export.TableSpec;
import be.openboek.export.TableSpecs;
import be.openboek.format.BelgianFormat;
import be.openboek.format.Language;
import be.openboek.render.TablePaging;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every published table has pages listing all its rows ({@code datasets/<table>/}, in Dutch and English): the column
 * dictionary in the data package's words, the table's downloads, and every row with its cells as in the CSV. A long
 * table is split over pages, each row on exactly one; here a site built with two rows per page shows it, and its
 * pages pass the Nu Html Checker as the built sites' pages do (BuiltPagesTest).
 */
class TablePagesTest {

    /** Rows per page for the paged site: small, so that the fixture's tables take several pages. */
    private static final int PAGE = 2;

    @TempDir
    static Path tmp;
    static Path paged;

    @BeforeAll
    static void buildPaged() {
        Path output = tmp.resolve("site");
        TestProject.Run run = TablePaging.withRowsPerPage(PAGE, () -> TestProject.fixture(tmp.resolve("project")).build(output));
        assertEquals(0, run.exitCode(), run.err());
        paged = output;
    }

    @Test
    void everyTableHasAPageInBothLanguagesWithEveryRowAsInItsCsv() throws IOException {
        for (Path site : List.of(SharedSites.shipped(), SharedSites.fixture())) {
            for (TableSpec<?> table : TableSpecs.all()) {
                List<CSVRecord> csv = csv(site, table.name());
                for (Language language : Language.values()) {
                    String page = language.prefix() + "datasets/" + table.name() + "/index.html";
                    Document doc = parse(site.resolve(page));
                    List<Element> rows = doc.select("table.browse > tbody > tr");
                    assertEquals(csv.size(), rows.size(), page + ": one row per row of the CSV");
                    for (int r = 0; r < rows.size(); r++) {
                        assertRowIsCsvRecord(page, table, rows.get(r), csv.get(r));
                    }
                }
            }
        }
    }

    @Test
    void theColumnDictionaryUsesTheDataPackagesWords() throws IOException {
        Path site = SharedSites.fixture();
        for (TableSpec<?> table : TableSpecs.all()) {
            for (Language language : Language.values()) {
                DataDictionary words = DataDictionary.of(language);
                String page = language.prefix() + "datasets/" + table.name() + "/index.html";
                Document doc = parse(site.resolve(page));
                List<Element> rows = doc.select("details.dictionary tbody tr");
                assertEquals(table.columns().size(), rows.size(), page + ": a line per column");
                for (int i = 0; i < rows.size(); i++) {
                    Column<?> column = table.columns().get(i);
                    Element row = rows.get(i);
                    assertEquals(column.name(), row.selectFirst("th[scope=row]").text(), page);
                    assertEquals(words.title(table, column), row.child(1).text(), page + " " + column.name());
                    assertEquals(words.type(column.type()), row.child(2).text(), page + " " + column.name());
                    assertEquals(words.description(table, column), row.child(4).text(), page + " " + column.name());
                    // The rows' column headers are the same titles.
                    assertEquals(words.title(table, column), doc.select("table.browse thead th").get(i).text(), page);
                }
            }
        }
    }

    @Test
    void eachTablePageLinksItsDownloadsAndIsLinkedFromTheDatasetsPageAndTheSitemap() throws IOException {
        Path site = SharedSites.fixture();
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (Language language : Language.values()) {
            Document datasets = parse(site.resolve(language.prefix() + "datasets/index.html"));
            for (TableSpec<?> table : TableSpecs.all()) {
                String name = table.name();
                Path page = site.resolve(language.prefix() + "datasets/" + name + "/index.html");
                Document doc = parse(page);
                List<String> downloads = doc.select(".list-downloads a").eachAttr("href").stream()
                        .map(href -> site.relativize(page.getParent().resolve(href).normalize()).toString()).sorted().toList();
                assertEquals(List.of("data/be/" + name + ".csv", "data/" + name + ".csv", "data/" + name + ".json"), downloads, page.toString());
                downloads.forEach(d -> assertTrue(Files.isRegularFile(site.resolve(d)), d));
                Element section = datasets.getElementById(name).parent();
                assertNotNull(section.selectFirst("a[href=\"" + name + "/\"]"), language + " datasets page links the page of " + name);
                assertTrue(sitemap.contains("/datasets/" + name + "/</loc>"), "sitemap lists datasets/" + name + "/");
            }
        }
    }

    @Test
    void aLongTableIsSplitOverPagesWithEachRowOnExactlyOne() throws IOException {
        String sitemap = Files.readString(paged.resolve("sitemap.xml"));
        boolean sawSeveral = false;
        for (TableSpec<?> table : TableSpecs.all()) {
            List<CSVRecord> csv = csv(paged, table.name());
            int pages = Math.max(1, (csv.size() + PAGE - 1) / PAGE);
            sawSeveral |= pages > 2;
            for (Language language : Language.values()) {
                String folder = language.prefix() + "datasets/" + table.name() + "/";
                List<Element> rows = new ArrayList<>();
                for (int n = 1; n <= pages; n++) {
                    String page = folder + (n == 1 ? "" : n + "/");
                    Document doc = parse(paged.resolve(page + "index.html"));
                    List<Element> here = doc.select("table.browse > tbody > tr");
                    assertTrue(here.size() <= PAGE && (here.size() > 0 || csv.isEmpty()), page + " holds 1 to " + PAGE + " rows: " + here.size());
                    rows.addAll(here);
                    if (pages > 1) {
                        assertPager(doc, page, n, pages);
                    } else {
                        assertTrue(doc.select("nav.pager").isEmpty(), page + " has no pager");
                    }
                    if (language == Language.NL) {
                        assertTrue(sitemap.contains("/" + page + "</loc>"), "sitemap lists " + page);
                    }
                }
                assertFalse(Files.exists(paged.resolve(folder + (pages + 1) + "/index.html")), folder + ": no page after the last");
                assertEquals(csv.size(), rows.size(), folder + ": every row on one page");
                for (int r = 0; r < rows.size(); r++) {
                    assertRowIsCsvRecord(folder, table, rows.get(r), csv.get(r));
                }
            }
        }
        assertTrue(sawSeveral, "a table of the fixture takes more than two pages");
    }

    @Test
    void pagedTablePagesAreValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        HtmlChecker checker = HtmlChecker.shared();
        for (String page : List.of("datasets/links/index.html", "datasets/links/2/index.html", "en/datasets/links/3/index.html",
                "datasets/subsidies/2/index.html", "datasets/changes/index.html")) {
            errors.addAll(checker.check(paged.resolve(page)).stream().map(e -> page + ": " + e).toList());
        }
        assertEquals(List.of(), errors);
    }

    /** Previous, next and numbered links, the current page marked, every link leading to a page of the table. */
    private static void assertPager(Document doc, String page, int n, int pages) {
        for (Element nav : doc.select("nav.pager")) {
            assertEquals(n > 1, nav.selectFirst("a[rel=prev]") != null, page + ": previous");
            assertEquals(n < pages, nav.selectFirst("a[rel=next]") != null, page + ": next");
            assertEquals(String.valueOf(n), nav.selectFirst("a[aria-current=page]").text(), page + ": current");
            assertTrue(nav.select("a[data-page=1]").size() > 0 && nav.select("a[data-page=" + pages + "]").size() > 0,
                    page + ": links the first and last page");
            for (Element a : nav.select("a")) {
                Path target = paged.resolve(page).resolve(a.attr("href")).normalize().resolve("index.html");
                assertTrue(Files.isRegularFile(target), page + " links " + a.attr("href"));
                int number = Integer.parseInt(a.attr("data-page"));
                assertTrue(target.toString().endsWith(number == 1 ? "/datasets/" + target.getParent().getFileName() + "/index.html"
                        : "/" + number + "/index.html"), page + ": " + a.attr("href") + " is page " + number);
            }
        }
    }

    /**
     * The cells of a row read as the CSV's: an amount's value in its {@code <data value>}, shown in euro; an address as a
     * link; every other cell's text as written.
     */
    private static void assertRowIsCsvRecord(String page, TableSpec<?> table, Element row, CSVRecord csv) {
        List<Element> cells = row.children();
        assertEquals(table.columns().size(), cells.size(), page);
        assertEquals("th", cells.get(0).tagName(), page + ": the first cell heads its row");
        assertEquals("row", cells.get(0).attr("scope"), page);
        for (int c = 0; c < cells.size(); c++) {
            Column<?> column = table.columns().get(c);
            Element cell = cells.get(c);
            String expected = csv.get(column.name());
            String where = page + " row " + csv.getRecordNumber() + " " + column.name();
            Element amount = cell.selectFirst("data.amount");
            if (amount != null) {
                assertEquals(expected, amount.attr("value"), where);
                assertEquals(BelgianFormat.money(new BigDecimal(expected)), amount.text(), where);
            } else {
                assertEquals(expected, cell.wholeText(), where);
            }
            if (column.name().equals("url") || column.name().equals("source_url")) {
                assertEquals(!expected.isEmpty(), cell.selectFirst("a[href]") != null, where + " is a link");
            }
            if (c > 0) {
                assertFalse(cell.attr("data-label").isEmpty(), where + " has its label for the cards");
            }
        }
    }

    private static List<CSVRecord> csv(Path site, String table) throws IOException {
        try (Reader in = Files.newBufferedReader(site.resolve("data/" + table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
