package be.openboek.render.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart as an SVG file of its own, for reuse elsewhere (a newsroom's article, a slide): the chart's wide drawing with
 * its title above it and the source line below it, both drawn as text, so a copy keeps saying what it shows and
 * where it comes from. The file names itself with a {@code <title>} and describes itself with the chart's summary in
 * {@code <desc>}. It loads nothing: no stylesheet, font, image or script, only presentation attributes and the
 * reader's own sans-serif; the one address in it is the link from the source line to the chart's page on the site.
 * A white background keeps the dark text readable wherever the file is shown.
 */
public final class StandaloneChart {

    private static final double PAD = 16;
    private static final double TITLE = 18;
    private static final double SOURCE = 12;
    /** The size of the chart as {@link Svg#open} writes it. */
    private static final Pattern VIEW_BOX = Pattern.compile("^<svg [^>]*?viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

    private StandaloneChart() {
    }

    /**
     * The SVG document (without XML declaration) of {@code chart}.
     *
     * @param chart    the chart, whose wide drawing is placed as it is
     * @param language the language of its words ({@code nl}, {@code en})
     * @param source   the source line: the organisation and the date of the data
     * @param pageUrl  the absolute address of the chart's page on the site, written under the source line, which
     *                 both link to
     */
    public static String svg(Chart chart, String language, String source, String pageUrl) {
        double[] size = size(chart);
        double width = size[0];
        double height = size[1];
        List<String> title = Svg.wrap(chart.title(), width - 2 * PAD, TITLE);
        List<String> sourceLines = new ArrayList<>(Svg.wrap(source, width - 2 * PAD, SOURCE));
        sourceLines.add(pageUrl);
        double chartTop = PAD + title.size() * (TITLE + 6) + 8;
        double sourceTop = chartTop + height + 12 + SOURCE;
        double svgHeight = sourceTop + (sourceLines.size() - 1) * (SOURCE + 4) + PAD; // pixels of the drawing, not money

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"").append(Svg.escape(language)).append("\" width=\"")
                .append(Svg.num(width)).append("\" height=\"").append(Svg.num(svgHeight)).append("\" viewBox=\"0 0 ").append(Svg.num(width))
                .append(' ').append(Svg.num(svgHeight)).append("\" role=\"img\" aria-labelledby=\"embed-title embed-desc\""
                        + " font-family=\"system-ui, sans-serif\" font-size=\"14\" fill=\"").append(Svg.TEXT).append("\">\n")
                .append("<title id=\"embed-title\">").append(Svg.escape(chart.title())).append("</title>\n")
                .append("<desc id=\"embed-desc\">").append(Svg.escape(chart.summary())).append("</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<g class=\"embed-heading\" font-weight=\"bold\">\n");
        Svg.lines(svg, PAD, PAD + TITLE, "start", "embed-title", TITLE, title, TITLE + 6);
        svg.append("</g>\n");
        // The chart as the page draws it, placed at its own size below the title.
        svg.append(chart.svg().replaceFirst("^<svg ", "<svg x=\"0\" y=\"" + Svg.num(chartTop) + "\" width=\"" + Svg.num(width)
                + "\" height=\"" + Svg.num(height) + "\" ")).append('\n');
        svg.append("<a href=\"").append(Svg.escape(pageUrl)).append("\">\n");
        svg.append("<g fill=\"").append(Svg.MUTED).append("\">\n");
        Svg.lines(svg, PAD, sourceTop, "start", "embed-source", SOURCE, sourceLines, SOURCE + 4);
        svg.append("</g>\n</a>\n</svg>\n");
        return svg.toString();
    }

    /**
     * A height in pixels for an iframe showing {@code chart}'s page made for it at the chart's own width: the drawing
     * plus room for the heading, summary and links, rounded up to 20.
     */
    public static int frameHeight(Chart chart) {
        int height = (int) Math.ceil(size(chart)[1]) + 260;
        return (height + 19) / 20 * 20;
    }

    /** The width and height of the chart's wide drawing, from the viewBox {@link Svg#open} gives it. */
    private static double[] size(Chart chart) {
        Matcher size = VIEW_BOX.matcher(chart.svg());
        if (!size.find()) {
            throw new IllegalStateException("a chart's drawing starts without the viewBox Svg.open writes");
        }
        return new double[] {Double.parseDouble(size.group(1)), Double.parseDouble(size.group(2))};
    }
}
