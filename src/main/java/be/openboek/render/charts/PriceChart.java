package be.openboek.render.charts;

import be.openboek.model.BelgianFormat;
import be.openboek.model.PriceLine;
import be.openboek.model.PriceUnit;
import be.openboek.model.Service;
import be.openboek.render.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The price per inhabitant of a service over time: one step line per price component, each with its own dash
 * pattern (and colour), the amount written at the start of every step. A period whose amount was not published is
 * a hatched gap with a question mark, explained in the legend. Only lines priced per inhabitant per year are drawn,
 * so every line shares one axis; a service without them has no chart.
 */
public final class PriceChart {

    static final double WIDTH = 640;
    private static final double LEFT = 80;
    private static final double RIGHT = 24;
    private static final double TOP = 24;
    private static final double PLOT = 200;
    private static final double ROW = 24;
    private static final String[] DASHES = {"", "8 4", "2 4", "12 4 2 4"};

    private final ChartText text;

    public PriceChart(Messages messages) {
        this.text = new ChartText(messages);
    }

    /**
     * @param id      a prefix for the ids in the SVG, unique on the page
     * @param service the service
     * @return the chart, or null when the service has no price per inhabitant
     */
    public Chart build(String id, Service service) {
        Map<String, List<PriceLine>> series = new LinkedHashMap<>();
        for (PriceLine line : service.prices()) {
            if (line.unit() == PriceUnit.PER_INHABITANT_PER_YEAR && line.validFrom() != null) {
                series.computeIfAbsent(line.component(), c -> new ArrayList<>()).add(line);
            }
        }
        if (series.isEmpty()) {
            return null;
        }
        series.values().forEach(lines -> lines.sort(Comparator.comparing(PriceLine::validFrom)));
        List<PriceLine> all = series.values().stream().flatMap(List::stream).toList();
        int firstYear = all.stream().map(PriceLine::validFrom).min(Comparator.naturalOrder()).orElseThrow().getYear();
        int lastYear = all.stream().flatMap(l -> java.util.stream.Stream.of(l.validFrom(), l.validTo())).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow().getYear();
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        LocalDate end = LocalDate.of(lastYear + 1, 1, 1);
        BigDecimal max = all.stream().map(PriceLine::amount).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        BigDecimal step = Svg.niceStep(max.signum() == 0 ? BigDecimal.ONE : max, 4);
        BigDecimal top = Svg.top(max, step);
        boolean gaps = all.stream().anyMatch(l -> l.amount() == null);

        double height = TOP + PLOT + 40 + (series.size() + (gaps ? 1 : 0)) * ROW + 8;
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, id, WIDTH, height, text.t("chart.prices.title", service.name()), text.t("chart.prices.desc"));
        svg.append("<defs>\n<pattern id=\"").append(id).append("-gap\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(Svg.MUTED)
                .append("\" stroke-width=\"1\"/></pattern>\n</defs>\n");
        double baseline = TOP + PLOT;
        double days = ChronoUnit.DAYS.between(start, end);
        java.util.function.DoubleUnaryOperator xOf = d -> LEFT + (WIDTH - LEFT - RIGHT) * d / days;

        for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(top) <= 0; tick = tick.add(step)) {
            double y = baseline - Svg.fraction(tick, top) * PLOT;
            Svg.line(svg, LEFT, y, WIDTH - RIGHT, y, Svg.GRID, 1, null);
            Svg.text(svg, LEFT - 8, y + 5, "end", BelgianFormat.money(tick));
        }
        for (int year = firstYear; year <= lastYear; year++) {
            double x = xOf.applyAsDouble(ChronoUnit.DAYS.between(start, LocalDate.of(year, 1, 1)));
            double next = xOf.applyAsDouble(ChronoUnit.DAYS.between(start, LocalDate.of(year + 1, 1, 1)));
            Svg.line(svg, x, baseline, x, baseline + 6, Svg.TEXT, 1, null);
            Svg.text(svg, (x + next) / 2, baseline + 22, "middle", String.valueOf(year));
        }
        Svg.line(svg, LEFT, baseline, WIDTH - RIGHT, baseline, Svg.TEXT, 1.5, null);

        int s = 0;
        for (Map.Entry<String, List<PriceLine>> entry : series.entrySet()) {
            String colour = Svg.PALETTE[s % Svg.PALETTE.length];
            String dash = DASHES[s % DASHES.length];
            s++;
            svg.append("<g class=\"price-series\">\n");
            double previousX = Double.NaN;
            double previousY = Double.NaN;
            List<PriceLine> lines = entry.getValue();
            for (int i = 0; i < lines.size(); i++) {
                PriceLine line = lines.get(i);
                // A price without an end holds until the next price of its component starts (as the validator reads it).
                LocalDate until = line.validTo() != null ? line.validTo().plusDays(1)
                        : i + 1 < lines.size() ? lines.get(i + 1).validFrom() : end;
                double x1 = xOf.applyAsDouble(ChronoUnit.DAYS.between(start, line.validFrom()));
                double x2 = xOf.applyAsDouble(ChronoUnit.DAYS.between(start, until));
                if (line.amount() == null) {
                    svg.append("<rect x=\"").append(Svg.num(x1)).append("\" y=\"").append(Svg.num(TOP)).append("\" width=\"")
                            .append(Svg.num(x2 - x1)).append("\" height=\"").append(Svg.num(PLOT)).append("\" fill=\"url(#")
                            .append(id).append("-gap)\" class=\"gap\"/>\n");
                    Svg.text(svg, (x1 + x2) / 2, TOP + PLOT / 2, "middle", "?");
                    previousX = Double.NaN;
                    continue;
                }
                double y = baseline - Svg.fraction(line.amount(), top) * PLOT;
                if (!Double.isNaN(previousX) && Math.abs(previousX - x1) < 0.5) {
                    Svg.line(svg, x1, previousY, x1, y, colour, 3, dash);
                }
                Svg.line(svg, x1, y, x2, y, colour, 3, dash);
                Svg.text(svg, x1 + 4, y - 7, "start", BelgianFormat.money(line.amount()));
                previousX = x2;
                previousY = y;
            }
            svg.append("</g>\n");
        }

        double legend = baseline + 40 + 16;
        s = 0;
        for (String component : series.keySet()) {
            Svg.line(svg, LEFT, legend - 4, LEFT + 40, legend - 4, Svg.PALETTE[s % Svg.PALETTE.length], 3, DASHES[s % DASHES.length]);
            Svg.text(svg, LEFT + 48, legend + 1, "start", component);
            s++;
            legend += ROW;
        }
        if (gaps) {
            svg.append("<rect x=\"").append(Svg.num(LEFT + 12)).append("\" y=\"").append(Svg.num(legend - 12))
                    .append("\" width=\"16\" height=\"16\" fill=\"url(#").append(id).append("-gap)\" stroke=\"").append(Svg.MUTED).append("\"/>\n");
            Svg.text(svg, LEFT + 48, legend + 1, "start", "? " + text.t("chart.prices.gap"));
        }
        svg.append("</svg>");
        return new Chart(svg.toString(), summary(series));
    }

    private String summary(Map<String, List<PriceLine>> series) {
        List<String> sentences = new ArrayList<>();
        List<String> gapYears = new ArrayList<>();
        for (Map.Entry<String, List<PriceLine>> entry : series.entrySet()) {
            List<PriceLine> known = entry.getValue().stream().filter(l -> l.amount() != null).toList();
            if (known.size() == 1) {
                PriceLine only = known.get(0);
                sentences.add(text.t("chart.prices.series.one", entry.getKey(), BelgianFormat.money(only.amount()), only.validFrom().getYear()));
            } else if (known.size() > 1) {
                PriceLine first = known.get(0);
                PriceLine last = known.get(known.size() - 1);
                sentences.add(text.t("chart.prices.series", entry.getKey(), BelgianFormat.money(first.amount()), first.validFrom().getYear(),
                        BelgianFormat.money(last.amount()), last.validFrom().getYear()));
            }
            for (PriceLine line : entry.getValue()) {
                if (line.amount() == null) {
                    int from = line.validFrom().getYear();
                    int to = line.validTo() == null ? from : line.validTo().getYear();
                    String years = from == to ? String.valueOf(from) : from + "–" + to;
                    if (!gapYears.contains(years)) {
                        gapYears.add(years);
                    }
                }
            }
        }
        if (!gapYears.isEmpty()) {
            sentences.add(text.t("chart.prices.summary.gaps", text.list(gapYears)));
        }
        return String.join(" ", sentences);
    }
}
