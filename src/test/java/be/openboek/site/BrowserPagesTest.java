package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.Browser;
import be.openboek.testing.Prerequisites;
import be.openboek.testing.SharedSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shipped site in headless Chromium: every page type, in Dutch and English, has no axe-core violation of
 * WCAG 2.1 A and AA; the lists filter, sort and download what they show, also when paged; search finds what is typed
 * and reads only the shards it needs. How the pages fit a phone, and the screenshots for a person to look at, are
 * {@link PhoneLayoutTest}'s.
 *
 * <p>Runs in the test JVM's shared Chromium ({@link Browser}: what it needs, where its files go). Without it the tests
 * are skipped, each with the reason ({@link Prerequisites}; in CI they fail).
 */
class BrowserPagesTest {

    private static final Dimension DESKTOP = new Dimension(1280, 900);

    static Path site;
    static ServedSite served;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        if (!Browser.installed()) {
            return;
        }
        site = SharedSites.shipped();
        served = ServedSite.serve(site);
        browser = Browser.shared();
    }

    /** Each test reports itself skipped (not silently absent) when there is no browser, and fails in CI. */
    @BeforeEach
    void needsTheBrowser() {
        Prerequisites.require(Prerequisites.BROWSER, Browser.installed(), Browser.MISSING);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    /**
     * One page of every type in Dutch, and an address that does not exist (the 404 page); in English the pages whose
     * markup differs by language beyond their words: the home page, the record pages (Dutch-only text marked
     * {@code lang="nl"} with its label), a table page and the datasets page. The lists, content and embed pages are the
     * same templates and styles in both languages, so their English versions add nothing for axe-core to find.
     */
    static List<String> pageTypes() throws IOException {
        List<String> paths = new ArrayList<>(List.of("", "subsidies/", "subsidies/" + firstRecord("subsidies") + "/", "projects/",
                "projects/" + firstRecord("projects") + "/", "services/", "services/" + firstRecord("services") + "/", "sources/",
                "sources/" + firstRecord("sources") + "/", "calls/", "calls/" + firstRecord("calls") + "/", "questions/",
                "questions/" + firstRecord("questions") + "/", "datasets/", "datasets/subsidies/", "changes/", "about/", "method/",
                "search/", "embed/subsidies/", "embed/project-stages/"));
        for (String page : List.of("", "subsidies/" + firstRecord("subsidies") + "/", "projects/" + firstRecord("projects") + "/",
                "services/" + firstRecord("services") + "/", "sources/" + firstRecord("sources") + "/",
                "calls/" + firstRecord("calls") + "/", "questions/" + firstRecord("questions") + "/", "datasets/", "datasets/subsidies/")) {
            paths.add("en/" + page);
        }
        paths.add("no-such-page/");
        return paths;
    }

    private static String firstRecord(String folder) throws IOException {
        try (Stream<Path> dirs = Files.list(site.resolve(folder))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void everyPageTypeHasNoWcag21Violations() throws IOException {
        browser.manage().window().setSize(DESKTOP);
        List<String> violations = new ArrayList<>();
        List<String> pages = pageTypes();
        for (String path : pages) {
            violations.addAll(axe(served.url(), path));
        }
        assertEquals(List.of(), violations, "axe-core violations (WCAG 2.1 A/AA) in " + pages.size() + " pages");
    }

    @Test
    void axeReportsAnInaccessiblePage(@TempDir Path elsewhere) throws IOException {
        // Served from a folder of its own: the shipped site is shared with other tests and stays as built.
        Files.writeString(elsewhere.resolve("inaccessible.html"), "<!DOCTYPE html><html><head><title>x</title></head>"
                + "<body><main><img src=\"x.png\"><a href=\"#\"></a><p style=\"color:#aaa;background:#fff\">grey</p></main></body></html>");
        List<String> violations;
        try (ServedSite inaccessible = ServedSite.serve(elsewhere)) {
            violations = axe(inaccessible.url(), "inaccessible.html");
        }
        assertTrue(violations.stream().anyMatch(v -> v.contains("html-has-lang")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("image-alt")), violations.toString());
    }

    @Test
    void theProjectListFiltersByStatusAndSortsByColumn() {
        browser.manage().window().setSize(DESKTOP);
        browser.get(served.url() + "projects/");
        List<WebElement> rows = browser.findElements(By.cssSelector("table[data-filterable] tbody tr"));
        assertTrue(rows.size() > 3, "the list has projects");
        WebElement status = browser.findElement(By.xpath("//fieldset[@class='list-filters']//label[normalize-space()='Status']"));
        Select select = new Select(browser.findElement(By.id(status.getAttribute("for"))));
        select.selectByValue("scaled_up");
        List<WebElement> visible = browser.findElements(By.cssSelector("table[data-filterable] tbody tr:not([hidden])"));
        assertTrue(visible.size() > 0 && visible.size() < rows.size(), visible.size() + " of " + rows.size());
        for (WebElement row : visible) {
            assertEquals("opgeschaald", row.findElements(By.tagName("td")).get(0).getText());
        }
        assertEquals(visible.size() + " van " + rows.size() + " getoond", browser.findElement(By.cssSelector(".list-count")).getText());

        WebElement project = browser.findElement(By.cssSelector("table[data-filterable] thead th:first-child"));
        project.findElement(By.tagName("button")).click();
        assertEquals("ascending", project.getAttribute("aria-sort"));
        project.findElement(By.tagName("button")).click();
        assertEquals("descending", project.getAttribute("aria-sort"));
        List<String> titles = browser.findElements(By.cssSelector("table[data-filterable] tbody tr:not([hidden]) th")).stream()
                .map(WebElement::getText).toList();
        List<String> descending = new ArrayList<>(titles);
        descending.sort(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl")).reversed());
        assertEquals(descending, titles);
    }

    @Test
    void theSubsidiesFilterByStatusAndHideTotalsThatNoLongerAddUp() {
        browser.manage().window().setSize(DESKTOP);
        browser.get(served.url() + "subsidies/");
        String lines = "[data-filterable] tbody tr";
        List<WebElement> rows = browser.findElements(By.cssSelector(lines));
        assertEquals(1, browser.findElements(By.cssSelector("fieldset.list-filters")).size(), "one set of filters for all years");
        assertTrue(browser.findElements(By.cssSelector("[data-filterable] section")).size() > 1, "a table per year");

        filter("Status", "budgeted");
        List<WebElement> visible = browser.findElements(By.cssSelector(lines + ":not([hidden])"));
        assertTrue(visible.size() > 0 && visible.size() < rows.size(), visible.size() + " of " + rows.size());
        for (WebElement row : visible) {
            assertTrue(row.isDisplayed(), row.getAttribute("id"));
            assertEquals("begroot", row.findElements(By.tagName("td")).get(1).getText());
        }
        for (WebElement row : rows) {
            assertEquals(visible.contains(row), row.isDisplayed(), row.getAttribute("id"));
        }
        assertEquals(visible.size() + " van " + rows.size() + " getoond", browser.findElement(By.cssSelector(".list-count")).getText());
        assertNoTotalOfAPartlyHiddenYear();
        assertTrue(browser.findElements(By.cssSelector("[data-filterable] section")).stream().anyMatch(s -> !s.isDisplayed()),
                "a year with no budgeted line is hidden");

        // One purpose as well: now the years still shown are only partly shown.
        filter("Waarvoor", "Werking");
        List<WebElement> werking = browser.findElements(By.cssSelector(lines + ":not([hidden])"));
        assertTrue(werking.size() > 0 && werking.size() < visible.size(), werking.size() + " of " + visible.size());
        List<WebElement> partly = assertNoTotalOfAPartlyHiddenYear();
        assertTrue(partly.size() > 0, "some year is partly hidden");
        for (WebElement section : partly) {
            assertEquals("Totaal verborgen: er is een filter actief, en het totaal telt ook de regels die nu verborgen zijn.",
                    section.findElement(By.cssSelector(".list-note")).getText());
        }

        filter("Status", "");
        filter("Waarvoor", "");
        assertEquals(rows.size(), browser.findElements(By.cssSelector(lines + ":not([hidden])")).size());
        assertTrue(browser.findElements(By.cssSelector("[data-filterable] tfoot")).stream().allMatch(WebElement::isDisplayed),
                "every total is back");
        assertTrue(browser.findElements(By.cssSelector(".list-note")).stream().noneMatch(WebElement::isDisplayed));
    }

    /**
     * A reader filters a list, then downloads what is shown: the CSV and JSON saved by the browser hold exactly the rows
     * the list shows, each as it stands in the whole table's file (the CSV row for row the same text).
     */
    @ParameterizedTest(name = "/{0}: {1} = {2}")
    @CsvSource({"subsidies/, Waarvoor, Werking, subsidies", "projects/, Status, scaled_up, projects",
        "en/services/, Price model, per_inhabitant, services"})
    void aFilteredListDownloadsTheRowsShown(String page, String label, String value, String table, @TempDir Path downloads)
            throws Exception {
        browser.manage().window().setSize(DESKTOP);
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.get(served.url() + page);
        // Without the script the whole table is linked under the list.
        assertTrue(browser.findElements(By.cssSelector(".list-downloads a[href$='data/" + table + ".csv']")).size() == 1);
        filter(label, value);
        List<String> shown = browser.findElements(By.cssSelector("[data-filterable] tbody tr:not([hidden])")).stream()
                .map(row -> row.getAttribute("data-id")).toList();
        int all = browser.findElements(By.cssSelector("[data-filterable] tbody tr")).size();
        assertTrue(!shown.isEmpty() && shown.size() < all, shown.size() + " of " + all);
        String suffix = page.startsWith("en/") ? "-selection." : "-selectie.";

        browser.findElement(By.cssSelector(".list-download button[data-download-kind='csv']")).click();
        Path csv = downloads.resolve(table + suffix + "csv");
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> Files.isRegularFile(csv));
        List<String> whole = Files.readAllLines(site.resolve("data/" + table + ".csv"));
        List<String> got = Files.readAllLines(csv);
        assertEquals(whole.get(0), got.get(0), "the header");
        List<String> expected = whole.stream().skip(1).filter(line -> shown.contains(line.split(",", 2)[0].replace("\"", ""))).toList();
        assertEquals(shown.size(), expected.size(), "every shown row is one line of the table (no line breaks in cells here): " + shown + " in " + whole);
        assertEquals(expected, got.subList(1, got.size()));

        browser.findElement(By.cssSelector(".list-download button[data-download-kind='json']")).click();
        Path json = downloads.resolve(table + suffix + "json");
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> Files.isRegularFile(json));
        // Numbers as decimals with their scale: 3916000.00 and 3916000, or 0.32670 and 0.3267, are then told apart.
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        var rows = mapper.readTree(json.toFile());
        var wholeRows = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
        mapper.readTree(site.resolve("data/" + table + ".json").toFile()).forEach(row -> wholeRows.put(row.get("id").asText(), row));
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> {
            ids.add(row.get("id").asText());
            assertEquals(wholeRows.get(row.get("id").asText()), row, "each row as in the whole table's file");
        });
        assertEquals(shown.stream().sorted().toList(), ids.stream().sorted().toList());
    }

    /** Chooses a value in the filter labelled {@code label} on the page's filter panel. */
    private static void filter(String label, String value) {
        WebElement field = browser.findElement(By.xpath("//fieldset[@class='list-filters']//label[normalize-space()='" + label + "']"));
        new Select(browser.findElement(By.id(field.getAttribute("for")))).selectByValue(value);
    }

    /** Fails when a shown year shows its total while some of its lines are hidden; returns those years. */
    private static List<WebElement> assertNoTotalOfAPartlyHiddenYear() {
        List<WebElement> partly = new ArrayList<>();
        for (WebElement section : browser.findElements(By.cssSelector("[data-filterable] section"))) {
            List<WebElement> lines = section.findElements(By.cssSelector("tbody tr"));
            long shown = lines.stream().filter(WebElement::isDisplayed).count();
            if (section.isDisplayed() && shown < lines.size()) {
                partly.add(section);
                for (WebElement foot : section.findElements(By.tagName("tfoot"))) {
                    assertFalse(foot.isDisplayed(), section.getAttribute("aria-labelledby") + " shows a total of "
                            + shown + " of " + lines.size() + " lines");
                }
            }
            assertEquals(shown > 0, section.isDisplayed(), section.getAttribute("aria-labelledby"));
        }
        return partly;
    }

    @Test
    void searchFindsARecordAndLinksToIt() {
        browser.manage().window().setSize(DESKTOP);
        browser.get(served.url() + "en/search/?q=bieblo");
        WebElement first = new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> d.findElements(By.cssSelector(".search-results li a")).stream().findFirst().orElse(null));
        assertEquals(served.url() + "en/projects/bieblo/", first.getAttribute("href"));
        assertTrue(browser.findElement(By.cssSelector("[data-search-nojs]")).getAttribute("hidden") != null, "the no-script note is hidden");
        assertTrue(browser.findElement(By.cssSelector(".search-status")).getText().matches("\\d+ results? for “bieblo”\\."),
                browser.findElement(By.cssSelector(".search-status")).getText());
        first.click();
        assertEquals(served.url() + "en/projects/bieblo/", browser.getCurrentUrl());
    }

    /**
     * What a journalist types into the search page, in each language, and a result that must be among those it
     * lists: an amount however it is written (digits only, Belgian and English separators, with the euro sign, rounded
     * to millions), a unit price with a decimal comma or point, ids, places of partners, plurals, hyphens typed or
     * left out. Each is typed into the box and sent, as a reader does.
     */
    @ParameterizedTest(name = "/{0}search: \"{1}\" finds {2}")
    @CsvSource(delimiter = '|', value = {
        "''  | 3916000       | subsidies/2016-werking/",
        "''  | 3.916.000     | subsidies/2016-werking/",
        "''  | 3 916 000     | subsidies/2016-werking/",
        "''  | € 3.916.000   | subsidies/2016-werking/",
        "''  | 3,9 miljoen   | subsidies/2016-werking/",
        "''  | 0,27152       | services/basisinfrastructuur-digitale-bibliotheek/",
        "''  | 0.27152       | services/basisinfrastructuur-digitale-bibliotheek/",
        "''  | 2016-werking  | subsidies/2016-werking/",
        "''  | Roeselare     | projects/ebook-pilot/",
        "''  | Gistel        | projects/bieblo/",
        "''  | pilootgroepen | projects/digitaal-podium-pilot/",
        "''  | bibliotheek   | services/e-boeken/",
        "''  | eboeken       | services/e-boeken/",
        "en/ | e-books       | sources/gent-gr-2022-00944/",
        "en/ | ebooks        | services/e-boeken/",
        "en/ | library       | services/e-boeken/",
        "en/ | 3916000       | subsidies/2016-werking/",
        "en/ | 3,916,000     | subsidies/2016-werking/",
        "en/ | € 3.916.000   | subsidies/2016-werking/",
        "en/ | 3.9 million   | subsidies/2016-werking/",
        "en/ | 0.27152       | services/basisinfrastructuur-digitale-bibliotheek/",
        "en/ | 2016-werking  | subsidies/2016-werking/",
        "en/ | Roeselare     | projects/ebook-pilot/",
        "en/ | bieblo-server | projects/bieblo/",
    })
    void searchFindsWhatIsTyped(String language, String query, String expected) {
        browser.manage().window().setSize(DESKTOP);
        String searchPage = served.url() + language + "search/";
        // The cases of one language share the page, as a reader searching again does: only the typed words change.
        if (!browser.getCurrentUrl().startsWith(searchPage) || browser.getCurrentUrl().length() > searchPage.length()
                && browser.getCurrentUrl().charAt(searchPage.length()) != '?') {
            browser.get(searchPage);
            // The index is fetched after the page loads: wait for the no-script note to be hidden, which happens first.
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(d -> d.findElement(By.cssSelector("[data-search-nojs]")).getAttribute("hidden") != null);
        }
        WebElement box = browser.findElement(By.id("zoekterm"));
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        WebElement status = browser.findElement(By.cssSelector(".search-status"));
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> status.getText().contains(query + "”"));
        // Read in one go: the list is drawn again when the typing pause ends, which would leave found links stale.
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('.search-results li a'), a => a.href);");
        assertTrue(found.contains(served.url() + language + expected), "\"" + query + "\": " + status.getText() + " " + found);
    }

    /**
     * A paged list (the paged fixture, {@link be.openboek.testing.PagedLists#ROWS} rows a page): a filter shows the
     * matching rows of every page, not only of the page on screen, each linking to its record; the page links are
     * hidden meanwhile; the download holds every matching row of the whole table; the page has no axe-core violation.
     */
    @ParameterizedTest(name = "paged /{0}: {1} = {2}")
    @CsvSource({"projects/page/2/, Status, status, scaled_up, projects", "en/subsidies/, Status, status, budgeted, subsidies",
        "services/page/3/, Prijsmodel, price_model, flat, services"})
    void aPagedListFiltersAndDownloadsEveryPage(String page, String label, String field, String value, String table,
            @TempDir Path downloads) throws Exception {
        Path pagedSite = SharedSites.paged();
        try (ServedSite paged = ServedSite.serve(pagedSite)) {
            browser.manage().window().setSize(DESKTOP);
            browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.get(paged.url() + page);
            List<String> onThisPage = browser.findElements(By.cssSelector("[data-filterable] tbody tr")).stream()
                    .map(row -> row.getAttribute("data-id")).toList();
            assertTrue(onThisPage.size() <= be.openboek.testing.PagedLists.ROWS, onThisPage.toString());
            var whole = new com.fasterxml.jackson.databind.ObjectMapper().readTree(pagedSite.resolve("data/" + table + ".json").toFile());
            List<String> expected = new ArrayList<>();
            whole.forEach(row -> {
                if (value.equals(row.path(field).asText())) {
                    expected.add(row.get("id").asText());
                }
            });
            assertTrue(expected.stream().anyMatch(id -> !onThisPage.contains(id)), "some matching rows are on other pages");

            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(d -> !d.findElements(By.cssSelector("fieldset.list-filters select")).isEmpty());
            filter(label, value);
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(d -> d.findElements(By.cssSelector(".list-all tbody tr")).size() >= Math.min(expected.size(),
                            be.openboek.testing.PagedLists.ROWS));
            while (!browser.findElements(By.cssSelector(".list-all .list-more:not([hidden])")).isEmpty()) {
                int before = browser.findElements(By.cssSelector(".list-all tbody tr")).size();
                browser.findElement(By.cssSelector(".list-all .list-more")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                        .until(d -> d.findElements(By.cssSelector(".list-all tbody tr")).size() > before);
            }
            List<WebElement> shownRows = browser.findElements(By.cssSelector(".list-all tbody tr"));
            List<String> shown = shownRows.stream().map(row -> row.getAttribute("data-id")).toList();
            assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList(), "the matching rows of all pages");
            String language = page.startsWith("en/") ? "en/" : "";
            for (WebElement row : shownRows) {
                String href = row.findElement(By.cssSelector("a[href*='/" + table + "/']")).getAttribute("href");
                assertEquals(paged.url() + language + table + "/" + row.getAttribute("data-id") + "/", href);
            }
            assertTrue(browser.findElements(By.cssSelector(".pager")).stream().noneMatch(WebElement::isDisplayed), "page links hidden");
            assertEquals(expected.size() + (language.isEmpty() ? " van " : " of ") + whole.size() + (language.isEmpty() ? " getoond" : " shown"),
                    browser.findElement(By.cssSelector(".list-count")).getText());

            browser.findElement(By.cssSelector(".list-download button[data-download-kind='csv']")).click();
            Path csv = downloads.resolve(table + (language.isEmpty() ? "-selectie." : "-selection.") + "csv");
            new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> Files.isRegularFile(csv));
            List<String> lines = Files.readAllLines(pagedSite.resolve("data/" + table + ".csv"));
            List<String> wanted = lines.stream().skip(1).filter(line -> expected.contains(line.split(",", 2)[0].replace("\"", ""))).toList();
            assertEquals(expected.size(), wanted.size());
            List<String> got = Files.readAllLines(csv);
            assertEquals(lines.get(0), got.get(0));
            assertEquals(wanted, got.subList(1, got.size()));

            List<String> violations = axe(paged.url(), page);
            assertEquals(List.of(), violations, "axe-core on the paged list");
        }
    }

    /**
     * The split search index of the paged fixture (shards of a few hundred bytes, four results a file): a query reads
     * the dictionary, the shards that hold terms it can match (and at most one more, where its term would start) and
     * not the others, and lists what the whole index ({@code index.json}, unsplit) gives for it: the entries with a term
     * that starts with the query's stem (a number: equal to it), three points for the title, one elsewhere, five more
     * for a title that is the query, two for one that starts with it, in the index's order within equal points.
     */
    @ParameterizedTest(name = "/{0}search: \"{1}\" reads only its shards")
    @CsvSource(delimiter = '|', value = {"'' | boekenclub", "'' | voorlees", "'' | Bibliotheek", "'' | 112345", "en/ | reeks"})
    void aSearchReadsOnlyItsShardsAndFindsWhatTheWholeIndexFinds(String language, String query) throws IOException {
        Path pagedSite = SharedSites.paged();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path folder = pagedSite.resolve(language + "search");
        var entries = json.readTree(folder.resolve("index.json").toFile());
        String folded = java.text.Normalizer.normalize(query, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
        boolean number = folded.matches("\\d+");
        String term = number ? folded : be.openboek.render.SearchTermsAccess.stem(folded, language.isEmpty() ? "nl" : "en");
        java.util.function.Predicate<String> matches = t -> number ? t.equals(term) : t.startsWith(term);

        record Hit(int index, int points, String url) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            if (java.util.Arrays.stream(entry.get("terms").asText().split(" ")).anyMatch(matches)) {
                String title = entry.get("title").asText();
                int points = be.openboek.render.SearchTermsAccess.titleTerms(title, language.isEmpty() ? "nl" : "en").stream()
                        .anyMatch(matches) ? 3 : 1;
                String foldedTitle = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                        .toLowerCase(java.util.Locale.ROOT);
                points += foldedTitle.equals(folded) ? 5 : foldedTitle.startsWith(folded) ? 2 : 0;
                hits.add(new Hit(i, points, entry.get("url").asText()));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::points).reversed().thenComparingInt(Hit::index));
        assertTrue(hits.size() > 0, query + " finds something in the whole index");

        java.util.Set<String> holding = new java.util.TreeSet<>();
        int shardCount = json.readTree(folder.resolve("terms.json").toFile()).get("shards").size();
        for (int i = 0; i < shardCount; i++) {
            if (java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
                    json.readTree(folder.resolve("terms-" + i + ".json").toFile()).fieldNames(), 0), false).anyMatch(matches)) {
                holding.add("terms-" + i + ".json");
            }
        }

        try (ServedSite paged = ServedSite.serve(pagedSite)) {
            browser.manage().window().setSize(DESKTOP);
            browser.get(paged.url() + language + "search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
            WebElement status = browser.findElement(By.cssSelector(".search-status"));
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> status.getText().contains(query + "”"));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) browser.executeScript(
                    "return Array.from(document.querySelectorAll('.search-results li a'), a => a.href);");
            assertEquals(hits.stream().limit(50).map(h -> paged.url() + language + h.url()).toList(), found, query);
            @SuppressWarnings("unchecked")
            List<String> read = (List<String>) browser.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name).filter(n => /search\\/terms-\\d+\\.json$/.test(n))"
                    + ".map(n => n.substring(n.lastIndexOf('/') + 1));");
            java.util.Set<String> fetched = new java.util.TreeSet<>(read);
            assertTrue(fetched.containsAll(holding), "read " + fetched + ", the shards holding its terms " + holding);
            fetched.removeAll(holding);
            assertTrue(fetched.size() <= 1, "read besides the shards holding its terms: " + fetched);
            assertTrue(read.size() < shardCount / 2, "read " + read.size() + " of " + shardCount + " shards");
        }
    }

    /** axe-core's violations of WCAG 2.1 A/AA on one page ({@link Browser#axeViolations}). */
    private static List<String> axe(String root, String path) {
        browser.get(root + path);
        return Browser.axeViolations(browser, "/" + path);
    }
}
