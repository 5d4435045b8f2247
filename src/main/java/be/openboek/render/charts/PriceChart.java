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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The price per inhabitant of a service over time: one step line per price component, each with its own dash
 * pattern (and colour), the amount written at the start of every step beside a marker that says whether that price
 * includes VAT ({@link Vat}). Two steps are joined only when both have the same VAT basis. A period whose amount was
 * not published is a hatched gap with a question mark. The legend has an entry per component and VAT basis drawn,
 * and one for the gap when there is one. Only lines priced per inhabitant per year are drawn, so every line shares
 * one axis; a service without them has no chart.
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
    private final PriceWords words;

    public PriceChart(Messages messages) {
        this.text = new ChartText(messages);
        this.words = new PriceWords(text);
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
        // The legend: each component with each VAT basis it has a published price for.
        Map<String, Set<Vat>> entries = new LinkedHashMap<>();
        series.forEach((component, lines) -> entries.put(component, lines.stream().filter(l -> l.amount() != null).map(Vat::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Vat.class)))));
        int legendRows = entries.values().stream().mapToInt(Set::size).sum() + (gaps ? 1 : 0);

        double height = TOP + PLOT + 40 + legendRows * ROW + 8;
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
            Vat previousVat = null;
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
                // A price with VAT and one without (or not known) are not on one footing: no line joins them.
                if (!Double.isNaN(previousX) && Math.abs(previousX - x1) < 0.5 && previousVat == Vat.of(line)) {
                    Svg.line(svg, x1, previousY, x1, y, colour, 3, dash);
                }
                Svg.line(svg, x1, y, x2, y, colour, 3, dash);
                Vat.of(line).marker(svg, x1, y, colour);
                Svg.text(svg, x1 + 9, y - 9, "start", BelgianFormat.money(line.amount()));
                previousX = x2;
                previousY = y;
                previousVat = Vat.of(line);
            }
            svg.append("</g>\n");
        }

        double legend = baseline + 40 + 16;
        s = 0;
        for (Map.Entry<String, Set<Vat>> entry : entries.entrySet()) {
            String colour = Svg.PALETTE[s % Svg.PALETTE.length];
            for (Vat vat : entry.getValue()) {
                svg.append("<g class=\"legend-entry\">");
                Svg.line(svg, LEFT, legend - 4, LEFT + 40, legend - 4, colour, 3, DASHES[s % DASHES.length]);
                vat.marker(svg, LEFT + 20, legend - 4, colour);
                Svg.text(svg, LEFT + 48, legend + 1, "start", text.t("chart.prices.series.vat", entry.getKey(), words.vat(vat)));
                svg.append("</g>\n");
                legend += ROW;
            }
            s++;
        }
        if (gaps) {
            // Drawn as the gaps are: the hatching and a question mark, without an edge they do not have.
            svg.append("<g class=\"legend-entry\"><rect x=\"").append(Svg.num(LEFT + 8)).append("\" y=\"").append(Svg.num(legend - 15))
                    .append("\" width=\"24\" height=\"22\" fill=\"url(#").append(id).append("-gap)\" class=\"gap\"/>\n");
            Svg.text(svg, LEFT + 20, legend + 1, "middle", "?");
            Svg.text(svg, LEFT + 48, legend + 1, "start", text.t("chart.prices.gap"));
            svg.append("</g>\n");
        }
        svg.append("</svg>");
        return new Chart(svg.toString(), words.summary(series));
    }
}
