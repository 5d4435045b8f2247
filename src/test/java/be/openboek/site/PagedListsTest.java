package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.PagedLists;
import be.openboek.testing.SharedSites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Lists longer than a page ({@link PagedLists}: a few dozen records, {@value PagedLists#ROWS} rows a page): each page
 * holds at most that many rows, every row of the table is on exactly one page, the pages link to each other, and
 * the files the filters read ({@code filters.json}, {@code rows.json}) hold every row with the values its cells show.
 * A list that fits one page stays one page, without those files.
 */
class PagedListsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The pages of a list, in order: its own address, then page/2/, page/3/, ... */
    private static List<Path> pages(Path site, String list) {
        List<Path> pages = new ArrayList<>(List.of(site.resolve(list + "index.html")));
        for (int n = 2; Files.isRegularFile(site.resolve(list + "page/" + n + "/index.html")); n++) {
            pages.add(site.resolve(list + "page/" + n + "/index.html"));
        }
        return pages;
    }

    private static List<String> ids(Path page) throws IOException {
        return Jsoup.parse(page.toFile()).select("[data-filterable] tbody tr").eachAttr("data-id");
    }

    @ParameterizedTest(name = "/{0}{1}")
    @CsvSource({"'', subsidies/", "'', projects/", "'', services/", "en/, projects/", "en/, subsidies/"})
    void everyRowIsOnExactlyOnePageOfAtMostTheRowsPerPage(String language, String list) throws IOException {
        Path site = SharedSites.paged();
        List<Path> pages = pages(site, language + list);
        List<String> all = new ArrayList<>();
        for (Path page : pages) {
            List<String> ids = ids(page);
            assertTrue(!ids.isEmpty() && ids.size() <= PagedLists.ROWS, page + ": " + ids.size() + " rows");
            assertTrue(Files.size(page) < 1_000_000, page + " is " + Files.size(page) + " bytes");
            all.addAll(ids);
        }
        List<String> table = new ArrayList<>();
        JSON.readTree(site.resolve("data/" + list.replace("/", ".json")).toFile()).forEach(row -> table.add(row.get("id").asText()));
        assertTrue(pages.size() > 2, pages.size() + " pages");
        assertEquals(new TreeSet<>(table), new TreeSet<>(all), "the rows of all pages are the table's");
        assertEquals(table.size(), all.size(), "no row on two pages");
    }

    @Test
    void pagesLinkToThePreviousTheNextAndByNumber() throws IOException {
        Path site = SharedSites.paged();
        List<Path> pages = pages(site, "projects/");
        for (int i = 0; i < pages.size(); i++) {
            Document html = Jsoup.parse(pages.get(i).toFile(), "UTF-8", pages.get(i).toUri().toString());
            List<Element> pagers = html.select("nav.pager");
            assertEquals(2, pagers.size(), "a pager above and below the list");
            Element pager = pagers.get(0);
            assertEquals(String.valueOf(i + 1), pager.selectFirst("a[aria-current=page]").text());
            assertEquals(i > 0, pager.selectFirst("a[rel=prev]") != null);
            assertEquals(i < pages.size() - 1, pager.selectFirst("a[rel=next]") != null);
            if (i > 0) {
                assertEquals(pages.get(i - 1), target(pager.selectFirst("a[rel=prev]")));
            }
            if (i < pages.size() - 1) {
                assertEquals(pages.get(i + 1), target(pager.selectFirst("a[rel=next]")));
            }
            for (Element number : pager.select("li > a:not([rel])")) {
                assertEquals(pages.get(Integer.parseInt(number.text()) - 1), target(number));
            }
            // A record's link on a deeper page still leads to the record.
            for (Element link : html.select("[data-filterable] tbody tr th a")) {
                assertTrue(Files.isRegularFile(target(link)), link.attr("href") + " on " + pages.get(i));
            }
        }
    }

    private static Path target(Element link) {
        return Path.of(java.net.URI.create(link.absUrl("href"))).resolve("index.html");
    }

    /** filters.json and rows.json say for each row what the script reads from its cells on its own page. */
    @ParameterizedTest(name = "/{0}{1}")
    @CsvSource({"'', subsidies/", "en/, projects/", "'', services/"})
    void theFilterFilesHoldEveryRowWithTheValuesOfItsCells(String language, String list) throws IOException {
        Path site = SharedSites.paged();
        JsonNode options = JSON.readTree(site.resolve(language + list + "filters.json").toFile());
        JsonNode rows = JSON.readTree(site.resolve(language + list + "rows.json").toFile()).get("rows");
        Map<String, List<String>> expected = new TreeMap<>();
        List<Path> pages = pages(site, language + list);
        List<String> labels = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Element host = Jsoup.parse(pages.get(p).toFile()).selectFirst("[data-filterable]");
            List<Integer> columns = new ArrayList<>();
            Element header = host.selectFirst("thead tr");
            for (int c = 0; c < header.children().size(); c++) {
                if (header.child(c).hasAttr("data-filter")) {
                    columns.add(c);
                    if (p == 0) {
                        labels.add(header.child(c).hasAttr("data-filter-label") ? header.child(c).attr("data-filter-label") : header.child(c).text());
                    }
                }
            }
            for (Element row : host.select("tbody > tr")) {
                List<String> values = new ArrayList<>(List.of(String.valueOf(p + 1)));
                for (int c : columns) {
                    Element cell = row.child(c);
                    values.add(cell.hasAttr("data-filter-value") ? cell.attr("data-filter-value")
                            : cell.hasAttr("data-filter-values") ? cell.attr("data-filter-values").trim()
                            : !cell.select("[data-filter-value]").isEmpty() ? String.join(" ", cell.select("[data-filter-value]").eachAttr("data-filter-value"))
                            : cell.text());
                }
                expected.put(row.attr("data-id"), values);
            }
        }
        assertFalse(labels.isEmpty());
        List<String> optionLabels = new ArrayList<>();
        options.get("columns").forEach(c -> optionLabels.add(c.get("label").asText()));
        assertEquals(labels, optionLabels);
        assertEquals(expected.size(), options.get("rows").asInt());
        Map<String, List<String>> written = new TreeMap<>();
        for (JsonNode row : rows) {
            List<String> values = new ArrayList<>(List.of(row.get(1).asText()));
            for (int f = 0; f < labels.size(); f++) {
                List<String> chosen = new ArrayList<>();
                JsonNode choices = options.get("columns").get(f).get("options");
                row.get(2 + f).forEach(i -> chosen.add(choices.get(i.asInt()).get("value").asText()));
                values.add(String.join(" ", chosen));
            }
            assertEquals(null, written.put(row.get(0).asText(), values), "one line per row");
        }
        assertEquals(expected, written);
    }

    /** The home page's and a subsidy page's links into the list lead to the page of the list that has the line or year. */
    @Test
    void linksToALineOrAYearOfThePagedListLeadToItsPage() throws IOException {
        Path site = SharedSites.paged();
        List<Path> from = new ArrayList<>(List.of(site.resolve("index.html"), site.resolve("en/index.html")));
        try (Stream<Path> lines = Files.list(site.resolve("subsidies"))) {
            lines.filter(p -> Files.isRegularFile(p.resolve("index.html")) && !p.getFileName().toString().equals("page"))
                    .forEach(p -> from.add(p.resolve("index.html")));
        }
        int checked = 0;
        for (Path page : from) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
            for (Element link : html.select("a[href*=subsidies/][href*=#]")) {
                String href = link.absUrl("href");
                Path target = Path.of(java.net.URI.create(href.substring(0, href.indexOf('#')))).resolve("index.html");
                String anchor = href.substring(href.indexOf('#') + 1);
                assertTrue(Jsoup.parse(target.toFile()).getElementById(anchor) != null, link.attr("href") + " on " + page);
                checked++;
            }
        }
        assertTrue(checked > 40, checked + " links checked");
    }

    /** Every page of every paged list, in both languages, passes the Nu Html Checker. */
    @Test
    void pagedListsAreValidHtml() throws Exception {
        Path site = SharedSites.paged();
        List<String> errors = new ArrayList<>();
        int checked = 0;
        HtmlChecker checker = HtmlChecker.shared();
        for (String language : List.of("", "en/")) {
            for (String list : List.of("subsidies/", "projects/", "services/")) {
                for (Path page : pages(site, language + list)) {
                    checker.check(page).forEach(l -> errors.add(page + ":" + l));
                    checked++;
                }
            }
        }
        assertTrue(checked > 12, checked + " pages");
        assertEquals(List.of(), errors);
    }

    @Test
    void aListThatFitsOnePageStaysOnePage() throws IOException {
        Path site = SharedSites.fixture();
        for (String list : List.of("subsidies/", "projects/", "services/", "en/projects/")) {
            assertFalse(Files.exists(site.resolve(list + "page")), list);
            assertFalse(Files.exists(site.resolve(list + "rows.json")), list);
            String html = Files.readString(site.resolve(list + "index.html"));
            assertFalse(html.contains("class=\"pager\"") || html.contains("data-paged"), list);
        }
    }

    /**
     * With the subsidies list paged, the home page gives the chart's totals per year and says how many lines the list
     * has, instead of a table of every line that would grow without end; with one page it keeps that table.
     */
    @Test
    void theHomePageListsEveryLineOnlyWhileTheSubsidiesListIsOnePage() throws IOException {
        for (String language : List.of("", "en/")) {
            Document paged = Jsoup.parse(SharedSites.paged().resolve(language + "index.html").toFile());
            int lines = 0;
            for (Path page : pages(SharedSites.paged(), language + "subsidies/")) {
                lines += Jsoup.parse(page.toFile()).select("tr[id]").size();
            }
            assertTrue(lines > PagedLists.ROWS, lines + " lines");
            assertTrue(paged.select("#kerncijfers ~ * a[href*=subsidies/#], #kerncijfers ~ * a[href*=subsidies/page/]").isEmpty(),
                    "no link to single lines on the home page");
            assertEquals(1, paged.select("table.chart-data").size(), "the chart's table of totals per year stays");
            String count = String.valueOf(lines);
            assertTrue(paged.select("section p").eachText().stream().anyMatch(p -> p.startsWith(count + " ")),
                    "the home page says how many lines there are: " + paged.select("section p").eachText());
            Document one = Jsoup.parse(SharedSites.fixture().resolve(language + "index.html").toFile());
            assertFalse(one.select("a[href*=subsidies/#]").isEmpty(), "a list of one page: every line on the home page");
        }
    }

    /**
     * A source's lineage lists at most a list page's rows of each type, then says how many there are and that the open
     * data has all of them: in the paged site 24 projects and more cite the question of 2018.
     */
    @Test
    void aLongLineageStopsAtTheRowsOfAListPageAndSaysHowManyThereAre() throws IOException {
        for (String language : List.of("", "en/")) {
            Document page = Jsoup.parse(SharedSites.paged().resolve(language + "sources/vraag-2018/index.html").toFile());
            Element projects = page.select("ul.cited-by:has(a[href*=projects/reeks-])").first();
            assertTrue(projects != null, "the lineage lists projects");
            assertEquals(PagedLists.ROWS, projects.select("li").size(), "at most the rows of a list page");
            Element note = projects.nextElementSibling();
            assertTrue(note != null && note.is("p.note") && note.text().contains(String.valueOf(PagedLists.ROWS))
                    && note.select("a[href$=datasets/]").size() == 1, String.valueOf(note));
            int citing = 0;
            for (Path file : Files.newDirectoryStream(SharedSites.paged().resolve("api/v1/projects"), "*.json")) {
                citing += JSON.readTree(file.toFile()).path("sources").toString().contains("\"vraag-2018\"") ? 1 : 0;
            }
            assertTrue(citing > PagedLists.ROWS && note.text().matches(".*\\b" + citing + "\\b.*"), citing + " citing projects: " + note.text());
        }
        Document unpaged = Jsoup.parse(SharedSites.fixture().resolve("sources/vraag-2018/index.html").toFile());
        assertTrue(unpaged.select("ul.cited-by + p.note").isEmpty(), "a short lineage is listed whole, without the note");
    }
}
