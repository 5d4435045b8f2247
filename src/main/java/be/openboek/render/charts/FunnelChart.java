package be.openboek.render.charts;

import be.openboek.model.ProjectStatus;
import be.openboek.format.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project lifecycle as a funnel: one centred bar per status, in lifecycle order (selected → experiment →
 * evaluated → scaled up or stopped), as wide as the number of projects now at that status, with the count beside
 * it. Stopped projects are hatched, so the two ends of the lifecycle differ without colour. For a phone, the same bars
 * one below the other from the left, each under its status, narrow enough that every count shows at 320 px (the wide
 * drawing scrolled there, and the counts beside the longer bars were out of sight).
 */
public final class FunnelChart {

    static final double WIDTH = 640;
    private static final double LABEL = 170;
    private static final double ROW = 44;
    private static final double BAR = 30;
    private static final double MAX_BAR = 340;
    static final double NARROW_WIDTH = 320;
    private static final double NARROW_BAR = 240;
    private static final double NARROW_LABEL = 20;

    private final ChartText text;

    public FunnelChart(Messages messages) {
        this.text = new ChartText(messages);
    }

    /**
     * @param id     a prefix for the ids in the SVG, unique on the page
     * @param counts the number of projects per status code, as {@code SiteView#getProjectsByStatus} gives them
     */
    public Chart build(String id, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        double height = ROW * ProjectStatus.values().length + 8;
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, id, WIDTH, height, text.t("chart.funnel.title"), text.t("chart.funnel.desc"));
        hatch(svg, id);
        double center = LABEL + 20 + MAX_BAR / 2;
        List<String> parts = new ArrayList<>();
        int row = 0;
        for (ProjectStatus status : ProjectStatus.values()) {
            long n = counts.getOrDefault(status.code(), 0L);
            double y = 4 + row++ * ROW;
            double w = max == 0 ? 0 : Math.max(MAX_BAR * n / max, n > 0 ? 4 : 0);
            svg.append("<g class=\"status-").append(status.code()).append("\">");
            Svg.text(svg, LABEL, y + BAR / 2 + 5, "end", text.label(status));
            if (w > 0) {
                bar(svg, id, status, center - w / 2, y, w, BAR);
            } else {
                Svg.line(svg, center, y, center, y + BAR, Svg.GRID, 2, null);
            }
            Svg.text(svg, center + Math.max(w, 2) / 2 + 8, y + BAR / 2 + 5, "start", String.valueOf(n));
            svg.append("</g>\n");
            parts.add(n + " " + text.label(status));
        }
        svg.append("</svg>");
        String summary = total == 0 ? text.t("chart.funnel.none") : text.t("chart.funnel.summary", total, text.list(parts));
        return new Chart(text.t("chart.funnel.title"), svg.toString(), narrow(id + "-narrow", counts, max), summary, null);
    }

    /** The drawing for a phone: each status on a line of its own, its bar from the left under it, the count beside. */
    private String narrow(String id, Map<String, Long> counts, long max) {
        StringBuilder svg = new StringBuilder();
        double y = 4;
        for (ProjectStatus status : ProjectStatus.values()) {
            long n = counts.getOrDefault(status.code(), 0L);
            double w = max == 0 ? 0 : Math.max(NARROW_BAR * n / max, n > 0 ? 4 : 0);
            svg.append("<g class=\"status-").append(status.code()).append("\">");
            Svg.text(svg, 0, y + 14, "start", text.label(status));
            y += NARROW_LABEL;
            if (w > 0) {
                bar(svg, id, status, 0, y, w, BAR - 6);
            } else {
                Svg.line(svg, 1, y, 1, y + BAR - 6, Svg.GRID, 2, null);
            }
            Svg.text(svg, Math.max(w, 2) + 8, y + 17, "start", String.valueOf(n));
            svg.append("</g>\n");
            y += BAR - 6 + 14;
        }
        StringBuilder out = new StringBuilder();
        Svg.open(out, id, NARROW_WIDTH, y, text.t("chart.funnel.title"), text.t("chart.funnel.desc.narrow"));
        hatch(out, id);
        return out.append(svg).append("</svg>").toString();
    }

    /** The hatching of the stopped projects' bar, {@code <id>-stopped}. */
    private static void hatch(StringBuilder svg, String id) {
        svg.append("<defs>\n<pattern id=\"").append(id).append("-stopped\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern>\n</defs>\n");
    }

    /** The bar of {@code status}: filled, and hatched over when the projects stopped. */
    private static void bar(StringBuilder svg, String id, ProjectStatus status, double x, double y, double w, double h) {
        String colour = status == ProjectStatus.STOPPED ? Svg.MUTED : Svg.PALETTE[0];
        String box = "x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\"" + Svg.num(w) + "\" height=\"" + Svg.num(h) + "\"";
        svg.append("<rect ").append(box).append(" fill=\"").append(colour).append("\"/>");
        if (status == ProjectStatus.STOPPED) {
            svg.append("<rect ").append(box).append(" fill=\"url(#").append(id).append("-stopped)\"/>");
        }
    }
}
