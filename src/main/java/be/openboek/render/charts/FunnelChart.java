package be.openboek.render.charts;

import be.openboek.model.ProjectStatus;
import be.openboek.format.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project lifecycle as a funnel: one centred bar per status, in lifecycle order (selected → experiment →
 * evaluated → scaled up or stopped), as wide as the number of projects now at that status, with the count beside
 * it. Stopped projects are hatched, so the two ends of the lifecycle differ without colour.
 */
public final class FunnelChart {

    static final double WIDTH = 640;
    private static final double LABEL = 170;
    private static final double ROW = 44;
    private static final double BAR = 30;
    private static final double MAX_BAR = 340;

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
        svg.append("<defs>\n<pattern id=\"").append(id).append("-stopped\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern>\n</defs>\n");
        double center = LABEL + 20 + MAX_BAR / 2;
        List<String> parts = new ArrayList<>();
        int row = 0;
        for (ProjectStatus status : ProjectStatus.values()) {
            long n = counts.getOrDefault(status.code(), 0L);
            double y = 4 + row++ * ROW;
            double w = max == 0 ? 0 : Math.max(MAX_BAR * n / max, n > 0 ? 4 : 0);
            String colour = status == ProjectStatus.STOPPED ? Svg.MUTED : Svg.PALETTE[0];
            svg.append("<g class=\"status-").append(status.code()).append("\">");
            Svg.text(svg, LABEL, y + BAR / 2 + 5, "end", text.label(status));
            if (w > 0) {
                String box = "x=\"" + Svg.num(center - w / 2) + "\" y=\"" + Svg.num(y) + "\" width=\"" + Svg.num(w)
                        + "\" height=\"" + Svg.num(BAR) + "\"";
                svg.append("<rect ").append(box).append(" fill=\"").append(colour).append("\"/>");
                if (status == ProjectStatus.STOPPED) {
                    svg.append("<rect ").append(box).append(" fill=\"url(#").append(id).append("-stopped)\"/>");
                }
            } else {
                Svg.line(svg, center, y, center, y + BAR, Svg.GRID, 2, null);
            }
            Svg.text(svg, center + Math.max(w, 2) / 2 + 8, y + BAR / 2 + 5, "start", String.valueOf(n));
            svg.append("</g>\n");
            parts.add(n + " " + text.label(status));
        }
        svg.append("</svg>");
        String summary = total == 0 ? text.t("chart.funnel.none") : text.t("chart.funnel.summary", total, text.list(parts));
        return new Chart(text.t("chart.funnel.title"), svg.toString(), summary);
    }
}
