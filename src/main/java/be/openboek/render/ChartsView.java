package be.openboek.render;

import be.openboek.format.Messages;
import be.openboek.model.Service;
import be.openboek.render.charts.Chart;
import be.openboek.render.charts.ChartTable;
import be.openboek.render.charts.FunnelChart;
import be.openboek.render.charts.PriceChart;
import be.openboek.render.charts.StandaloneChart;
import be.openboek.render.charts.SubsidyChart;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The charts of the pages in one language, as templates see them ({@code charts.subsidies()}, {@code charts.funnel()},
 * {@code charts.prices(service)}): the SVG as markup, so the template prints it as it is (every text in it was
 * escaped by the builder, as {@code md()} output is cleaned), and the summary as plain text the template escapes.
 * Reads the model through {@link SiteView}, so serve knows what a page with a chart depends on. Each chart is also
 * offered for reuse ({@link EmbeddedChart}): {@code charts.standalone(chart)} is its SVG file, and {@code embed} of a
 * rendered chart says where that file and its page for an iframe are.
 */
public final class ChartsView {

    /**
     * A chart for a template.
     *
     * @param svg     the SVG element, as HTML markup
     * @param narrow  the drawing for a phone's width, as HTML markup, or null when the chart has none
     * @param summary what it shows, in words
     * @param table   its figures as a table, or null when the page has a table of them already
     * @param title   its title
     * @param embed   where its stand-alone SVG and its page for an iframe are
     * @param frameHeight a height in pixels for the iframe of the embed code
     */
    public record Rendered(TemplateModel svg, TemplateModel narrow, String summary, ChartTable table, String title,
            EmbeddedChart embed, int frameHeight) {
    }

    private final SiteView site;
    private final Messages messages;
    private final Formats formats;
    private final Map<Service, Chart> priceCharts = new IdentityHashMap<>();

    ChartsView(SiteView site, Messages messages) {
        this.site = site;
        this.messages = messages;
        this.formats = new Formats(messages.language());
    }

    /** Subsidies per year, stacked by purpose, patterned by status. */
    public Rendered subsidies() {
        return rendered(subsidyChart(), EmbeddedChart.SUBSIDIES);
    }

    /** The number of projects at each lifecycle status. */
    public Rendered funnel() {
        return rendered(funnelChart(), EmbeddedChart.PROJECT_STAGES);
    }

    /** The price per inhabitant of {@code service} over time, or null when it has none. */
    public Rendered prices(Service service) {
        Chart chart = priceChart(service);
        return chart == null ? null : rendered(chart, EmbeddedChart.prices(service));
    }

    /** The chart {@code embedded} names, as its page draws it (for its page made for an iframe). */
    public Rendered of(EmbeddedChart embedded) {
        return rendered(chart(embedded), embedded);
    }

    /**
     * The stand-alone SVG file of {@code embedded}: the chart with its title, and a source line naming the organisation,
     * the chart's page and the date of the data.
     */
    public TemplateModel standalone(EmbeddedChart embedded) {
        String base = site.getOrganisation().baseUrl();
        String pageUrl = (base.endsWith("/") ? base : base + "/") + messages.language().prefix() + embedded.getPagePath();
        String source = String.valueOf(messages.text("embed.source", site.getOrganisation().name(), formats.date(site.getDataDate())));
        String svg = StandaloneChart.svg(chart(embedded), messages.language().code(), source, pageUrl);
        try {
            return XMLOutputFormat.INSTANCE.fromMarkup(svg);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("XML output format refused markup", e);
        }
    }

    private Chart chart(EmbeddedChart embedded) {
        return switch (embedded.name()) {
            case "subsidies" -> subsidyChart();
            case "project-stages" -> funnelChart();
            default -> priceChart(embedded.service());
        };
    }

    private Chart subsidyChart() {
        return new SubsidyChart(messages).build("grafiek-subsidies", site.getSubsidies());
    }

    private Chart funnelChart() {
        return new FunnelChart(messages).build("grafiek-fasen", site.getProjectsByStatus());
    }

    /**
     * The price chart of {@code service}, drawn once per service and language: its page, its page for an iframe and its
     * SVG file show the same drawing. Kept with this view, which lives as long as one bake, by the record object itself
     * (comparing records by value would hash every field each time); serve's next bake has a new view. Only this chart is kept: it
     * reads nothing but its record, whereas the others read the model through {@link SiteView}, which records what each
     * page read.
     */
    Chart priceChart(Service service) {
        Chart drawn;
        synchronized (priceCharts) {
            drawn = priceCharts.get(service);
        }
        if (drawn == null) {
            // Drawn outside the lock, so that the pages of other services do not wait; two threads may both draw it once.
            drawn = new PriceChart(messages).build("grafiek-prijzen", service);
            synchronized (priceCharts) {
                priceCharts.putIfAbsent(service, drawn);
            }
        }
        return drawn;
    }

    private static Rendered rendered(Chart chart, EmbeddedChart embed) {
        try {
            return new Rendered(HTMLOutputFormat.INSTANCE.fromMarkup(chart.svg()),
                    chart.narrow() == null ? null : HTMLOutputFormat.INSTANCE.fromMarkup(chart.narrow()), chart.summary(), chart.table(),
                    chart.title(), embed, StandaloneChart.frameHeight(chart));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
