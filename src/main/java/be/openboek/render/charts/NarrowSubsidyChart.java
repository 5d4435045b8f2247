package be.openboek.render.charts;

import be.openboek.format.BelgianFormat;
import be.openboek.model.SubsidyStatus;
import be.openboek.render.charts.SubsidyFigures.Kind;
import java.util.List;

/**
 * The subsidy chart drawn for a phone: the years one below the other, every year from the first to the last, each
 * with a horizontal bar per status (stacked by purpose, in the colours and patterns of {@link SubsidyChart}) and
 * its total per status written under it. A year without a total says why. Legend and totals over the years as in
 * the wide drawing, their text in lines that fit. Narrow enough that its text stays readable at 320 px.
 */
final class NarrowSubsidyChart {

    static final double WIDTH = 340;
    private static final double BARS = 52;
    private static final double BAR = 18;
    private static final double LINE = 18;
    private static final double FONT = 14;

    private final ChartText text;

    NarrowSubsidyChart(ChartText text) {
        this.text = text;
    }

    String draw(String id, SubsidyFigures figures, SubsidyWords words) {
        StringBuilder svg = new StringBuilder();
        double length = WIDTH - BARS - 10;
        double y = 8;
        for (SubsidyFigures.Year year : figures.years) {
            svg.append("<g class=\"year ").append(year.kind().cssClass()).append("\">\n");
            Svg.text(svg, 0, y + 14, "start", "year-label", 0, String.valueOf(year.year()));
            if (year.kind() == Kind.COMPLETE) {
                for (SubsidyStatus status : year.totals().keySet()) {
                    y = bar(svg, id, figures, words, year, status, y, length);
                    Svg.text(svg, BARS, y + 13, "start", "cell", 0, text.t("chart.subsidies.amount.status",
                            BelgianFormat.money(year.totals().get(status)), text.label(status)));
                    y += LINE + 6;
                }
            } else {
                for (SubsidyStatus status : year.bars().keySet()) {
                    y = bar(svg, id, figures, words, year, status, y, length);
                }
                List<String> label = Svg.wrap(words.noTotal(year), length, FONT);
                Svg.lines(svg, BARS, y + 13, "start", "gap-label", 0, label, LINE);
                y += label.size() * LINE + 6;
            }
            svg.append("</g>\n");
            Svg.line(svg, 0, y + 2, WIDTH, y + 2, Svg.GRID, 1, null);
            y += 12;
        }

        y += 8;
        for (SubsidyFigures.Series series : figures.series) {
            svg.append("<g class=\"legend-entry\">");
            SubsidyChart.segment(svg, id, 0, y, 16, 16, figures.colour(series.purpose()), series.status(), null);
            List<String> label = Svg.wrap(words.series(series), WIDTH - 24, FONT);
            Svg.lines(svg, 24, y + 13, "start", null, 0, label, LINE);
            svg.append("</g>\n");
            y += label.size() * LINE + 6;
        }
        y += 8;
        for (SubsidyFigures.Total total : figures.totals) {
            List<String> label = Svg.wrap(words.total(total), WIDTH, FONT);
            Svg.lines(svg, 0, y + 13, "start", "total", 0, label, LINE);
            y += label.size() * LINE + 4;
        }

        StringBuilder out = new StringBuilder();
        Svg.open(out, id, WIDTH, y + 8, FONT, text.t("chart.subsidies.title"), text.t("chart.subsidies.desc.narrow"));
        SubsidyChart.patterns(out, id);
        return out.append(svg).append("</svg>").toString();
    }

    /** The bar of one status in a year, its segments side by side from the left; returns where the next row begins. */
    private double bar(StringBuilder svg, String id, SubsidyFigures figures, SubsidyWords words, SubsidyFigures.Year year,
            SubsidyStatus status, double y, double length) {
        double x = BARS;
        for (SubsidyFigures.Segment s : year.bars().getOrDefault(status, List.of())) {
            double w = figures.max.signum() == 0 ? 0 : Svg.fraction(s.amount(), figures.max) * length;
            SubsidyChart.segment(svg, id, x, y, w, BAR, figures.colour(s.purpose()), s.status(), words.segment(year, s));
            x += w;
        }
        return year.bars().containsKey(status) ? y + BAR + 4 : y;
    }
}
