package be.openboek.render;

import be.openboek.format.Language;
import be.openboek.model.PageAddress;
import be.openboek.model.Project;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Subsidy;
import be.openboek.render.charts.PriceChart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;

/**
 * The pages the model yields: the list pages and one page per subsidy line, per project and per service, in Dutch at the site
 * root and again in English under {@code en/}. A list longer than {@link ListPaging} allows is several pages, each with
 * its {@link ListPart} as the page's record. The Dutch home page and the 404 page are JBake's own (index and
 * error404); the English home page is in the plan, rendered with the same template; the pages of content/ go
 * through JBake's crawler (staged once per language). The Atom feed is Dutch only: its entries are the
 * change log's Dutch sentences. Every chart (see {@link EmbeddedChart}) has its SVG file and its page for an iframe,
 * in each language.
 *
 * @param pages pages in a stable order
 */
public record PagePlan(List<Page> pages) {

    /** The template types this plan uses, each needing {@code templates/<type>.ftl}. */
    static final List<String> TYPES = List.of("subsidies", "subsidy", "projects", "project", "services", "service", "sources", "changes", "search");
    /** The Atom feed of the change log: its template is XML ({@code .ftlx}), its output {@code .xml}. */
    static final String FEED = "changes-feed";

    /** A chart's stand-alone SVG file: its template is SVG ({@code .ftlx}), its output {@code .svg}. */
    static final String CHART_SVG = "chart-svg";
    /** A chart's page made for an iframe ({@code chart-embed.ftl}). */
    static final String CHART_EMBED = "chart-embed";

    /** The datasets page: only in the plan when the export ran. */
    static final String DATASETS = "datasets";

    /** JBake's type of the home page; its template is {@code index.ftl}. */
    static final String HOME = "masterindex";

    public static PagePlan of(Site site) {
        return of(site, false);
    }

    /** @param datasets whether the datasets were exported, so the datasets page has something to show */
    public static PagePlan of(Site site, boolean datasets) {
        List<Page> pages = new ArrayList<>();
        List<EmbeddedChart> charts = new ArrayList<>(List.of(EmbeddedChart.SUBSIDIES, EmbeddedChart.PROJECT_STAGES));
        site.services().stream().filter(PriceChart::draws).map(EmbeddedChart::prices).forEach(charts::add);
        ListPaging paging = ListPaging.current();
        List<SiteView.Year> years = SiteView.years(site.subsidies());
        List<ListPart> subsidyParts = paging.parts("subsidies", years.stream().flatMap(y -> y.lines().stream()).toList(),
                slice -> yearLines(years, slice));
        List<ListPart> projectParts = paging.parts("projects", site.projects(), slice -> List.of());
        List<ListPart> serviceParts = paging.parts("services", site.services(), slice -> List.of());
        for (Language language : Language.values()) {
            String in = language.prefix();
            if (language != Language.NL) {
                pages.add(new Page(HOME, in + "index.html", "", null));
            }
            if (datasets) {
                pages.add(new Page(DATASETS, in + "datasets/index.html", "Open data", null));
            }
            addList(pages, in, "subsidies", "Subsidies", subsidyParts);
            addList(pages, in, "projects", "Projecten", projectParts);
            addList(pages, in, "services", "Diensten", serviceParts);
            pages.add(new Page("sources", in + "sources/index.html", "Bronnen", null));
            pages.add(new Page("changes", in + "changes/index.html", "Wijzigingen", null));
            pages.add(new Page("search", in + "search/index.html", "Zoeken", null));
            if (language == Language.NL) {
                pages.add(new Page(FEED, "changes/feed.xml", "Wijzigingen", null));
            }
            for (Subsidy s : site.subsidies()) {
                pages.add(new Page("subsidy", in + PageAddress.of(s) + "index.html", s.purpose() + " " + s.year(), s));
            }
            for (Project p : site.projects()) {
                pages.add(new Page("project", in + PageAddress.of(p) + "index.html", p.title(), p));
            }
            for (Service s : site.services()) {
                pages.add(new Page("service", in + PageAddress.of(s) + "index.html", s.name(), s));
            }
            for (EmbeddedChart chart : charts) {
                pages.add(new Page(CHART_SVG, in + chart.getSvgPath(), chart.name(), chart));
                pages.add(new Page(CHART_EMBED, in + chart.getEmbedPath() + "index.html", chart.name(), chart));
            }
        }
        return new PagePlan(List.copyOf(pages));
    }

    /** A list's page, or its pages when it is paged (the first at the list's own address). */
    private static void addList(List<Page> pages, String in, String list, String title, List<ListPart> parts) {
        if (parts.isEmpty()) {
            pages.add(new Page(list, in + list + "/index.html", title, null));
            return;
        }
        for (ListPart part : parts) {
            pages.add(new Page(part.list(), in + part.list() + "/" + part.href(part.number()) + "index.html", title, part));
        }
    }

    /** The years a page of subsidy lines shows, each with its lines on that page. */
    private static List<ListPart.YearLines> yearLines(List<SiteView.Year> years, List<Subsidy> slice) {
        List<ListPart.YearLines> shown = new ArrayList<>();
        Set<Subsidy> onPage = Collections.newSetFromMap(new IdentityHashMap<>());
        onPage.addAll(slice);
        for (SiteView.Year year : years) {
            List<Subsidy> lines = year.lines().stream().filter(onPage::contains).toList();
            if (!lines.isEmpty()) {
                boolean continued = lines.get(0) != year.lines().get(0);
                boolean continues = lines.get(lines.size() - 1) != year.lines().get(year.lines().size() - 1);
                shown.add(new ListPart.YearLines(year, lines, continued, continues));
            }
        }
        return shown;
    }

    /**
     * The addresses of the HTML pages of one language, without the language folder and without
     * {@code index.html}: {@code ""} (home), {@code projects/bieblo/}, ... For the sitemap.
     */
    public List<String> htmlPaths() {
        List<String> paths = new ArrayList<>(List.of(""));
        for (Page page : pages) {
            if (Language.ofUri(page.uri()) == Language.NL && page.uri().endsWith("index.html")) {
                paths.add(page.uri().substring(0, page.uri().length() - "index.html".length()));
            }
        }
        return paths;
    }
}
