package be.openboek.render.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.format.Language;
import be.openboek.format.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FunnelChartTest {

    private static Map<String, Long> counts(long selected, long experiment, long evaluated, long scaledUp, long stopped) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("selected", selected);
        counts.put("experiment", experiment);
        counts.put("evaluated", evaluated);
        counts.put("scaled_up", scaledUp);
        counts.put("stopped", stopped);
        return counts;
    }

    @Test
    void barsAreAsWideAsTheCountsInLifecycleOrder() {
        Document doc = SubsidyChartTest.svg(new FunnelChart(Messages.of(Language.NL)).build("f", counts(4, 2, 0, 1, 1)));
        List<String> order = doc.select("g[class^=status-]").eachAttr("class");
        assertEquals(List.of("status-selected", "status-experiment", "status-evaluated", "status-scaled_up", "status-stopped"), order);
        double selected = width(doc.selectFirst("g.status-selected rect"));
        assertEquals(0.5, width(doc.selectFirst("g.status-experiment rect")) / selected, 0.01);
        assertEquals(0.25, width(doc.selectFirst("g.status-scaled_up rect")) / selected, 0.01);
        assertTrue(doc.select("g.status-evaluated rect").isEmpty(), "no bar for zero projects");
        assertEquals("url(#f-stopped)", doc.select("g.status-stopped rect").get(1).attr("fill"), "stopped is hatched");
        assertEquals(List.of("geselecteerd", "4"), doc.select("g.status-selected text").eachText());
    }

    @Test
    void summaryCountsEveryStage() {
        Chart en = new FunnelChart(Messages.of(Language.EN)).build("f", counts(0, 2, 2, 3, 0));
        assertEquals("The last known status of the 7 projects: 0 selected, 2 experiment, 2 evaluated, 3 scaled up and 0 stopped.",
                en.summary());
        assertEquals("Er zijn nog geen projecten.", new FunnelChart(Messages.of(Language.NL)).build("f", counts(0, 0, 0, 0, 0)).summary());
        assertFalse(en.svg().contains("style="));
    }

    /**
     * On a phone every count shows: the narrow drawing puts each status on a line of its own with its bar from the left
     * and the count beside it, all inside its width (the wide drawing scrolled there, the longer bars' counts out of
     * sight). The text's width is taken as 0.6 of the font size per character, more than system-ui's digits take.
     */
    @Test
    void aPhoneGetsADrawingWhoseBarsAndCountsFitItsWidth() {
        Chart chart = new FunnelChart(Messages.of(Language.EN)).build("f", counts(1, 20, 0, 300_000, 7));
        Document narrow = org.jsoup.Jsoup.parse(chart.narrow(), "", org.jsoup.parser.Parser.xmlParser());
        Element svg = narrow.selectFirst("svg");
        double viewWidth = Double.parseDouble(svg.attr("viewBox").split(" ")[2]);
        double font = Double.parseDouble(svg.attr("font-size"));
        assertEquals(FunnelChart.NARROW_WIDTH, viewWidth);
        assertEquals(List.of("status-selected", "status-experiment", "status-evaluated", "status-scaled_up", "status-stopped"),
                narrow.select("g[class^=status-]").eachAttr("class"));
        for (Element group : narrow.select("g[class^=status-]")) {
            for (Element text : group.select("text")) {
                double right = Double.parseDouble(text.attr("x")) + text.text().length() * font * 0.6;
                assertTrue(right <= viewWidth, group.attr("class") + ": \"" + text.text() + "\" ends at " + right);
            }
            for (Element rect : group.select("rect")) {
                assertTrue(Double.parseDouble(rect.attr("x")) + width(rect) <= viewWidth, group.attr("class"));
            }
        }
        assertEquals(List.of("scaled up", "300000"), narrow.select("g.status-scaled_up text").eachText());
        Document proportions = org.jsoup.Jsoup.parse(new FunnelChart(Messages.of(Language.NL)).build("f", counts(4, 2, 0, 1, 1)).narrow(),
                "", org.jsoup.parser.Parser.xmlParser());
        double selected = width(proportions.selectFirst("g.status-selected rect"));
        assertEquals(0.5, width(proportions.selectFirst("g.status-experiment rect")) / selected, 0.01);
        assertEquals(0.25, width(proportions.selectFirst("g.status-scaled_up rect")) / selected, 0.01);
        assertTrue(proportions.select("g.status-evaluated rect").isEmpty(), "no bar for zero projects");
        assertEquals("url(#f-narrow-stopped)", narrow.select("g.status-stopped rect").get(1).attr("fill"), "stopped is hatched");
        assertTrue(narrow.selectFirst("desc").text().startsWith("Bar chart of the stages"), narrow.selectFirst("desc").text());
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.attr("width"));
    }
}
