package be.openboek.render;

import be.openboek.model.Project;
import be.openboek.model.Service;
import be.openboek.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages the model yields: the list pages and one page per project and per service. The home page
 * and the 404 page are JBake's own (index and error404); the pages of content/ go through JBake's crawler.
 *
 * @param pages pages in a stable order
 */
public record PagePlan(List<Page> pages) {

    /** The template types this plan uses, each needing {@code templates/<type>.ftl}. */
    static final List<String> TYPES = List.of("subsidies", "projects", "project", "services", "service", "sources", "changes");
    /** The Atom feed of the change log: its template is XML ({@code .ftlx}), its output {@code .xml}. */
    static final String FEED = "changes-feed";

    /** The datasets page: only in the plan when the export ran. */
    static final String DATASETS = "datasets";

    public static PagePlan of(Site site) {
        return of(site, false);
    }

    /** @param datasets whether the datasets were exported, so the datasets page has something to show */
    public static PagePlan of(Site site, boolean datasets) {
        List<Page> pages = new ArrayList<>();
        if (datasets) {
            pages.add(new Page(DATASETS, "datasets/index.html", "Open data", null));
        }
        pages.add(new Page("subsidies", "subsidies/index.html", "Subsidies", null));
        pages.add(new Page("projects", "projects/index.html", "Projecten", null));
        pages.add(new Page("services", "services/index.html", "Diensten", null));
        pages.add(new Page("sources", "sources/index.html", "Bronnen", null));
        pages.add(new Page("changes", "changes/index.html", "Wijzigingen", null));
        pages.add(new Page(FEED, "changes/feed.xml", "Wijzigingen", null));
        for (Project p : site.projects()) {
            pages.add(new Page("project", "projects/" + p.id() + "/index.html", p.title(), p));
        }
        for (Service s : site.services()) {
            pages.add(new Page("service", "services/" + s.id() + "/index.html", s.name(), s));
        }
        return new PagePlan(List.copyOf(pages));
    }
}
