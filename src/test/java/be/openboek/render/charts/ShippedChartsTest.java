package be.openboek.render.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charts of the shipped site as built, in Dutch and English: the subsidy chart on the home and subsidies pages
 * has every year from the first to the last subsidy line on its axis, a year without any published amount is an
 * empty place that says so, and its table has the same years; a service's price chart has every year of its prices.
 */
class ShippedChartsTest {

    static Path site;
    /** Per year of the shipped subsidy lines: whether any of them has an amount. */
    static final Map<Integer, Boolean> PUBLISHED = new TreeMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = SharedSites.shipped();
        JsonNode lines = new YAMLMapper().readTree(TestProject.REPO.resolve("data/subsidies.yaml").toFile()).get("subsidies");
        for (JsonNode line : lines) {
            PUBLISHED.merge(line.get("year").asInt(), line.hasNonNull("amount"), Boolean::logicalOr);
        }
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path + "index.html")));
    }

    /** The four-digit texts of a chart (its year labels), left to right, or top to bottom on a phone's drawing. */
    private static List<String> years(Element svg) {
        List<Element> labels = new ArrayList<>(svg.select("text").stream().filter(t -> t.text().matches("\\d{4}")).toList());
        labels.sort(java.util.Comparator.comparingDouble((Element t) -> Double.parseDouble(t.attr("x")))
                .thenComparingDouble(t -> Double.parseDouble(t.attr("y"))));
        return labels.stream().map(Element::text).toList();
    }

    @Test
    void theSubsidyChartHasEveryYearFromTheFirstToTheLastAndLabelsTheYearsWithoutAmounts() throws IOException {
        int first = ((TreeMap<Integer, Boolean>) PUBLISHED).firstKey();
        int last = ((TreeMap<Integer, Boolean>) PUBLISHED).lastKey();
        List<String> expected = IntStream.rangeClosed(first, last).mapToObj(String::valueOf).toList();
        List<Integer> silent = IntStream.rangeClosed(first, last).filter(y -> !PUBLISHED.getOrDefault(y, false)).boxed().toList();
        assertFalse(silent.isEmpty(), "the shipped data has years without an amount (2019, 2020)");
        for (String path : List.of("", "subsidies/", "en/", "en/subsidies/")) {
            String notPublished = path.startsWith("en/") ? "not published" : "niet gepubliceerd";
            Document doc = page(path);
            List<Element> drawings = doc.select("figure.chart svg.chart");
            for (Element svg : drawings) {
                assertEquals(expected, years(svg), "/" + path + ": every year on the axis");
                for (int year : silent) {
                    Element label = svg.select("text").stream().filter(t -> t.text().equals(String.valueOf(year))).findFirst().orElseThrow();
                    Element slot = label.parent();
                    assertTrue(slot.select("g:has(> title)").isEmpty(), "/" + path + ": " + year + " has no bar");
                    assertEquals(String.valueOf(year) + " " + notPublished, slot.text(), "/" + path + ": " + year + " is labelled");
                }
            }
            assertEquals(2, drawings.size(), "/" + path + ": a drawing for wide screens and one for phones");
            Element table = doc.selectFirst("table.chart-data");
            assertEquals(expected, table.select("tbody th").eachText(), "/" + path + ": the table has the same years");
        }
    }

    @Test
    void thePriceChartHasEveryYearOfItsPrices() throws IOException {
        int charts = 0;
        try (var services = Files.list(site.resolve("services"))) {
            for (Path service : services.filter(Files::isDirectory).sorted().toList()) {
                for (String language : List.of("", "en/")) {
                    String path = language + "services/" + service.getFileName() + "/";
                    for (Element svg : page(path).select("figure.chart svg.chart")) {
                        charts++;
                        List<String> years = years(svg);
                        int from = Integer.parseInt(years.get(0));
                        assertEquals(IntStream.rangeClosed(from, from + years.size() - 1).mapToObj(String::valueOf).toList(), years, path);
                        assertFalse(svg.select("g.legend-entry [class^=vat-]").isEmpty(), path + ": the legend says which prices include VAT");
                    }
                }
            }
        }
        assertEquals(4, charts, "the shipped price chart, wide and narrow, in two languages");
    }
}
