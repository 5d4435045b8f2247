package be.openboek.render;

import be.openboek.model.Service;

/**
 * A chart the site offers for reuse, and where its files are: the stand-alone SVG ({@code charts/...svg}) and the small
 * page made for an {@code <iframe>} ({@code embed/.../}), both in each language, and the page the chart belongs to.
 * Addresses are within a language: Dutch at the site root, English under {@code en/}.
 *
 * @param name    {@code subsidies}, {@code project-stages} or {@code prices}
 * @param service the service of a price chart, else null
 */
public record EmbeddedChart(String name, Service service) {

    /** Subsidies per year (home and subsidies pages). */
    public static final EmbeddedChart SUBSIDIES = new EmbeddedChart("subsidies", null);
    /** Projects per stage (projects page). */
    public static final EmbeddedChart PROJECT_STAGES = new EmbeddedChart("project-stages", null);

    /** The price chart of {@code service} (its page). */
    public static EmbeddedChart prices(Service service) {
        return new EmbeddedChart("prices", service);
    }

    /** The chart's name in its file names: {@code subsidies}, {@code project-stages}, {@code services/<id>-prices}. */
    private String file() {
        return service == null ? name : "services/" + service.id() + "-prices";
    }

    /** The stand-alone SVG: {@code charts/subsidies.svg}, {@code charts/services/<id>-prices.svg}. */
    public String getSvgPath() {
        return "charts/" + file() + ".svg";
    }

    /** The page for an iframe, as a folder: {@code embed/subsidies/}, {@code embed/services/<id>-prices/}. */
    public String getEmbedPath() {
        return "embed/" + file() + "/";
    }

    /** The page the chart is drawn on, which the embed links back to. */
    public String getPagePath() {
        return switch (name) {
            case "subsidies" -> "subsidies/";
            case "project-stages" -> "projects/";
            default -> "services/" + service.id() + "/";
        };
    }
}
