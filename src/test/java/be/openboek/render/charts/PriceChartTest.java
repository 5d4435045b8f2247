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
import be.openboek.format.Language;
import be.openboek.format.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class PriceChartTest {

    static PriceLine price(String component, String amount, String from, String to) {
        return price(component, amount, true, from, to);
    }

    static PriceLine price(String component, String amount, Boolean vatIncluded, String from, String to) {
        return priceIn(component, amount, PriceUnit.PER_INHABITANT_PER_YEAR, vatIncluded, from, to);
    }

    static PriceLine priceIn(String component, String amount, PriceUnit unit, Boolean vatIncluded, String from, String to) {
        return new PriceLine(Fields.of("component", component, "amount", amount == null ? null : new BigDecimal(amount),
                "unit", unit, "vat_included", vatIncluded, "valid_from", LocalDate.parse(from),
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
        assertEquals(1, doc.select("g.price-series rect.gap").size(), "the unpublished period is a gap");
        assertTrue(doc.select("text").eachText().containsAll(List.of("€ 0,24", "€ 0,32670")), "amounts exactly as published");
        assertEquals("Basis ging van € 0,24 per inwoner in 2018 (incl. btw) naar € 0,32670 in 2021 (incl. btw). Voor 2019–2020 is het"
                + " bedrag niet gepubliceerd; daar heeft de lijn een onderbreking. Bij elke prijs is de btw inbegrepen.", chart.summary());
        Element gapEntry = doc.select("g.legend-entry:has(rect.gap)").first();
        assertEquals(doc.selectFirst("g.price-series rect.gap").attr("fill"), gapEntry.selectFirst("rect").attr("fill"));
        assertEquals("? bedrag niet gepubliceerd", gapEntry.text());
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
    void eachPriceSaysWhetherItIncludesVatInTheDrawingTheLegendAndTheSummary() {
        Service service = service(price("Basis", "0.24", true, "2018-01-01", "2018-12-31"),
                price("Basis", "0.25", false, "2019-01-01", "2019-12-31"), price("Basis", "0.27", null, "2020-01-01", null));
        Chart chart = nl.build("p", service);
        Document doc = SubsidyChartTest.svg(chart);
        Element series = doc.selectFirst("g.price-series");
        List<String> markers = series.select("[class^=vat-]").eachAttr("class");
        assertEquals(List.of("vat-included", "vat-excluded", "vat-unknown"), markers, "a marker at each price, in date order");
        List<Element> steps = series.select("line").stream().filter(l -> l.attr("y1").equals(l.attr("y2"))).toList();
        List<Element> risers = series.select("line").stream().filter(l -> !l.attr("y1").equals(l.attr("y2"))).toList();
        assertEquals(3, steps.size());
        assertEquals(List.of(), risers, "prices on a different VAT basis are not joined into one line");
        for (int i = 0; i < steps.size(); i++) {
            Element marker = series.select("[class^=vat-]").get(i);
            String x = marker.hasAttr("cx") ? marker.attr("cx") : marker.attr("d").replaceFirst("^M(\\S+) .*", "$1");
            assertEquals(steps.get(i).attr("x1"), x, "the marker is at the start of its price");
        }

        Elements legend = doc.select("g.legend-entry:has([class^=vat-])");
        assertEquals(List.of("Basis (incl. btw)", "Basis (excl. btw)", "Basis (btw niet vermeld)"), legend.eachText());
        for (int i = 0; i < legend.size(); i++) {
            Element shown = legend.get(i).selectFirst("[class^=vat-]");
            Element drawn = series.select("[class^=vat-]").get(i);
            assertEquals(drawn.tagName() + drawn.attr("class") + drawn.attr("fill") + drawn.attr("stroke"),
                    shown.tagName() + shown.attr("class") + shown.attr("fill") + shown.attr("stroke"), "legend marker as drawn");
            assertEquals(steps.get(0).attr("stroke"), legend.get(i).selectFirst("line").attr("stroke"));
        }
        Document narrow = Jsoup.parse(chart.narrow(), "", Parser.xmlParser());
        assertEquals(List.of("vat-included", "vat-excluded", "vat-unknown"), narrow.selectFirst("g.price-series").select("[class^=vat-]")
                .eachAttr("class"), "the drawing for phones has the same markers");
        assertEquals(legend.eachText(), narrow.select("g.legend-entry:has([class^=vat-])").eachText());
        assertEquals("Basis ging van € 0,24 per inwoner in 2018 (incl. btw) naar € 0,27 in 2020 (btw niet vermeld). De btw is"
                + " inbegrepen bij € 0,24 (2018), niet inbegrepen bij € 0,25 (2019) en niet vermeld bij € 0,27 (2020); zulke prijzen"
                + " zijn dus niet zomaar met elkaar te vergelijken.", chart.summary());

        Chart en = new PriceChart(Messages.of(Language.EN)).build("p", service);
        // The component has no English name (no component_en), so the English legend says it is Dutch only.
        assertEquals(List.of("Basis (Dutch only) (incl. VAT)", "Basis (Dutch only) (excl. VAT)", "Basis (Dutch only) (VAT not stated)"),
                SubsidyChartTest.svg(en).select("g.legend-entry:has([class^=vat-])").eachText());
        assertEquals("Basis (Dutch only) went from € 0,24 per inhabitant in 2018 (incl. VAT) to € 0,27 in 2020 (VAT not stated). VAT is included"
                + " in € 0,24 (2018), not included in € 0,25 (2019) and not stated for € 0,27 (2020); such prices cannot simply be"
                + " compared with each other.", en.summary());
    }

    @Test
    void pricesOfOneVatBasisAreJoinedAndSaidOnce() {
        Chart chart = nl.build("p", service(price("Basis", "0.24", null, "2018-01-01", "2018-12-31"),
                price("Basis", "0.25", null, "2019-01-01", null), price("Extra", "0.01", null, "2019-01-01", null)));
        Document doc = SubsidyChartTest.svg(chart);
        assertEquals(1, doc.selectFirst("g.price-series").select("line").stream().filter(l -> !l.attr("y1").equals(l.attr("y2"))).count(),
                "the two prices of Basis are joined");
        assertEquals(List.of("Basis (btw niet vermeld)", "Extra (btw niet vermeld)"), doc.select("g.legend-entry").eachText());
        assertTrue(chart.summary().endsWith(" Bij geen enkele prijs vermelden de bronnen of de btw inbegrepen is."), chart.summary());
    }

    @Test
    void noChartWithoutAPricePerInhabitant() {
        PriceLine flat = priceIn("Abonnement", "100", PriceUnit.PER_YEAR, true, "2020-01-01", null);
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
