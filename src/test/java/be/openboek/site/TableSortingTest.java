package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.format.BelgianFormat;
import be.openboek.render.TablePaging;
import be.openboek.testing.Browser;
import be.openboek.testing.Prerequisites;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The table pages' column headers sort the rows in headless Chromium (assets/tables.js): a table on one page in place;
 * a table split over pages as a whole, from its JSON file, each page showing its share of the sorted rows. In the test
 * JVM's shared Chromium ({@link Browser}; skipped with the reason when there is none, failing in CI).
 */
class TableSortingTest {

    private static final String ROWS = "table.browse > tbody > tr";

    @TempDir
    static Path tmp;
    static Path paged;
    static ServedSite servedPaged;
    static ServedSite served;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        if (!Browser.installed()) {
            return;
        }
        paged = tmp.resolve("site");
        // A third price line, whose unit price ends in a zero that must stay: the price lines then take two pages too.
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        String service = Files.readString(project.path("data/services/leesspel-dienst.yaml"));
        project.write("-- data/services/leesspel-dienst.yaml --\n" + service.replace("cooperative_terms:", """
                  - component: Basis
                    amount: 0.32670
                    unit: per_inhabitant_per_year
                    valid_from: 2023-01-01
                    sources: [prijzen-pagina]
                cooperative_terms:"""));
        TestProject.Run run = TablePaging.withRowsPerPage(2, () -> project.build(paged));
        assertEquals(0, run.exitCode(), run.err());
        servedPaged = ServedSite.serve(paged);
        served = ServedSite.serve(SharedSites.fixture());
        // A desktop window, 1280 × 900.
        browser = Browser.shared();
    }

    @BeforeEach
    void needsTheBrowser() {
        Prerequisites.require(Prerequisites.BROWSER, Browser.installed(), Browser.MISSING);
    }

    @AfterAll
    static void stop() {
        if (servedPaged != null) {
            servedPaged.close();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aTableOnOnePageSortsInPlaceByAmountThenBackwards() throws IOException {
        List<CSVRecord> csv = csv(SharedSites.fixture(), "subsidies");
        browser.get(served.url() + "datasets/subsidies/");
        assertEquals(ids(csv), shownIds(), "without a click: the data's order");

        WebElement amount = header("Bedrag");
        sortBy("Bedrag, oplopend");
        assertEquals("ascending", amount.getAttribute("aria-sort"));
        assertEquals(ids(byAmount(csv, false)), shownIds());
        assertEquals("Gesorteerd op Bedrag, oplopend.", browser.findElement(By.cssSelector(".table-status")).getText());

        sortBy("Bedrag, aflopend");
        assertEquals("descending", amount.getAttribute("aria-sort"));
        assertEquals(ids(byAmount(csv, true)), shownIds());
        assertNull(header("Jaar").getAttribute("aria-sort"), "only the sorted column says it is sorted");

        // The header's button, which a screen reader reaches (the rows are cards on screen), sorts too.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", amount.findElement(By.tagName("button")));
        assertEquals("ascending", amount.getAttribute("aria-sort"));
        assertEquals(ids(byAmount(csv, false)), shownIds());

        sortBy("volgorde van de bestanden");
        assertNull(amount.getAttribute("aria-sort"));
        assertEquals(ids(csv), shownIds(), "back in the data's order");
    }

    @Test
    void aTableOverSeveralPagesSortsAllItsRowsAndThePagerKeepsTheOrder() throws IOException {
        List<CSVRecord> csv = csv(paged, "subsidies");
        assertTrue(csv.size() > 2, "the fixture's subsidies take two pages");
        List<String> sorted = ids(byAmount(csv, true));

        browser.get(servedPaged.url() + "datasets/subsidies/");
        assertEquals(ids(csv).subList(0, 2), shownIds(), "page 1 without a click: the first rows");
        sortBy("Bedrag, aflopend");
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(b -> "descending".equals(header("Bedrag").getAttribute("aria-sort"))
                && shownIds().equals(sorted.subList(0, 2)));
        assertRowsAsServed(csv);

        browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(b -> "descending".equals(header("Bedrag").getAttribute("aria-sort"))
                && shownIds().equals(sorted.subList(2, Math.min(4, sorted.size()))));
        assertTrue(browser.getCurrentUrl().endsWith("/datasets/subsidies/2/#sort=amount:desc"), browser.getCurrentUrl());
        assertRowsAsServed(csv);
    }

    /**
     * A unit price reads the same after a sort over pages as on the page and in the files: {@code 0.32670} stays
     * "€ 0,32670" (read from the JSON as a number it lost its last zero).
     */
    @Test
    void aUnitPriceKeepsItsDecimalsWhenATableIsSortedOverPages() throws IOException {
        List<String> amounts = csv(paged, "price_lines").stream().map(r -> r.get("amount")).filter(a -> !a.isEmpty())
                .sorted(Comparator.comparing(BigDecimal::new, Comparator.reverseOrder())).toList();
        assertEquals("0.32670", amounts.get(0), "the price line with a last zero is the dearest");

        browser.get(servedPaged.url() + "datasets/price_lines/");
        sortBy("Bedrag, aflopend");
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(b -> "descending".equals(header("Bedrag").getAttribute("aria-sort")));
        List<WebElement> shown = browser.findElements(By.cssSelector(ROWS + " td[data-label=Bedrag] data.amount"));
        assertEquals(amounts.subList(0, 2), shown.stream().map(d -> d.getAttribute("value")).toList());
        assertEquals(amounts.subList(0, 2).stream().map(a -> BelgianFormat.money(new BigDecimal(a))).toList(),
                shown.stream().map(d -> d.getText().replace('\u00a0', ' ')).toList());
        assertEquals("€ 0,32670", BelgianFormat.money(new BigDecimal("0.32670")), "as the page writes it");
    }

    /** The rows the script made from the JSON file read as the template writes them: amounts in euro, addresses as links. */
    private static void assertRowsAsServed(List<CSVRecord> csv) {
        for (WebElement row : browser.findElements(By.cssSelector(ROWS))) {
            String id = row.findElement(By.cssSelector("th[scope=row]")).getText();
            CSVRecord record = csv.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
            List<WebElement> amounts = row.findElements(By.cssSelector("td[data-label=Bedrag] data.amount"));
            if (record.get("amount").isEmpty()) {
                assertEquals(List.of(), amounts, id);
            } else {
                assertEquals(record.get("amount"), amounts.get(0).getAttribute("value"), id);
                assertEquals(BelgianFormat.money(new BigDecimal(record.get("amount"))), amounts.get(0).getText().replace('\u00a0', ' '), id);
            }
            WebElement link = row.findElement(By.cssSelector("td[data-label=Pagina] a"));
            assertEquals(record.get("url"), link.getText(), id);
            assertTrue(link.getAttribute("href").endsWith("/subsidies/" + id + "/"), link.getAttribute("href"));
        }
    }

    private static void sortBy(String choice) {
        new Select(browser.findElement(By.cssSelector(".table-sort select"))).selectByVisibleText(choice);
    }

    /** A column's header, read from the page's markup: the headers are out of view (the rows are cards). */
    private static WebElement header(String title) {
        return browser.findElements(By.cssSelector("table.browse thead th")).stream()
                .filter(th -> th.getAttribute("textContent").strip().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + title));
    }

    private static List<String> shownIds() {
        return browser.findElements(By.cssSelector(ROWS + " > th")).stream().map(th -> th.getAttribute("textContent")).toList();
    }

    private static List<String> ids(List<CSVRecord> rows) {
        return rows.stream().map(r -> r.get("id")).toList();
    }

    /** By amount, ties and rows without an amount in the data's order, rows without one last in either direction. */
    private static List<CSVRecord> byAmount(List<CSVRecord> csv, boolean descending) {
        Comparator<CSVRecord> amount = Comparator.comparing(r -> new BigDecimal(r.get("amount")));
        List<CSVRecord> with = new ArrayList<>(csv.stream().filter(r -> !r.get("amount").isEmpty()).toList());
        with.sort(descending ? amount.reversed() : amount);
        with.addAll(csv.stream().filter(r -> r.get("amount").isEmpty()).toList());
        return with;
    }

    private static List<CSVRecord> csv(Path site, String table) throws IOException {
        try (Reader in = Files.newBufferedReader(site.resolve("data/" + table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
