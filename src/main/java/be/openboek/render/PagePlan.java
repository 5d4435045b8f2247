package be.openboek.render;

import be.openboek.export.TableSpec;
import be.openboek.export.TableSpecs;
import be.openboek.format.Language;
import be.openboek.history.History;
import be.openboek.model.Call;
import be.openboek.model.PageAddress;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import be.openboek.render.charts.PriceChart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The pages the model yields: the list pages and one page per record (subsidy line, project, service, source, call and
 * question), in Dutch at the site root and again in English under {@code en/}. A list longer than {@link ListPaging}
 * allows is several pages, each with its {@link ListPart} as the page's record. The Dutch home page and the 404 page are
 * JBake's own (index and error404); the English home page is in the plan, rendered with the same template; the pages of content/ go
 * through JBake's crawler (staged once per language). The Atom feed is Dutch only: its entries are the
 * change log's Dutch sentences. Every chart (see {@link EmbeddedChart}) has its SVG file and its page for an iframe,
 * in each language. When the datasets are exported, every published table has pages listing all its rows
 * ({@code datasets/<table>/}, split over {@code datasets/<table>/2/}... when long, see {@link TablePage}).
 *
 * @param pages       pages in a stable order
 * @param recordUnits the pages that show a record, grouped by record (its pages in both languages, in the order of
 *                    {@code pages}), for {@link RecordPagesRenderer}: made with the plan, off the thread that renders
 * @param otherUnits  every other page, each on its own
 */
public record PagePlan(List<Page> pages, List<List<Page>> recordUnits, List<List<Page>> otherUnits) {

    /** The plan of {@code pages}, in a stable order. */
    public PagePlan(List<Page> pages) {
        this(pages, units(pages, true), units(pages, false));
    }

    /**
     * The pages that show a record ({@code records}) or the others, in units: the pages of one record (one per
     * language) together, a page without a record on its own.
     */
    private static List<List<Page>> units(List<Page> pages, boolean records) {
        Map<Object, List<Page>> byRecord = new IdentityHashMap<>();
        List<List<Page>> units = new ArrayList<>();
        for (Page page : pages) {
            if (page.showsRecord() != records) {
                continue;
            }
            if (page.record() == null) {
                units.add(List.of(page));
            } else {
                byRecord.computeIfAbsent(page.record(), record -> {
                    List<Page> unit = new ArrayList<>(2);
                    units.add(unit);
                    return unit;
                }).add(page);
            }
        }
        return units;
    }

    /** The template types this plan uses, each needing {@code templates/<type>.ftl}. */
    static final List<String> TYPES = List.of("subsidies", "subsidy", "projects", "project", "services", "service", "sources", "source",
            "calls", "call", "questions", "question", "changes", "search");
    /** The Atom feed of the change log: its template is XML ({@code .ftlx}), its output {@code .xml}. */
    static final String FEED = "changes-feed";

    /** A chart's stand-alone SVG file: its template is SVG ({@code .ftlx}), its output {@code .svg}. */
    static final String CHART_SVG = "chart-svg";
    /** A chart's page made for an iframe ({@code chart-embed.ftl}). */
    static final String CHART_EMBED = "chart-embed";

    /** The datasets page: only in the plan when the export ran. */
    static final String DATASETS = "datasets";
    /** A page of a table's rows ({@code table.ftl}): only in the plan when the export ran. */
    static final String TABLE = "table";

    /** JBake's type of the home page; its template is {@code index.ftl}. */
    static final String HOME = "masterindex";

    public static PagePlan of(Site site) {
        return of(site, History.unavailable("de geschiedenis werd niet gelezen", ""), false);
    }

    /**
     * @param history  the change log, whose length sets the pages of the {@code changes} table
     * @param datasets whether the datasets were exported, so the datasets page and the table pages have something to
     *                 show
     */
    public static PagePlan of(Site site, History history, boolean datasets) {
        return of(new ModelLookups(site, history), datasets);
    }

    /** @param model the model, with the lookups that count its tables' rows (shared with serve's next look at it) */
    static PagePlan of(ModelLookups model, boolean datasets) {
        Site site = model.site();
        History history = model.history();
        List<Page> pages = new ArrayList<>();
        List<TablePage> tablePages = new ArrayList<>();
        if (datasets) {
            for (TableSpec<?> table : TableSpecs.all()) {
                // Only the count: the rows themselves are made once, for the pages that show them (SiteView.table).
                tablePages.addAll(TablePage.of(table.name(), model.count(table)));
            }
        }
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
            for (TablePage table : tablePages) {
                pages.add(new Page(TABLE, in + table.path() + "index.html", table.table(), table));
            }
            addList(pages, in, "subsidies", "Subsidies", subsidyParts);
            addList(pages, in, "projects", "Projecten", projectParts);
            addList(pages, in, "services", "Diensten", serviceParts);
            pages.add(new Page("sources", in + "sources/index.html", "Bronnen", null));
            pages.add(new Page("calls", in + "calls/index.html", "Projectoproepen", null));
            pages.add(new Page("questions", in + "questions/index.html", "Vragen", null));
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
            for (Source s : site.sources()) {
                pages.add(new Page("source", in + PageAddress.of(s) + "index.html", s.title(), s));
            }
            for (Call c : site.calls()) {
                pages.add(new Page("call", in + PageAddress.of(c) + "index.html", c.title(), c));
            }
            for (Question q : site.questions()) {
                pages.add(new Page("question", in + PageAddress.of(q) + "index.html", q.question(), q));
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
