package be.openboek.render;

import be.openboek.format.Messages;
import be.openboek.model.Service;
import be.openboek.render.charts.Chart;
import be.openboek.render.charts.ChartTable;
import be.openboek.render.charts.FunnelChart;
import be.openboek.render.charts.PriceChart;
import be.openboek.render.charts.SubsidyChart;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The charts of the pages in one language, as templates see them ({@code charts.subsidies()}, {@code charts.funnel()},
 * {@code charts.prices(service)}): the SVG as markup, so the template prints it as it is (every text in it was
 * escaped by the builder, as {@code md()} output is cleaned), and the summary as plain text the template escapes.
 * Reads the model through {@link SiteView}, so serve knows what a page with a chart depends on.
 */
public final class ChartsView {

    /**
     * A chart for a template.
     *
     * @param svg     the SVG element, as HTML markup
     * @param narrow  the drawing for a phone's width, as HTML markup, or null when the chart has none
     * @param summary what it shows, in words
     * @param table   its figures as a table, or null when the page has a table of them already
     */
    public record Rendered(TemplateModel svg, TemplateModel narrow, String summary, ChartTable table) {
    }

    private final SiteView site;
    private final Messages messages;

    ChartsView(SiteView site, Messages messages) {
        this.site = site;
        this.messages = messages;
    }

    /** Subsidies per year, stacked by purpose, patterned by status. */
    public Rendered subsidies() {
        return rendered(new SubsidyChart(messages).build("grafiek-subsidies", site.getSubsidies()));
    }

    /** The number of projects at each lifecycle status. */
    public Rendered funnel() {
        return rendered(new FunnelChart(messages).build("grafiek-fasen", site.getProjectsByStatus()));
    }

    /** The price per inhabitant of {@code service} over time, or null when it has none. */
    public Rendered prices(Service service) {
        Chart chart = new PriceChart(messages).build("grafiek-prijzen", service);
        return chart == null ? null : rendered(chart);
    }

    private static Rendered rendered(Chart chart) {
        try {
            return new Rendered(HTMLOutputFormat.INSTANCE.fromMarkup(chart.svg()),
                    chart.narrow() == null ? null : HTMLOutputFormat.INSTANCE.fromMarkup(chart.narrow()), chart.summary(), chart.table());
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
