package be.openboek.render.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.model.Fields;
import be.openboek.model.PriceLine;
import be.openboek.model.PriceModel;
import be.openboek.model.PriceUnit;
import be.openboek.model.Service;
import be.openboek.render.Language;
import be.openboek.render.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PriceChartTest {

    static PriceLine price(String component, String amount, String from, String to) {
        return price(component, amount, PriceUnit.PER_INHABITANT_PER_YEAR, from, to);
    }

    static PriceLine price(String component, String amount, PriceUnit unit, String from, String to) {
        return new PriceLine(Fields.of("component", component, "amount", amount == null ? null : new BigDecimal(amount),
                "unit", unit, "vat_included", true, "valid_from", LocalDate.parse(from),
                "valid_to", to == null ? null : LocalDate.parse(to), "notes", null, "sources", List.of("bron")));
    }

    static Service service(PriceLine... prices) {
        return service("dienst", "Dienst", PriceModel.PER_INHABITANT, prices);
    }

    static Service service(String id, String name, PriceModel model, PriceLine... prices) {
        return new Service(Fields.of("id", id, "name", name, "description", "Wat ze doet.", "launched", null,
                "origin_projects", List.of(), "subscribers", "Gemeenten", "price_model", model, "price_note", null,
                "prices", List.of(prices), "cooperative_terms", null, "sources", List.of("bron")), null);
    }

    private final PriceChart nl = new PriceChart(Messages.of(Language.NL));

    @Test
    void stepsAreAsHighAsThePricesAndGapsAreHatched() {
        Chart chart = nl.build("p", service(price("Basis", "0.24", "2018-01-01", "2018-12-31"),
                price("Basis", null, "2019-01-01", "2020-12-31"), price("Basis", "0.32670", "2021-01-01", null)));
        Document doc = SubsidyChartTest.svg(chart);
        List<Element> steps = doc.select("g.price-series line").stream().filter(l -> l.attr("y1").equals(l.attr("y2"))).toList();
        assertEquals(2, steps.size());
        double baseline = Double.parseDouble(doc.select("line").stream().filter(l -> l.attr("stroke-width").equals("1.5"))
                .findFirst().orElseThrow().attr("y1"));
        double low = baseline - Double.parseDouble(steps.get(0).attr("y1"));
        double high = baseline - Double.parseDouble(steps.get(1).attr("y1"));
        assertEquals(0.32670 / 0.24, high / low, 0.02);
        assertEquals(1, doc.select("rect.gap").size(), "the unpublished period is a gap");
        assertTrue(doc.select("text").eachText().containsAll(List.of("€ 0,24", "€ 0,32670")), "amounts exactly as published");
        assertEquals("Basis ging van € 0,24 per inwoner in 2018 naar € 0,32670 in 2021. Voor 2019–2020 is het bedrag niet"
                + " gepubliceerd; daar heeft de lijn een onderbreking.", chart.summary());
    }

    @Test
    void aPriceWithoutAnEndStopsWhereTheNextPriceStarts() {
        Document doc = SubsidyChartTest.svg(nl.build("p", service(price("Basis", "0.27152", "2021-01-01", null),
                price("Basis", "0.32670", "2023-01-01", null), price("Extra", "0.01", "2025-01-01", "2025-12-31"))));
        List<Element> steps = doc.select("g.price-series").get(0).select("line").stream()
                .filter(l -> l.attr("y1").equals(l.attr("y2"))).toList();
        assertEquals(2, steps.size());
        // The first step ends exactly where the second begins: it is not drawn on under the next price.
        assertEquals(steps.get(1).attr("x1"), steps.get(0).attr("x2"));
        assertTrue(Double.parseDouble(steps.get(0).attr("x2")) < Double.parseDouble(steps.get(1).attr("x2")));
    }

    @Test
    void componentsHaveTheirOwnDashPattern() {
        Document doc = SubsidyChartTest.svg(nl.build("p", service(price("Basis", "0.24", "2018-01-01", null),
                price("Extra", "0.01", "2020-01-01", "2020-12-31"))));
        List<Element> series = doc.select("g.price-series");
        assertEquals(2, series.size());
        assertFalse(series.get(0).selectFirst("line").attr("stroke-dasharray")
                .equals(series.get(1).selectFirst("line").attr("stroke-dasharray")));
    }

    @Test
    void noChartWithoutAPricePerInhabitant() {
        PriceLine flat = price("Abonnement", "100", PriceUnit.PER_YEAR, "2020-01-01", null);
        assertNull(nl.build("p", service(flat)));
    }

    @Test
    void escapesAHostileComponentAndServiceName() {
        Service hostile = service("x", "<img src=x onerror=alert(1)>", null,
                price("</text><script>alert(1)</script>", "1", "2020-01-01", null));
        String svg = nl.build("p", hostile).svg();
        assertFalse(svg.contains("<script") || svg.contains("<img"), svg);
        assertTrue(svg.contains("&lt;/text&gt;&lt;script&gt;"));
    }
}
