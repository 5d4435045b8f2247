package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.history.History;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve's rebuild compares with is made once: the plan of the published pages goes with what was published. */
class ChangedPagesTest {

    @Test
    void thePublishedPlanIsKeptForTheNextPassOfTheSameModel(@TempDir Path tmp) throws Exception {
        Path root = TestProject.fixture(tmp.resolve("project")).root();
        Site site = new SiteLoader().load(root).site();
        History history = History.unavailable("niet gelezen", "");
        ChangedPages.Published full = new ChangedPages.Published(site, history, null, Map.of());

        ChangedPages first = new ChangedPages(full, site, history, null);
        PagePlan plan = first.plan();
        assertTrue(plan.pages().size() > 20, "pages: " + plan.pages().size());
        ChangedPages.Published published = first.published(null);
        assertSame(plan, published.plan());

        // The same model again (serve's second pass): the plan is the one made before.
        assertSame(plan, new ChangedPages(published, site, history, null).plan());

        // Another model (the next edit): a plan of its own, equal when the pages are the same.
        Site reloaded = new SiteLoader().load(root).site();
        PagePlan next = new ChangedPages(published, reloaded, history, null).plan();
        assertNotSame(plan, next);
        assertEquals(plan, next);
    }
}
