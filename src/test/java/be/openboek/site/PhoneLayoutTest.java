package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.Browser;
import be.openboek.testing.Prerequisites;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shipped site on a phone (320 and 390 px wide), a tablet (768 px) and a small desktop (1024 px), in headless
 * Chromium: on every page of every type, in Dutch and English, nothing makes the page scroll sideways, every amount
 * (an element with class {@code amount}, or any text like {@code € 3.916.000}, charts included) is wholly in the
 * window and not cut off by a box that clips or scrolls, and no table column is cut off. The rules are in
 * {@code layout-check.js}, run in the page; the fixture's pages are checked too, for the "report an error" links
 * its contact adds. Screenshots of the pages a person should look at go to {@code target/screenshots/}.
 *
 * <p>Runs in the test JVM's shared Chromium ({@link Browser}); without it the tests are skipped with a message on
 * standard error.
 */
class PhoneLayoutTest {

    private static final Path SCREENSHOTS = TestProject.REPO.resolve("target/screenshots");
    /**
     * A small phone, a tablet and a small desktop. Between them nothing changes but the room: site.css switches layouts
     * at 40rem (640 px, cards) and 56rem (896 px), and the page's column stops growing at 70rem (1120 px). What fits in
     * 320 px fits in the 390 px of a usual phone, and what fits in 1024 px fits in 1280 px; the screenshots show 390
     * and 1280 px.
     */
    private static final List<Integer> WIDTHS = List.of(320, 768, 1024);
    /** The fixture's pages differ from the shipped ones by their "report an error" links: a phone and a desktop. */
    private static final List<Integer> FIXTURE_WIDTHS = List.of(320, 1024);
    /** The width at which the amounts in tables are counted (a phone: the tables are cards). */
    private static final int AMOUNTS_AT = 320;
    /**
     * Screenshots: with -Dscreenshots.all=true every key page at 320, 390 and 1280 px, else a few pages at 390 and 1280
     * px (the pictures are for people to look at; taking each costs a whole-page render).
     */
    private static final boolean ALL_SHOTS = Boolean.getBoolean("screenshots.all");
    private static final List<Integer> SHOTS = ALL_SHOTS ? List.of(320, 390, 1280) : List.of(390, 1280);
    private static final int HEIGHT = 800;
    private static final String MISSING = "PHONE LAYOUT TESTS SKIPPED: " + Browser.MISSING;

    @TempDir
    static Path tmp;
    static Path site;
    static ServedSite served;
    /** The fixture organisation, which has a contact: its pages carry "report an error" links. */
    static Path fixture;
    static ServedSite servedFixture;
    static ChromeDriver browser;
    /** The height of the page's view (see {@link #resize}). */
    static long viewHeight;
    static String check;

    @BeforeAll
    static void start() throws IOException {
        if (!Browser.installed()) {
            System.err.println("\n*** " + MISSING + " ***\n");
            return;
        }
        try (InputStream in = PhoneLayoutTest.class.getResourceAsStream("layout-check.js")) {
            check = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        site = SharedSites.shipped();
        served = ServedSite.serve(site);
        fixture = SharedSites.fixture();
        servedFixture = ServedSite.serve(fixture);
        browser = Browser.shared();
        // The page's view is as high as a window HEIGHT px high makes it (the window's own bars taken off).
        browser.manage().window().setSize(new Dimension(1024, HEIGHT));
        viewHeight = ((Number) browser.executeScript("return window.innerHeight")).longValue();
    }

    @BeforeEach
    void needsTheBrowser() {
        Prerequisites.require(Prerequisites.BROWSER, Browser.installed(), MISSING);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
        if (servedFixture != null) {
            servedFixture.close();
        }
    }

    /**
     * Every page type in both languages: the lists, every subsidy line, project and service (their tables differ), the
     * content pages, the search page with results, the charts' pages made for an iframe, and an address that does not
     * exist (the 404 page).
     */
    private static List<String> pages() throws IOException {
        List<String> paths = new ArrayList<>();
        for (String language : List.of("", "en/")) {
            for (String page : List.of("", "subsidies/", "projects/", "services/", "sources/", "sources/" + records("sources").get(0) + "/",
                    "calls/", "calls/" + records("calls").get(0) + "/", "questions/", "questions/" + records("questions").get(0) + "/", "datasets/", "datasets/changes/", "changes/",
                    "about/", "method/", "search/", "search/?q=bieblo", "embed/subsidies/", "embed/project-stages/")) {
                paths.add(language + page);
            }
            records("embed/services").forEach(id -> paths.add(language + "embed/services/" + id + "/"));
            for (String folder : List.of("subsidies", "projects", "services")) {
                records(folder).forEach(id -> paths.add(language + folder + "/" + id + "/"));
            }
        }
        paths.add("no-such-page/");
        return paths;
    }

    private static List<String> records(String folder) throws IOException {
        try (Stream<Path> dirs = Files.list(site.resolve(folder))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** What one pass over every page of the shipped site found: the layout problems and the unmarked amounts. */
    private record Pass(List<String> problems, List<String> unmarked) {
    }

    private static Pass shippedPass;

    /** One pass over every page of the shipped site, shared by the tests that read it (each page load costs). */
    private static synchronized Pass shippedPass() throws IOException {
        if (shippedPass == null) {
            List<String> unmarked = new ArrayList<>();
            List<String> problems = problems(served, pages(), WIDTHS, (path, result) -> {
                ((List<?>) result.get("unmarked")).forEach(amount -> unmarked.add("/" + path + ": " + amount));
                if (List.of("", "subsidies/", "services/", "en/", "en/subsidies/", "en/services/").contains(path)) {
                    long marked = browser.findElements(By.cssSelector(".amount")).size();
                    long amounts = ((Number) result.get("amounts")).longValue();
                    if (marked == 0 || amounts < marked) {
                        unmarked.add("/" + path + ": " + marked + " marked amounts, " + amounts + " looked at");
                    }
                }
            });
            shippedPass = new Pass(problems, unmarked);
        }
        return shippedPass;
    }

    @Test
    void everyPageFitsTheWindowAndShowsEveryAmountWhole() throws IOException {
        assertEquals("", String.join("\n", shippedPass().problems()));
    }

    /** Every page of the fixture whose contact adds "report an error" links, to rows of lists and to record pages. */
    @Test
    void everyPageWithReportLinksFitsTheWindowToo() throws IOException {
        List<String> paths;
        try (Stream<Path> walk = Files.walk(fixture)) {
            paths = walk.filter(p -> p.getFileName().toString().equals("index.html") && hasReportLinks(p))
                    .map(p -> fixture.relativize(p.getParent()).toString().replace('\\', '/'))
                    .map(p -> p.isEmpty() ? "" : p + "/").sorted().toList();
        }
        assertTrue(paths.contains("projects/leesspel/") && paths.contains("en/subsidies/"), paths.toString());
        assertEquals("", String.join("\n", problems(servedFixture, paths, FIXTURE_WIDTHS, (path, result) -> { })));
    }

    private static boolean hasReportLinks(Path page) {
        try {
            return Files.readString(page).contains("class=\"report-error\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What layout-check.js finds on each of {@code paths} at each width, one line per problem. Each page is opened once
     * and checked at every width (the window is resized under it, as when a phone turns): the layout follows the width
     * through CSS alone. {@code atAmountsWidth} also sees the check's result at {@link #AMOUNTS_AT}, with the page open.
     */
    private static List<String> problems(ServedSite on, List<String> paths, List<Integer> widths,
            BiConsumer<String, Map<String, Object>> atAmountsWidth) {
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            resize(widths.get(0));
            open(on, path);
            for (int width : widths) {
                if (width != widths.get(0)) {
                    resize(width);
                }
                Map<String, Object> result = check();
                for (Object problem : (List<?>) result.get("problems")) {
                    problems.add(width + " px /" + path + ": " + problem);
                }
                if (width == AMOUNTS_AT) {
                    atAmountsWidth.accept(path, result);
                }
            }
        }
        return problems;
    }

    /**
     * The templates mark every amount in a table with class "amount" (the check looks at those and at any "€ 1"); on
     * the pages with many amounts, some are marked and the check looked at all of them.
     */
    @Test
    void everyAmountInATableIsMarked() throws IOException {
        assertEquals(List.of(), shippedPass().unmarked(), "amounts in tables without class=\"amount\"");
    }

    /** A table shown as cards on a phone is still a table to a screen reader: Chromium's computed roles say so. */
    @Test
    void aTableShownAsCardsKeepsItsTableRoles() {
        resize(320);
        browser.get(served.url() + "subsidies/");
        WebElement table = browser.findElement(By.cssSelector("table.cards"));
        assertEquals("block", table.getCssValue("display"), "the table is shown as cards");
        assertEquals("table", table.getAriaRole());
        assertEquals("columnheader", table.findElement(By.cssSelector("thead th")).getAriaRole());
        assertEquals("rowheader", table.findElement(By.cssSelector("tbody th[scope=row]")).getAriaRole());
        assertEquals("cell", table.findElement(By.cssSelector("tbody td.num")).getAriaRole());
        WebElement amount = table.findElement(By.cssSelector("tbody td.num .amount"));
        assertTrue(amount.isDisplayed() && amount.getText().startsWith("€ "), amount.getText());
    }

    /** The list filters (assets/lists.js) hide lines and totals shown as cards as they do in a table. */
    @Test
    void theFiltersHideCardsToo() {
        resize(390);
        browser.get(served.url() + "subsidies/");
        // One purpose: a year with lines for other purposes too is partly shown, and its total hidden.
        WebElement label = browser.findElement(By.xpath("//fieldset[@class='list-filters']//label[normalize-space()='Waarvoor']"));
        new Select(browser.findElement(By.id(label.getAttribute("for")))).selectByValue("Werking");
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-filterable] tbody tr"));
        assertTrue(rows.size() > 2, "subsidy lines");
        for (WebElement row : rows) {
            boolean werking = row.findElement(By.cssSelector("th")).getText().equals("Werking");
            assertEquals(werking, !row.getCssValue("display").equals("none"), row.getAttribute("id"));
        }
        assertTrue(rows.stream().anyMatch(row -> row.getCssValue("display").equals("none")), "some line is hidden");
        List<WebElement> hiddenTotals = browser.findElements(By.cssSelector("[data-filterable] tfoot[hidden]"));
        assertFalse(hiddenTotals.isEmpty(), "the total of a year partly shown is hidden");
        for (WebElement foot : hiddenTotals) {
            assertEquals("none", foot.getCssValue("display"), "a hidden total");
        }
    }

    /**
     * The cards pass axe-core's WCAG 2.1 A and AA rules, as the tables do on a desktop (BrowserPagesTest; the same run of
     * axe-core, {@link Browser#axeViolations}).
     */
    @Test
    void pagesWithCardsHaveNoWcag21ViolationsOnAPhone() throws IOException {
        resize(320);
        List<String> violations = new ArrayList<>();
        // Two pages whose tables become cards, a list and a record page: the cards are the same markup as the tables
        // (BrowserPagesTest runs axe-core on every page type), laid out by CSS alone.
        for (String path : List.of("subsidies/", "en/services/" + records("services").get(0) + "/")) {
            browser.get(served.url() + path);
            violations.addAll(Browser.axeViolations(browser, "/" + path));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckCatchesAWidePageAndAClippedAmount() throws IOException {
        // A folder of its own: the shipped site is shared with the other test classes, which must not meet this page.
        Path brokenSite = Files.createDirectories(tmp.resolve("broken-site"));
        Files.writeString(brokenSite.resolve("broken.html"), """
                <!DOCTYPE html><html lang="nl"><head><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>x</title></head><body>
                <div style="width:120px;overflow:hidden"><p style="white-space:nowrap">Werking 2016: € 3.916.000 toegekend</p></div>
                <table><tr><td style="white-space:nowrap">een cel die breder is dan elk telefoonscherm, echt veel breder</td></tr></table>
                </body></html>""");
        resize(320);
        List<?> problems;
        try (ServedSite servedBroken = ServedSite.serve(brokenSite)) {
            problems = (List<?>) checkPage(servedBroken, "broken.html").get("problems");
        }
        assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith("the page is ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith("\"€ 3.916.000\" (p) is cut off by div")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith("\"een cel") && p.toString().contains("outside the window")),
                problems.toString());
    }

    /**
     * Screenshots for people to look at in {@code target/screenshots/}: the home page, the subsidies list and a project
     * in both languages; with -Dscreenshots.all=true every key page type, the fixture's pages with "report an error"
     * links and pages of a paged list too.
     */
    @Test
    void keyPagesAreCaptured() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        String service = records("services").get(0);
        for (String language : List.of("", "en/")) {
            String lang = language.isEmpty() ? "nl" : "en";
            String[][] pages = {{"home", ""}, {"subsidies", "subsidies/"}, {"project", "projects/bieblo/"},
                {"service", "services/" + service + "/"}, {"services", "services/"}, {"datasets", "datasets/"},
                {"embed", "embed/subsidies/"}, {"embed-stages", "embed/project-stages/"}};
            for (String[] page : ALL_SHOTS ? pages : Arrays.copyOf(pages, 3)) {
                capture(served, language + page[1], "phone-" + lang + "-" + page[0], SHOTS);
            }
            if (!ALL_SHOTS) {
                continue;
            }
            // The fixture has a contact: its rows and record pages carry "report an error" links.
            for (String[] page : new String[][] {{"subsidies", "subsidies/"}, {"project", "projects/leesspel/"}, {"sources", "sources/"}}) {
                capture(servedFixture, language + page[1], "phone-fixture-" + lang + "-" + page[0], List.of(390));
            }
            try (ServedSite paged = ServedSite.serve(SharedSites.paged())) {
                for (String[] page : new String[][] {{"projects", "projects/page/2/"}, {"subsidies", "subsidies/page/2/"}}) {
                    capture(paged, language + page[1], "phone-paged-" + lang + "-" + page[0], SHOTS);
                }
            }
        }
    }

    /**
     * A list split over pages, on the second page, in both languages: the same checks as every page of the shipped site,
     * with the filters in place (they are made once the list's whole table is read).
     */
    @Test
    void aPagedListFitsTheWindowWithItsFilters() throws IOException {
        List<String> paths = List.of("projects/page/2/", "subsidies/page/2/", "en/projects/page/2/", "en/subsidies/page/2/");
        try (ServedSite paged = ServedSite.serve(SharedSites.paged())) {
            assertEquals("", String.join("\n", problems(paged, paths, FIXTURE_WIDTHS, (path, result) -> { })));
        }
    }

    /** Saves a screenshot of the whole page at each width, as {@code name-WIDTH.png}. */
    private static void capture(ServedSite on, String path, String name, List<Integer> widths) throws IOException {
        for (int width : widths) {
            resize(width);
            open(on, path);
            Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
            Files.write(file, fullPage(width));
            assertTrue(Files.size(file) > 1000, file + " is not a screenshot");
        }
    }

    /** Opens a page of the shipped site and runs layout-check.js on it. */
    private static Map<String, Object> checkPage(String path) {
        return checkPage(served, path);
    }

    /** Opens a page (waiting for search results when it searches) and runs layout-check.js on it. */
    private static Map<String, Object> checkPage(ServedSite on, String path) {
        open(on, path);
        return check();
    }

    /** Opens a page, waiting for search results when it searches, and for the filters on a page of a paged list. */
    private static void open(ServedSite on, String path) {
        browser.get(on.url() + path);
        if (path.contains("?q=")) {
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(d -> !d.findElements(By.cssSelector(".search-results li")).isEmpty());
        }
        if (path.contains("/page/")) {
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(d -> !d.findElements(By.cssSelector("fieldset.list-filters select")).isEmpty());
        }
    }

    /** Runs layout-check.js on the open page at the window's present width. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> check() {
        return (Map<String, Object>) browser.executeScript(check);
    }

    /**
     * Makes the page {@code width} CSS pixels wide and {@link #viewHeight} high, and checks that it is. Through Chromium's
     * device metrics (what its developer tools' responsive mode uses, without a phone's touch or zoom), not the window:
     * the page then lays out exactly as in a window of that width (every element's box was compared on every page of this
     * test at each width: the same to a tenth of a pixel), and a change of width costs Chromium about half as much.
     */
    private static void resize(int width) {
        view(width, viewHeight);
        new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL).until(d -> ((Number) browser.executeScript("return window.innerWidth"))
                .longValue() == width);
    }

    private static void view(int width, long height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The whole page at the present width: the view is made as tall as the page (at most 10,000 px), then restored. */
    private static byte[] fullPage(int width) {
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        view(width, Math.min(Math.max(height, viewHeight), 10_000));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        view(width, viewHeight);
        return png;
    }
}
