package be.openboek.render.charts;

import be.openboek.model.BelgianFormat;
import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import be.openboek.render.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Subsidies per year as a stacked bar chart: one bar per year, one segment per line, coloured by purpose (the same
 * purpose at the same place in every bar) and patterned by status: granted is solid, budgeted hatched, paid dotted,
 * so the statuses differ without colour. Each bar carries its total; a year with an unpublished amount gets an
 * asterisk, and a year with none published says so.
 */
public final class SubsidyChart {

    static final double WIDTH = 640;
    private static final double LEFT = 110;
    private static final double RIGHT = 16;
    private static final double TOP = 28;
    private static final double PLOT = 220;
    private static final double ROW = 24;

    private final ChartText text;

    public SubsidyChart(Messages messages) {
        this.text = new ChartText(messages);
    }

    /**
     * @param id        a prefix for the ids in the SVG, unique on the page
     * @param subsidies the subsidy lines
     */
    public Chart build(String id, List<Subsidy> subsidies) {
        Map<Integer, List<Subsidy>> byYear = new TreeMap<>();
        List<String> purposes = new ArrayList<>();
        for (Subsidy s : subsidies) {
            byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s);
            if (!purposes.contains(s.purpose())) {
                purposes.add(s.purpose());
            }
        }
        Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
        byYear.forEach((year, lines) -> totals.put(year, lines.stream().map(Subsidy::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        BigDecimal max = totals.values().stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        List<SubsidyStatus> statuses = List.of(SubsidyStatus.values()).stream()
                .filter(st -> subsidies.stream().anyMatch(s -> s.status() == st)).toList();
        // The asterisk marks a year with some but not all amounts published; a year with none says so instead.
        Set<Integer> starred = byYear.entrySet().stream().filter(e -> totals.get(e.getKey()).signum() != 0
                && e.getValue().stream().anyMatch(s -> s.amount() == null)).map(Map.Entry::getKey).collect(Collectors.toSet());
        boolean incomplete = !starred.isEmpty();

        int legendRows = 1 + purposes.size() + (incomplete ? 1 : 0);
        double height = TOP + PLOT + 40 + legendRows * ROW + 8;
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, id, WIDTH, height, text.t("chart.subsidies.title"), text.t("chart.subsidies.desc"));
        patterns(svg, id);

        BigDecimal step = Svg.niceStep(max.signum() == 0 ? BigDecimal.ONE : max, 4);
        BigDecimal top = Svg.top(max, step);
        double baseline = TOP + PLOT;
        for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(top) <= 0; tick = tick.add(step)) {
            double y = baseline - Svg.fraction(tick, top) * PLOT;
            Svg.line(svg, LEFT, y, WIDTH - RIGHT, y, Svg.GRID, 1, null);
            Svg.text(svg, LEFT - 8, y + 5, "end", BelgianFormat.money(tick));
        }
        Svg.line(svg, LEFT, baseline, WIDTH - RIGHT, baseline, Svg.TEXT, 1.5, null);

        double slot = (WIDTH - LEFT - RIGHT) / Math.max(byYear.size(), 1);
        double barWidth = Math.min(slot * 0.6, 90);
        int i = 0;
        for (Map.Entry<Integer, List<Subsidy>> year : byYear.entrySet()) {
            double center = LEFT + slot * (i++ + 0.5);
            double x = center - barWidth / 2;
            List<Subsidy> lines = new ArrayList<>(year.getValue());
            lines.sort(Comparator.comparing((Subsidy s) -> purposes.indexOf(s.purpose())).thenComparing(Subsidy::id));
            double y = baseline;
            for (Subsidy s : lines) {
                if (s.amount() == null || s.amount().signum() <= 0) {
                    continue;
                }
                double h = Svg.fraction(s.amount(), top) * PLOT;
                y -= h;
                segment(svg, id, x, y, barWidth, h, Svg.PALETTE[purposes.indexOf(s.purpose()) % Svg.PALETTE.length], s.status(),
                        year.getKey() + " · " + s.purpose() + " · " + text.label(s.status()) + " · " + BelgianFormat.money(s.amount()));
            }
            BigDecimal total = totals.get(year.getKey());
            boolean nonePublished = total.signum() == 0 && year.getValue().stream().anyMatch(s -> s.amount() == null);
            String label = nonePublished ? text.t("chart.not.published.short")
                    : BelgianFormat.money(total) + (starred.contains(year.getKey()) ? " *" : "");
            Svg.text(svg, center, y - 8, "middle", label);
            Svg.text(svg, center, baseline + 22, "middle", String.valueOf(year.getKey()));
        }

        double legend = baseline + 40 + 16;
        double lx = LEFT;
        for (SubsidyStatus status : statuses) {
            segment(svg, id, lx, legend - 12, 16, 16, Svg.MUTED, status, null);
            Svg.text(svg, lx + 22, legend + 1, "start", text.label(status));
            lx += 150;
        }
        for (String purpose : purposes) {
            legend += ROW;
            svg.append("<rect x=\"").append(Svg.num(LEFT)).append("\" y=\"").append(Svg.num(legend - 12))
                    .append("\" width=\"16\" height=\"16\" fill=\"").append(Svg.PALETTE[purposes.indexOf(purpose) % Svg.PALETTE.length])
                    .append("\"/>\n");
            Svg.text(svg, LEFT + 22, legend + 1, "start", purpose);
        }
        if (incomplete) {
            legend += ROW;
            Svg.text(svg, LEFT, legend + 1, "start", "* " + text.t("chart.subsidies.incomplete"));
        }
        svg.append("</svg>");
        return new Chart(svg.toString(), summary(byYear, totals));
    }

    /** White stripes and white dots laid over a segment's colour: budgeted and paid. */
    private static void patterns(StringBuilder svg, String id) {
        svg.append("<defs>\n<pattern id=\"").append(id).append("-budgeted\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern>\n")
                .append("<pattern id=\"").append(id).append("-paid\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\">"
                + "<circle cx=\"3.5\" cy=\"3.5\" r=\"1.6\" fill=\"#ffffff\"/></pattern>\n</defs>\n");
    }

    /** One bar segment: its colour, the pattern of its status on top, a white edge against its neighbours. */
    private static void segment(StringBuilder svg, String id, double x, double y, double w, double h, String colour,
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

    private String summary(Map<Integer, List<Subsidy>> byYear, Map<Integer, BigDecimal> totals) {
        List<Integer> known = totals.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey).toList();
        if (known.isEmpty()) {
            return text.t("chart.subsidies.none");
        }
        Comparator<Integer> byTotal = Comparator.comparing(totals::get);
        int high = known.stream().max(byTotal.thenComparing(Comparator.reverseOrder())).orElseThrow();
        int low = known.stream().min(byTotal.thenComparing(Comparator.naturalOrder())).orElseThrow();
        int first = byYear.keySet().iterator().next();
        int last = ((TreeMap<Integer, List<Subsidy>>) byYear).lastKey();
        StringBuilder out = new StringBuilder(known.size() == 1
                ? text.t("chart.subsidies.summary.one", high, BelgianFormat.money(totals.get(high)), statuses(byYear.get(high)))
                : text.t("chart.subsidies.summary", first, last, BelgianFormat.money(totals.get(high)), high, statuses(byYear.get(high)),
                        BelgianFormat.money(totals.get(low)), low, statuses(byYear.get(low))));
        List<String> incomplete = byYear.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(s -> s.amount() == null))
                .map(e -> String.valueOf(e.getKey())).toList();
        if (!incomplete.isEmpty()) {
            out.append(' ').append(text.t("chart.subsidies.summary.incomplete", text.list(incomplete)));
        }
        return out.toString();
    }

    /** The statuses of a year's lines with a published amount, in words: "begroot", "toegekend en uitbetaald". */
    private String statuses(List<Subsidy> lines) {
        return text.list(List.of(SubsidyStatus.values()).stream()
                .filter(st -> lines.stream().anyMatch(s -> s.status() == st && s.amount() != null)).map(text::label).toList());
    }
}
