package be.openboek.render.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.model.Fields;
import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import be.openboek.format.Language;
import be.openboek.format.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
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
    void summaryAndTableSayWhatTheDrawingShowsInBothLanguages() {
        List<Subsidy> lines = List.of(line("2016-werking", 2016, "3916000", SubsidyStatus.GRANTED, "Werking"),
                line("2017-werking", 2017, "3959000", SubsidyStatus.GRANTED, "Werking"),
                line("2018-werking", 2018, "3982445", SubsidyStatus.BUDGETED, "Werking"),
                line("2018-ebs", 2018, "5414000", SubsidyStatus.BUDGETED, "EBS"),
                line("2020-werking", 2020, null, SubsidyStatus.BUDGETED, "Werking"));
        Chart chart = nl.build("c", lines);
        assertEquals("Subsidies van 2016 tot en met 2020, per jaar en status. Toegekend: € 3.916.000 in 2016 en € 3.959.000 in 2017;"
                + " samen € 7.875.000. Begroot: € 9.396.445 in 2018. Voor 2019 en 2020 geven de gevonden bronnen geen bedrag."
                + " Bedragen met een verschillende status (toegekend, begroot en uitbetaald) tellen we nooit samen, en een totaal telt"
                + " alleen de jaren waarvoor elk bedrag gepubliceerd is.", chart.summary());
        Document doc = svg(chart);
        assertEquals(List.of("Totaal toegekend over 2016 en 2017: € 7.875.000", "Totaal begroot over 2018: € 9.396.445"),
                doc.select("text.total").eachText());
        assertEquals(List.of("€ 3.916.000", "–", "€ 3.959.000", "–", "–", "€ 9.396.445"), doc.select("text.cell").eachText(),
                "a row per status under each year");
        assertEquals(List.of(List.of("2016", "€ 3.916.000", "–"), List.of("2017", "€ 3.959.000", "–"), List.of("2018", "–", "€ 9.396.445"),
                List.of("2019", "niet gepubliceerd"), List.of("2020", "niet gepubliceerd")), texts(chart.table().body()));
        assertEquals(List.of("Jaar", "toegekend", "begroot"), chart.table().head().stream().map(ChartTable.Cell::text).toList());
        assertEquals(List.of(List.of("Totaal", "€ 7.875.000", "€ 9.396.445")),
                texts(chart.table().foot()));
        assertEquals(List.of("2016 en 2017", "2018"), chart.table().foot().get(0).stream().skip(1).map(ChartTable.Cell::note).toList());

        Chart en = new SubsidyChart(Messages.of(Language.EN)).build("c", lines);
        assertEquals("Subsidies from 2016 to 2020, per year and status. Granted: € 3.916.000 in 2016 and € 3.959.000 in 2017;"
                + " together € 7.875.000. Budgeted: € 9.396.445 in 2018. For 2019 and 2020 the sources we found give no amount."
                + " Amounts with a different status (granted, budgeted and paid) are never added up, and a total only counts the years"
                + " for which every amount is published.", en.summary());
        assertEquals(List.of("Total granted over 2016 and 2017: € 7.875.000", "Total budgeted over 2018: € 9.396.445"),
                svg(en).select("text.total").eachText());
        assertEquals(List.of("2019", "not published"), texts(en.table().body()).get(3));
        assertEquals("Subsidies in 2016, per status. Granted: € 1 in 2016. Amounts with a different status (granted, budgeted and paid)"
                + " are never added up, and a total only counts the years for which every amount is published.",
                new SubsidyChart(Messages.of(Language.EN)).build("c", List.of(line("a", 2016, "1", SubsidyStatus.GRANTED, "W"))).summary());
    }

    @Test
    void everyYearFromTheFirstToTheLastIsOnTheAxisAndAYearWithoutAmountsIsALabelledGap() {
        List<Subsidy> lines = List.of(line("a", 2016, "3916000", SubsidyStatus.GRANTED, "Werking"),
                line("b", 2018, "3982445", SubsidyStatus.BUDGETED, "Werking"), line("c", 2021, null, SubsidyStatus.BUDGETED, "Werking"),
                line("d", 2022, "100", SubsidyStatus.BUDGETED, "Werking"));
        for (Language language : Language.values()) {
            String notPublished = language == Language.NL ? "niet gepubliceerd" : "not published";
            Chart chart = new SubsidyChart(Messages.of(language)).build("c", lines);
            // Both drawings: the wide one (years left to right) and the one for phones (years top to bottom).
            for (Document doc : List.of(svg(chart), Jsoup.parse(chart.narrow(), "", Parser.xmlParser()))) {
                assertEquals(List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022"), yearsOnTheAxis(doc));
                for (Element label : doc.select("text").stream().filter(t -> t.text().matches("\\d{4}")).toList()) {
                    Element year = label.parent();
                    boolean gap = List.of("2017", "2019", "2020", "2021").contains(label.text());
                    // The empty place: no bar, and the words beside the year.
                    assertEquals(gap, year.select("g[class^=status-]:has(title)").isEmpty(), label.text() + " has a bar");
                    assertEquals(gap, year.text().replace(label.text(), "").trim().equals(notPublished), label.text() + ": " + year.text());
                }
            }
        }
    }

    @Test
    void theLegendHasAnEntryForEachDrawnPurposeAndStatusWithTheFillOfItsBars() {
        Chart chart = nl.build("c", List.of(line("a", 2016, "100", SubsidyStatus.GRANTED, "Werking"),
                line("b", 2017, "100", SubsidyStatus.BUDGETED, "Werking"), line("c", 2017, "50", SubsidyStatus.BUDGETED, "Systeem"),
                line("d", 2018, null, SubsidyStatus.PAID, "Werking"), line("e", 2018, null, SubsidyStatus.GRANTED, "Ander doel")));
        for (Document doc : List.of(svg(chart), Jsoup.parse(chart.narrow(), "", Parser.xmlParser()))) {
            List<String> drawn = new ArrayList<>();
            for (Element bar : doc.select("g[class^=status-]:has(title)")) {
                String look = look(bar);
                if (!drawn.contains(look)) {
                    drawn.add(look);
                }
            }
            Elements legend = doc.select("g.legend-entry");
            List<String> shown = legend.stream().map(entry -> look(entry.selectFirst("g[class^=status-]"))).toList();
            assertEquals(drawn, shown, "one legend entry per look of the bars, the same fill and pattern, and nothing else");
            assertEquals(List.of("Werking (toegekend)", "Werking (begroot)", "Systeem (begroot)"), legend.eachText());
            assertTrue(doc.select("rect[fill=" + Svg.MUTED + "]").isEmpty(), "no grey swatch that matches no bar");
        }
    }

    @Test
    void totalsArePerStatusAndOnlyOverYearsWhoseEveryAmountIsPublished() {
        Chart chart = nl.build("c", List.of(line("a", 2016, "100", SubsidyStatus.GRANTED, "Werking"),
                line("b", 2016, "50", SubsidyStatus.BUDGETED, "Systeem"), line("c", 2017, "200", SubsidyStatus.GRANTED, "Werking"),
                line("d", 2018, "300", SubsidyStatus.GRANTED, "Werking"), line("e", 2018, null, SubsidyStatus.GRANTED, "Systeem"),
                line("f", 2019, "7", SubsidyStatus.PAID, "Werking")));
        Document doc = svg(chart);
        List<String> texts = doc.select("text").eachText();
        assertEquals(List.of("Totaal toegekend over 2016 en 2017: € 300", "Totaal begroot over 2016: € 50", "Totaal uitbetaald over 2019: € 7"),
                doc.select("text.total").eachText());
        for (String sum : List.of("€ 150", "€ 600", "€ 650", "€ 357", "€ 307")) {
            assertFalse(texts.contains(sum) || chart.summary().contains(sum + " ") || chart.summary().contains(sum + "."),
                    "no sum across statuses or over an incomplete year: " + sum);
        }
        // 2016 has a bar per status, side by side on the axis: granted is not stacked on budgeted.
        Elements bars2016 = doc.select("g.year").get(0).select("g[class^=status-]:has(title) rect:first-of-type");
        assertEquals(2, bars2016.size());
        double bottom0 = Double.parseDouble(bars2016.get(0).attr("y")) + height(bars2016.get(0));
        double bottom1 = Double.parseDouble(bars2016.get(1).attr("y")) + height(bars2016.get(1));
        assertEquals(bottom0, bottom1, 0.11, "both bars stand on the axis");
        assertFalse(bars2016.get(0).attr("x").equals(bars2016.get(1).attr("x")));
        // 2018 lacks an amount: its published line is drawn, but it has no total, and says why.
        Element year2018 = doc.select("g.year").get(2);
        assertEquals(1, year2018.select("g[class^=status-]:has(title)").size());
        assertEquals(List.of("2018", "niet elk bedrag gepubliceerd"), year2018.select("text").eachText());
        assertEquals(List.of("2018", "niet elk bedrag gepubliceerd"), texts(chart.table().body()).get(2));
        assertTrue(chart.summary().contains("Toegekend: € 100 in 2016 en € 200 in 2017; samen € 300."), chart.summary());
        assertTrue(chart.summary().contains("Voor 2018 is niet elk bedrag gepubliceerd, dus daarvoor staat er geen totaal."), chart.summary());
        assertTrue(chart.summary().endsWith("Bedragen met een verschillende status (toegekend, begroot en uitbetaald) tellen we nooit"
                + " samen, en een totaal telt alleen de jaren waarvoor elk bedrag gepubliceerd is."), chart.summary());
        assertFalse(chart.summary().contains("echte totaal"), "no word of a total that is not shown");
    }

    /** The years on the axis, left to right (top to bottom when they are one below the other). */
    static List<String> yearsOnTheAxis(Document doc) {
        return doc.select("text").stream().filter(t -> t.text().matches("\\d{4}"))
                .sorted(java.util.Comparator.comparingDouble((Element t) -> Double.parseDouble(t.attr("x")))
                        .thenComparingDouble(t -> Double.parseDouble(t.attr("y"))))
                .map(Element::text).toList();
    }

    /** How a bar segment or legend swatch looks: its colour and the pattern over it. */
    private static String look(Element status) {
        Elements rects = status.select("rect");
        return rects.get(0).attr("fill") + (rects.size() > 1 ? " " + rects.get(1).attr("fill") : "");
    }

    private static List<List<String>> texts(List<List<ChartTable.Cell>> rows) {
        return rows.stream().map(row -> row.stream().map(ChartTable.Cell::text).toList()).toList();
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

    @Test
    void linesOfOnePurposeAndStatusInAYearAreOneSegmentWithTheirSum() {
        Chart chart = nl.build("c", List.of(line("a", 2016, "1000", SubsidyStatus.GRANTED, "Werking"),
                line("b", 2016, "2000", SubsidyStatus.GRANTED, "Werking"), line("c", 2016, "500", SubsidyStatus.GRANTED, "Systeem"),
                line("d", 2016, "4000", SubsidyStatus.PAID, "Werking")));
        for (String drawing : List.of(chart.svg(), chart.narrow())) {
            Document doc = Jsoup.parse(drawing, "", Parser.xmlParser());
            List<String> tooltips = doc.select("g[class^=status-] > title").eachText();
            assertEquals(List.of("2016 · Werking · toegekend · € 3.000 · 2 lijnen", "2016 · Systeem · toegekend · € 500",
                    "2016 · Werking · uitbetaald · € 4.000"), tooltips);
        }
        List<Element> bars = segments(svg(chart));
        assertEquals(3000.0 / 500, height(bars.get(0)) / height(bars.get(1)), 0.01, "the segment is as high as its sum");
    }

    @Test
    void purposesBeyondThePaletteAreDrawnTogetherSoThatNoTwoShareAColour() {
        List<Subsidy> lines = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            // Purpose 9 has the largest amount, purpose 1 the smallest.
            lines.add(line("l" + i, 2016 + i % 3, i + "000", SubsidyStatus.GRANTED, "Doel " + i));
        }
        Chart chart = nl.build("c", lines);
        for (String drawing : List.of(chart.svg(), chart.narrow())) {
            Document doc = Jsoup.parse(drawing, "", Parser.xmlParser());
            List<String> legend = doc.select("g.legend-entry").eachText();
            int own = Svg.PALETTE.length - 1;
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                if (i > 9 - own) {
                    expected.add("Doel " + i + " (toegekend)");
                }
            }
            expected.add((9 - own) + " andere doelen (toegekend)");
            assertEquals(expected, legend, "the largest purposes by name, the rest together, last");
            java.util.Map<String, String> colourOf = new java.util.HashMap<>();
            for (Element g : doc.select("g[class^=status-]:has(title)")) {
                String title = g.selectFirst("title").text();
                String purpose = title.split(" · ")[1];
                String fill = g.selectFirst("rect").attr("fill");
                assertEquals(fill, colourOf.getOrDefault(purpose, fill), "one colour per purpose: " + title);
                colourOf.put(purpose, fill);
            }
            assertEquals(colourOf.size(), new java.util.HashSet<>(colourOf.values()).size(), "no two purposes share a colour: " + colourOf);
            assertTrue(colourOf.containsKey((9 - own) + " andere doelen"), colourOf.toString());
        }
    }

    @Test
    void theDrawingsDoNotGrowWithTheNumberOfLines() {
        int small = 0;
        for (int count : new int[] {60, 3000}) {
            List<Subsidy> lines = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                lines.add(line(String.format("l%05d", i), 2016 + i % 8, String.valueOf(1000 + i), SubsidyStatus.values()[i % 3], "Doel " + i));
            }
            Chart chart = nl.build("c", lines);
            int size = chart.svg().length() + chart.narrow().length();
            if (small == 0) {
                small = size;
            } else {
                assertTrue(size < small * 1.1, "3,000 lines draw " + size + " characters, 60 lines " + small);
            }
        }
    }

    @Test
    void totalsUnderTheAxisNeverRunIntoEachOther() {
        for (int years : new int[] {3, 8, 12, 20}) {
            List<Subsidy> lines = new ArrayList<>();
            for (int y = 0; y < years; y++) {
                lines.add(line("g" + y, 2004 + y, "393999999", SubsidyStatus.GRANTED, "Werking"));
                lines.add(line("p" + y, 2004 + y, "3959000", SubsidyStatus.PAID, "Werking"));
            }
            Document doc = svg(nl.build("c", lines));
            java.util.Map<String, List<Element>> rows = new java.util.TreeMap<>();
            for (Element cell : doc.select("text.cell")) {
                rows.computeIfAbsent(cell.attr("y"), k -> new ArrayList<>()).add(cell);
            }
            int cells = 0;
            for (Element cell : doc.select("text.cell")) {
                double half = Svg.width(cell.text(), Double.parseDouble(cell.attr("font-size"))) / 2;
                double x = Double.parseDouble(cell.attr("x"));
                assertTrue(x - half >= 110 && x + half <= SubsidyChart.WIDTH, years + " years: " + cell.text() + " at " + x
                        + " leaves the plot's width, into the row headings or past the edge");
            }
            for (List<Element> row : rows.values()) {
                for (int i = 1; i < row.size(); i++) {
                    Element left = row.get(i - 1);
                    Element right = row.get(i);
                    double room = Double.parseDouble(right.attr("x")) - Double.parseDouble(left.attr("x"));
                    double font = Double.parseDouble(right.attr("font-size"));
                    double needed = (Svg.width(left.text(), font) + Svg.width(right.text(), font)) / 2;
                    assertTrue(room >= needed, years + " years: " + left.text() + " and " + right.text() + " need " + needed
                            + " but are " + room + " apart");
                }
                cells += row.size();
            }
            assertEquals(2 * years, cells, "every year's two totals are written");
        }
    }
}
