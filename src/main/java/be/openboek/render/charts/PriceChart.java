package be.openboek.render.charts;

import be.openboek.format.BelgianFormat;
import be.openboek.model.PriceLine;
import be.openboek.model.PriceUnit;
import be.openboek.model.Service;
import be.openboek.format.Messages;
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
import java.util.function.DoubleUnaryOperator;
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

    /** The sizes of one drawing: the full width, and a narrower one with smaller text for phones. */
    private record Layout(String suffix, double width, double left, double right, double font) {
    }

    static final double WIDTH = 640;
    private static final Layout WIDE = new Layout("", WIDTH, 80, 24, 14);
    private static final Layout NARROW = new Layout("-narrow", 320, 52, 12, 13);
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
        Map<String, List<PriceLine>> series = series(service);
        if (series.isEmpty()) {
            return null;
        }
        String title = text.t("chart.prices.title", text.record(service, "name"));
        return new Chart(title, draw(id, title, series, WIDE), draw(id + NARROW.suffix(), title, series, NARROW), words.summary(series), null);
    }

    /** Whether {@code service} has a price chart: a price per inhabitant with a start date. */
    public static boolean draws(Service service) {
        return !series(service).isEmpty();
    }

    /** The prices per inhabitant with a start date, per component in the order they come, each oldest first. */
    private static Map<String, List<PriceLine>> series(Service service) {
        Map<String, List<PriceLine>> series = new LinkedHashMap<>();
        for (PriceLine line : service.prices()) {
            if (line.unit() == PriceUnit.PER_INHABITANT_PER_YEAR && line.validFrom() != null) {
                series.computeIfAbsent(line.component(), c -> new ArrayList<>()).add(line);
            }
        }
        series.values().forEach(lines -> lines.sort(Comparator.comparing(PriceLine::validFrom)));
        return series;
    }

    private String draw(String id, String title, Map<String, List<PriceLine>> series, Layout layout) {
        List<PriceLine> all = series.values().stream().flatMap(List::stream).toList();
        int firstYear = all.stream().map(PriceLine::validFrom).min(Comparator.naturalOrder()).orElseThrow().getYear();
        int lastYear = all.stream().flatMap(l -> java.util.stream.Stream.of(l.validFrom(), l.validTo())).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow().getYear();
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        LocalDate end = LocalDate.of(lastYear + 1, 1, 1);
        BigDecimal max = all.stream().map(PriceLine::amount).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        BigDecimal step = Svg.niceStep(max.signum() == 0 ? BigDecimal.ONE : max, 4);
        BigDecimal top = Svg.top(max, step);
        double width = layout.width();
        double left = layout.left();
        double right = width - layout.right();
        double font = layout.font();

        StringBuilder svg = new StringBuilder();
        double baseline = TOP + PLOT;
        double days = ChronoUnit.DAYS.between(start, end);
        DoubleUnaryOperator xOf = d -> left + (right - left) * d / days;
        for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(top) <= 0; tick = tick.add(step)) {
            double y = baseline - Svg.fraction(tick, top) * PLOT;
            Svg.line(svg, left, y, right, y, Svg.GRID, 1, null);
            Svg.text(svg, left - 8, y + 5, "end", BelgianFormat.money(tick));
        }
        // Where a year is narrower than its label, every other label goes a line lower, so each year keeps its own.
        boolean staggered = (right - left) / (lastYear - firstYear + 1) < Svg.width("2000", font) + 4;
        for (int year = firstYear; year <= lastYear; year++) {
            double x = xOf.applyAsDouble(ChronoUnit.DAYS.between(start, LocalDate.of(year, 1, 1)));
            double next = xOf.applyAsDouble(ChronoUnit.DAYS.between(start, LocalDate.of(year + 1, 1, 1)));
            boolean lower = staggered && (year - firstYear) % 2 == 1;
            Svg.line(svg, x, baseline, x, baseline + 6, Svg.TEXT, 1, null);
            if (lower) {
                Svg.line(svg, (x + next) / 2, baseline + 2, (x + next) / 2, baseline + 24, Svg.GRID, 1, null);
            }
            Svg.text(svg, (x + next) / 2, baseline + (lower ? 40 : 22), "middle", String.valueOf(year));
        }
        Svg.line(svg, left, baseline, right, baseline, Svg.TEXT, 1.5, null);

        int s = 0;
        for (List<PriceLine> lines : series.values()) {
            steps(svg, id, lines, Svg.PALETTE[s % Svg.PALETTE.length], DASHES[s % DASHES.length], top, start, end, xOf, right, font);
            s++;
        }

        // The legend: each component with each VAT basis it has a published price for, then the gap if there is one.
        double x = layout == WIDE ? left : 8;
        double legend = baseline + 40 + 16 + (staggered ? 18 : 0);
        s = 0;
        for (Map.Entry<String, List<PriceLine>> entry : series.entrySet()) {
            String colour = Svg.PALETTE[s % Svg.PALETTE.length];
            for (Vat vat : entry.getValue().stream().filter(l -> l.amount() != null).map(Vat::of)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Vat.class)))) {
                svg.append("<g class=\"legend-entry\">");
                Svg.line(svg, x, legend - 4, x + 40, legend - 4, colour, 3, DASHES[s % DASHES.length]);
                vat.marker(svg, x + 20, legend - 4, colour);
                legend = legendText(svg, x + 48, legend, width, font, text.t("chart.prices.series.vat", text.record(entry.getValue().get(0), "component"), words.vat(vat)));
            }
            s++;
        }
        if (all.stream().anyMatch(l -> l.amount() == null)) {
            // Drawn as the gaps are: the hatching and a question mark, without an edge they do not have.
            svg.append("<g class=\"legend-entry\"><rect x=\"").append(Svg.num(x + 8)).append("\" y=\"").append(Svg.num(legend - 15))
                    .append("\" width=\"24\" height=\"22\" fill=\"url(#").append(id).append("-gap)\" class=\"gap\"/>\n");
            Svg.text(svg, x + 20, legend + 1, "middle", "?");
            legend = legendText(svg, x + 48, legend, width, font, text.t("chart.prices.gap"));
        }

        StringBuilder out = new StringBuilder();
        Svg.open(out, id, width, legend - ROW + 16, font, title, text.t("chart.prices.desc"));
        out.append("<defs>\n<pattern id=\"").append(id).append("-gap\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(Svg.MUTED)
                .append("\" stroke-width=\"1\"/></pattern>\n</defs>\n");
        return out.append(svg).append("</svg>").toString();
    }

    /** The text of a legend entry, in as many lines as the width needs, closing the entry; returns where the next begins. */
    private static double legendText(StringBuilder svg, double x, double y, double width, double font, String label) {
        List<String> lines = Svg.wrap(label, width - x - 8, font);
        Svg.lines(svg, x, y + 1, "start", null, 0, lines, font + 4);
        svg.append("</g>\n");
        return y + ROW + (lines.size() - 1) * (font + 4);
    }

    /** One component's prices as steps, each with its VAT marker and amount; an unpublished period as a hatched gap. */
    private static void steps(StringBuilder svg, String id, List<PriceLine> lines, String colour, String dash, BigDecimal top,
            LocalDate start, LocalDate end, DoubleUnaryOperator xOf, double right, double font) {
        double baseline = TOP + PLOT;
        svg.append("<g class=\"price-series\">\n");
        double previousX = Double.NaN;
        double previousY = Double.NaN;
        Vat previousVat = null;
        for (int i = 0; i < lines.size(); i++) {
            PriceLine line = lines.get(i);
            // A price without an end holds until the next price of its component starts (as the validator reads it).
            LocalDate until = line.validTo() != null ? line.validTo().plusDays(1) : i + 1 < lines.size() ? lines.get(i + 1).validFrom() : end;
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
            String amount = BelgianFormat.money(line.amount());
            // Near the right edge the amount ends there instead of running out of the drawing.
            boolean fits = x1 + 9 + Svg.width(amount, font) <= right;
            Svg.text(svg, fits ? x1 + 9 : right, y - 9, fits ? "start" : "end", amount);
            previousX = x2;
            previousY = y;
            previousVat = Vat.of(line);
        }
        svg.append("</g>\n");
    }
}
