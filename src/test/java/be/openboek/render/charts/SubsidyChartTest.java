package be.openboek.render.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.model.Fields;
import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import be.openboek.render.Language;
import be.openboek.render.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SubsidyChartTest {

    static Subsidy line(String id, int year, String amount, SubsidyStatus status, String purpose) {
        return new Subsidy(Fields.of("id", id, "year", year, "amount", amount == null ? null : new BigDecimal(amount),
                "status", status, "purpose", purpose, "funder", "Vlaamse overheid", "recipient", "Ontvanger", "notes", null,
                "sources", List.of("bron")), null);
    }

    static Document svg(Chart chart) {
        return Jsoup.parse(chart.svg(), "", Parser.xmlParser());
    }

    private static double height(Element rect) {
        return Double.parseDouble(rect.attr("height"));
    }

    /** The coloured (first) rect of every segment of the bars, in document order. */
    private static List<Element> segments(Document doc) {
        List<Element> rects = new ArrayList<>();
        for (Element g : doc.select("g[class^=status-]")) {
            if (!g.select("title").isEmpty()) {
                rects.add(g.selectFirst("rect"));
            }
        }
        return rects;
    }

    private final SubsidyChart nl = new SubsidyChart(Messages.of(Language.NL));

    @Test
    void barHeightsAreProportionalToTheAmounts() {
        Chart chart = nl.build("c", List.of(line("a", 2016, "1000000", SubsidyStatus.GRANTED, "Werking"),
                line("b", 2017, "3000000", SubsidyStatus.GRANTED, "Werking")));
        List<Element> bars = segments(svg(chart));
        assertEquals(2, bars.size());
        assertEquals(3.0, height(bars.get(1)) / height(bars.get(0)), 0.01);
    }

    @Test
    void segmentsStackInLegendOrderOfPurposeWithTheFirstPurposeAtTheBottom() {
        // In model order (year, then id): within 2018 the EBS line comes first by id, but Werking is the first purpose.
        Chart chart = nl.build("c", List.of(line("2016-werking", 2016, "3916000", SubsidyStatus.GRANTED, "Werking"),
                line("2018-a-ebs", 2018, "5414000", SubsidyStatus.BUDGETED, "Eengemaakt bibliotheeksysteem"),
                line("2018-werking", 2018, "3982445", SubsidyStatus.BUDGETED, "Werking")));
        List<Element> bars = segments(svg(chart));
        assertEquals(3, bars.size());
        // Werking is the first purpose, so it lies at the bottom of 2018's bar.
        Element werking2018 = bars.get(1);
        Element ebs2018 = bars.get(2);
        assertTrue(werking2018.parent().selectFirst("title").text().contains("Werking"));
        assertTrue(ebs2018.parent().selectFirst("title").text().contains("Eengemaakt"));
        assertTrue(Double.parseDouble(ebs2018.attr("y")) < Double.parseDouble(werking2018.attr("y")), "EBS is above Werking");
        assertEquals(werking2018.attr("fill"), bars.get(0).attr("fill"), "one purpose, one colour in every year");
        assertFalse(werking2018.attr("fill").equals(ebs2018.attr("fill")));
    }

    @Test
    void statusesDifferByPatternNotOnlyByColour() {
        Chart chart = nl.build("c", List.of(line("a", 2016, "100", SubsidyStatus.GRANTED, "Werking"),
                line("b", 2017, "100", SubsidyStatus.BUDGETED, "Werking"), line("c", 2018, "100", SubsidyStatus.PAID, "Werking")));
        Document doc = svg(chart);
        // Same purpose, so the same colour: only the overlay tells the statuses apart.
        assertEquals(1, doc.select("g.status-granted:has(title) rect").size(), "granted: solid, one rect");
        assertEquals("url(#c-budgeted)", doc.select("g.status-budgeted:has(title) rect").get(1).attr("fill"));
        assertEquals("url(#c-paid)", doc.select("g.status-paid:has(title) rect").get(1).attr("fill"));
        assertEquals(1, doc.select("pattern#c-budgeted").size());
        assertEquals(1, doc.select("pattern#c-paid").size());
        String legend = doc.select("text").eachText().toString();
        assertTrue(legend.contains("toegekend") && legend.contains("begroot") && legend.contains("uitbetaald"), legend);
    }

    @Test
    void isAnAccessibleImageWithTitleAndDescription() {
        Document doc = svg(nl.build("grafiek", List.of(line("a", 2016, "100", SubsidyStatus.GRANTED, "Werking"))));
        Element root = doc.selectFirst("svg");
        assertEquals("img", root.attr("role"));
        assertEquals("grafiek-title grafiek-desc", root.attr("aria-labelledby"));
        assertFalse(doc.selectFirst("title#grafiek-title").text().isBlank());
        assertFalse(doc.selectFirst("desc#grafiek-desc").text().isBlank());
        assertTrue(doc.select("[style]").isEmpty(), "no style attributes (CSP)");
    }

    @Test
    void summaryGivesTheFiguresAndTheYearsWithUnpublishedAmounts() {
        Chart chart = nl.build("c", List.of(line("2016-werking", 2016, "3916000", SubsidyStatus.GRANTED, "Werking"),
                line("2018-werking", 2018, "3982445", SubsidyStatus.BUDGETED, "Werking"),
                line("2018-ebs", 2018, "5414000", SubsidyStatus.BUDGETED, "EBS"),
                line("2020-werking", 2020, null, SubsidyStatus.BUDGETED, "Werking"),
                line("2020-ibl", 2020, "250000", SubsidyStatus.BUDGETED, "IBL")));
        assertEquals("Van 2016 tot 2020 is het hoogste gepubliceerde jaarbedrag € 9.396.445 in 2018 (begroot) en het laagste"
                + " € 250.000 in 2020 (begroot). Voor 2020 is niet elk bedrag gepubliceerd, dus het echte totaal is hoger of onbekend.",
                chart.summary());
        assertTrue(chart.svg().contains("€ 250.000 *"), "an incomplete year is marked");
        Chart en = new SubsidyChart(Messages.of(Language.EN)).build("c", List.of(line("a", 2016, "3916000", SubsidyStatus.GRANTED, "W")));
        assertEquals("The published amount for 2016 is € 3.916.000 (granted).", en.summary());
    }

    @Test
    void aYearWithoutAnyPublishedAmountSaysSoAndGetsNoAsterisk() {
        Chart chart = nl.build("c", List.of(line("2016-werking", 2016, "3916000", SubsidyStatus.GRANTED, "Werking"),
                line("2020-werking", 2020, null, SubsidyStatus.BUDGETED, "Werking")));
        List<String> texts = svg(chart).select("text").eachText();
        assertTrue(texts.contains("niet gepubliceerd"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("*")), "no asterisk, and no legend line explaining one: " + texts);
    }

    @Test
    void escapesAHostilePurpose() {
        Chart chart = nl.build("c", List.of(line("a", 2016, "100", SubsidyStatus.GRANTED, "<script>alert(1)</script>\" onload=\"x")));
        assertFalse(chart.svg().contains("<script"), chart.svg());
        assertFalse(chart.svg().contains("\" onload"), chart.svg());
        assertTrue(chart.svg().contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x"));
        Document doc = svg(chart);
        assertTrue(doc.select("script").isEmpty());
        assertTrue(doc.select("[onload]").isEmpty());
    }

    @Test
    void isTheSameForTheSameInput() {
        List<Subsidy> lines = List.of(line("a", 2016, "3916000", SubsidyStatus.GRANTED, "Werking"),
                line("b", 2017, "0.5", SubsidyStatus.PAID, "Andere"));
        assertEquals(nl.build("c", lines), nl.build("c", lines));
        Matcher coordinates = Pattern.compile("\\s(?:x|y|width|height)=\"([^\"]*)\"").matcher(nl.build("c", lines).svg());
        while (coordinates.find()) {
            assertTrue(coordinates.group(1).matches("-?\\d+(\\.\\d)?"), "plain coordinate: " + coordinates.group(1));
        }
    }
}
