package be.openboek.render.charts;

/**
 * A chart ready for a page.
 *
 * @param title   the chart's title, as plain text (the SVG carries it escaped)
 * @param svg     the {@code <svg>} element as markup, every text in it escaped
 * @param narrow  the same figures drawn for a phone's width (the page shows one of the two), or null when the chart
 *                has no such drawing
 * @param summary what the chart shows, in plain-text sentences (the template escapes it)
 * @param table   the chart's figures as a table, or null when the page shows them in a table of its own
 */
public record Chart(String title, String svg, String narrow, String summary, ChartTable table) {

    /** A chart drawn at one width only, whose figures the page shows in a table of its own. */
    public Chart(String title, String svg, String summary) {
        this(title, svg, null, summary, null);
    }
}
