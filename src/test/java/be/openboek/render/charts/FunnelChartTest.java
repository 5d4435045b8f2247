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
        assertEquals("The last known stage of the 7 projects: 0 selected, 2 experiment, 2 evaluated, 3 scaled up and 0 stopped.",
                en.summary());
        assertEquals("Er zijn nog geen projecten.", new FunnelChart(Messages.of(Language.NL)).build("f", counts(0, 0, 0, 0, 0)).summary());
        assertFalse(en.svg().contains("style="));
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.attr("width"));
    }
}
