package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.format.Language;
import be.openboek.format.Messages;
import be.openboek.load.SiteLoader;
import be.openboek.model.Fields;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's price chart is drawn once per language for its page, its page for an iframe and its SVG file. */
class ChartsViewTest {

    @Test
    void aServicesPriceChartIsDrawnOnceAndARecordThatChangedGetsItsOwn(@TempDir Path tmp) throws Exception {
        Site site = new SiteLoader().load(TestProject.fixture(tmp.resolve("project")).root()).site();
        Service service = site.services().stream().filter(s -> !s.prices().isEmpty()).findFirst().orElseThrow();
        ChartsView view = new ChartsView(new SiteView(site), Messages.of(Language.NL));

        assertSame(view.priceChart(service), view.priceChart(service));
        assertEquals(view.prices(service).svg().toString(), view.of(EmbeddedChart.prices(service)).svg().toString());

        // A record equal by value but another object (serve's next load) is drawn afresh, and a changed one shows its change.
        Service again = new Service(new Fields(service.fields()), service.origin());
        assertEquals(service, again);
        assertNotSame(view.priceChart(service), view.priceChart(again));
        Map<String, Object> values = new LinkedHashMap<>(service.fields());
        values.put("name", "Een andere naam");
        Service renamed = new Service(new Fields(values), service.origin());
        assertTrue(view.priceChart(renamed).title().contains("Een andere naam"), view.priceChart(renamed).title());
        assertFalse(view.priceChart(service).title().contains("Een andere naam"));
    }
}
