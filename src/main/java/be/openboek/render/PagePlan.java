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
    static final List<String> TYPES = List.of("subsidies", "projects", "project", "services", "service", "sources");

    public static PagePlan of(Site site) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("subsidies", "subsidies/index.html", "Subsidies", null));
        pages.add(new Page("projects", "projects/index.html", "Projecten", null));
        pages.add(new Page("services", "services/index.html", "Diensten", null));
        pages.add(new Page("sources", "sources/index.html", "Bronnen", null));
        for (Project p : site.projects()) {
            pages.add(new Page("project", "projects/" + p.id() + "/index.html", p.title(), p));
        }
        for (Service s : site.services()) {
            pages.add(new Page("service", "services/" + s.id() + "/index.html", s.name(), s));
        }
        return new PagePlan(List.copyOf(pages));
    }
}
