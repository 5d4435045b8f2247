package be.openboek.render.charts;

import be.openboek.format.BelgianFormat;
import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import be.openboek.format.Messages;
import be.openboek.render.charts.SubsidyFigures.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Subsidies per year as bars: every year from the first to the last has its place on the axis. Within a year, one
 * bar per status (granted, budgeted and paid are never stacked on each other, as that would add them up), stacked
 * by purpose: a colour per purpose, the same in every year, and a pattern per status, so statuses differ without
 * colour (granted solid, budgeted hatched, paid dotted). Under each year, a row per status gives the year's total
 * of that status; a year without any published amount is an empty place labelled as such, and a year with some
 * amounts missing says so instead of a total. The legend has one entry per purpose and status drawn, each with the
 * fill of its bars; below it, the total of each status over the years whose every amount is published.
 */
public final class SubsidyChart {

    static final double WIDTH = 640;
    private static final double LEFT = 110;
    private static final double RIGHT = 16;
    private static final double TOP = 28;
    private static final double PLOT = 220;
    private static final double ROW = 22;

    private final ChartText text;

    public SubsidyChart(Messages messages) {
        this.text = new ChartText(messages);
    }

    /**
     * @param id        a prefix for the ids in the SVG, unique on the page
     * @param subsidies the subsidy lines
     */
    public Chart build(String id, List<Subsidy> subsidies) {
        SubsidyFigures figures = new SubsidyFigures(subsidies);
        SubsidyWords words = new SubsidyWords(text, figures);
        String narrow = new NarrowSubsidyChart(text).draw(id + "-narrow", figures, words);
        return new Chart(text.t("chart.subsidies.title"), svg(id, figures, words), narrow, words.summary(), words.table());
    }

    private String svg(String id, SubsidyFigures figures, SubsidyWords words) {
        double slot = (WIDTH - LEFT - RIGHT) / Math.max(figures.years.size(), 1);
        double font = slot >= 96 ? 14 : 12;
        // A total wider than its year's place (many years, large amounts) would run into its neighbours': then the years
        // take turns over as many lines per status as that needs, so that each total has the place of that many years.
        double widest = 0;
        for (SubsidyFigures.Year year : figures.years) {
            if (year.kind() == Kind.COMPLETE) {
                for (BigDecimal total : year.totals().values()) {
                    widest = Math.max(widest, Svg.width(BelgianFormat.money(total), font));
                }
            }
        }
        // A total at either end is moved inwards to stay clear of the row headings and the edge: that costs up to half
        // its overhang of room.
        int turns = Math.max(1, (int) Math.ceil((widest + 6 + Math.max(0, widest - slot) / 2) / slot));
        // The rows under the axis: one per status (times the turns), or as many as the longest label of a year without
        // a total needs.
        int rows = Math.max(figures.statuses.size() * turns, 1);
        for (SubsidyFigures.Year year : figures.years) {
            if (year.kind() != Kind.COMPLETE) {
                rows = Math.max(rows, Svg.wrap(words.noTotal(year), slot - 8, font).size());
            }
        }
        double baseline = TOP + PLOT;
        double legend = baseline + 22 + rows * ROW + 34;
        double height = legend + figures.series.size() * ROW + (figures.totals.isEmpty() ? 0 : 8 + figures.totals.size() * ROW) + 8;

        StringBuilder svg = new StringBuilder();
        Svg.open(svg, id, WIDTH, height, text.t("chart.subsidies.title"), text.t("chart.subsidies.desc"));
        patterns(svg, id);
        BigDecimal step = Svg.niceStep(figures.max.signum() == 0 ? BigDecimal.ONE : figures.max, 4);
        BigDecimal top = Svg.top(figures.max, step);
        for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(top) <= 0; tick = tick.add(step)) {
            double y = baseline - Svg.fraction(tick, top) * PLOT;
            Svg.line(svg, LEFT, y, WIDTH - RIGHT, y, Svg.GRID, 1, null);
            Svg.text(svg, LEFT - 8, y + 5, "end", BelgianFormat.money(tick));
        }
        Svg.line(svg, LEFT, baseline, WIDTH - RIGHT, baseline, Svg.TEXT, 1.5, null);
        for (int row = 0; row < figures.statuses.size(); row++) {
            Svg.text(svg, LEFT - 8, baseline + 22 + (row * turns + 1) * ROW, "end", "row-heading", font,
                    text.label(figures.statuses.get(row)));
        }

        int i = 0;
        for (SubsidyFigures.Year year : figures.years) {
            int turn = i % turns;
            double center = LEFT + slot * (i++ + 0.5);
            svg.append("<g class=\"year ").append(year.kind().cssClass()).append("\">\n");
            bars(svg, id, figures, words, year, center, slot, baseline, top);
            Svg.text(svg, center, baseline + 22, "middle", "year-label", 0, String.valueOf(year.year()));
            if (year.kind() == Kind.COMPLETE) {
                for (int row = 0; row < figures.statuses.size(); row++) {
                    BigDecimal total = year.totals().get(figures.statuses.get(row));
                    String cell = total == null ? SubsidyWords.NONE : BelgianFormat.money(total);
                    double half = Svg.width(cell, font) / 2;
                    double x = Math.min(Math.max(center, LEFT + half), WIDTH - RIGHT - half);
                    Svg.text(svg, x, baseline + 22 + (row * turns + turn + 1) * ROW, "middle", "cell", font, cell);
                }
            } else {
                Svg.lines(svg, center, baseline + 22 + ROW, "middle", "gap-label", font, Svg.wrap(words.noTotal(year), slot - 8, font), ROW);
            }
            svg.append("</g>\n");
        }

        for (SubsidyFigures.Series series : figures.series) {
            svg.append("<g class=\"legend-entry\">");
            segment(svg, id, LEFT, legend - 12, 16, 16, figures.colour(series.purpose()), series.status(), null);
            Svg.text(svg, LEFT + 24, legend + 1, "start", words.series(series));
            svg.append("</g>\n");
            legend += ROW;
        }
        legend += 8;
        for (SubsidyFigures.Total total : figures.totals) {
            Svg.text(svg, LEFT, legend + 1, "start", "total", 0, words.total(total));
            legend += ROW;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The year's bars side by side, one per status, each a stack of its lines. */
    private void bars(StringBuilder svg, String id, SubsidyFigures figures, SubsidyWords words, SubsidyFigures.Year year,
            double center, double slot, double baseline, BigDecimal top) {
        int n = year.bars().size();
        double gap = 4;
        double group = Math.min(slot * (n == 1 ? 0.6 : 0.8), 90 * n);
        double width = (group - gap * (n - 1)) / Math.max(n, 1);
        double x = center - group / 2;
        for (Map.Entry<SubsidyStatus, List<SubsidyFigures.Segment>> bar : year.bars().entrySet()) {
            double y = baseline;
            for (SubsidyFigures.Segment s : bar.getValue()) {
                double h = Svg.fraction(s.amount(), top) * PLOT;
                y -= h;
                segment(svg, id, x, y, width, h, figures.colour(s.purpose()), s.status(), words.segment(year, s));
            }
            x += width + gap;
        }
    }

    /** White stripes and white dots laid over a segment's colour: budgeted and paid. */
    static void patterns(StringBuilder svg, String id) {
        svg.append("<defs>\n<pattern id=\"").append(id).append("-budgeted\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern>\n")
                .append("<pattern id=\"").append(id).append("-paid\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\">"
                + "<circle cx=\"3.5\" cy=\"3.5\" r=\"1.6\" fill=\"#ffffff\"/></pattern>\n</defs>\n");
    }

    /**
     * One bar segment, or a legend swatch (without tooltip) drawn the same way: its colour, the pattern of its status
     * on top, a white edge against its neighbours.
     */
    static void segment(StringBuilder svg, String id, double x, double y, double w, double h, String colour,
            SubsidyStatus status, String tooltip) {
        String box = "x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\"" + Svg.num(w) + "\" height=\"" + Svg.num(h) + "\"";
        svg.append("<g class=\"status-").append(status.code()).append("\">");
        if (tooltip != null) {
            svg.append("<title>").append(Svg.escape(tooltip)).append("</title>");
        }
        svg.append("<rect ").append(box).append(" fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
        if (status != SubsidyStatus.GRANTED) {
            svg.append("<rect ").append(box).append(" fill=\"url(#").append(id).append('-').append(status.code()).append(")\"/>");
        }
        svg.append("</g>\n");
    }
}
