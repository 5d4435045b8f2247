package be.openboek.build;

import static be.openboek.build.LiveBuildTest.assertSameAsFullBuild;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.render.TablePaging;
import be.openboek.testing.PagedLists;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s rebuilds ({@link LiveBuild}) of a site whose lists, tables and search index are split over pages and
 * files: the parts kept up to date piece by piece come out as a full build writes them. (A class of its own beside
 * {@link LiveBuildTest}: the two test JVMs share the suite's longest classes better.)
 */
class LiveBuildPagingTest {

    /**
     * A list long enough to be paged: its filter files are read back from the list pages, which serve has just put in
     * place in the published folder, and must come out as a full build writes them.
     */
    @Test
    void aPagedListIsUpdatedAsAFullBuildWritesIt(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write(PagedLists.records());
        Path site = tmp.resolve("site");
        PagedLists.withSmallLimits(() -> {
            try {
                LiveBuild live = new LiveBuild(project.root(), site);
                assertTrue(live.rebuild(() -> { }).ok());
                assertTrue(Files.exists(site.resolve("projects/page/2/index.html")), "the projects list is paged");
                String reeks = Files.readString(project.path("data/projects/reeks-03.yaml"));
                project.write("-- data/projects/reeks-03.yaml --\n" + reeks.replaceFirst("(?m)^status: .*$", "status: stopped"));
                assertSameAsFullBuild(live, project, site, tmp.resolve("full"));
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The parts serve keeps up to date piece by piece (table pages, the paged lists' filter files, the split search
     * index, the sitemap), with lists, tables and the search index split over several pages and files: after a record's
     * search words, table row and filter values change, after records are deleted (a list no longer paged, fewer
     * search files, fewer table pages) and after one is added, the folder is what a full build makes; a table page
     * whose rows did not change is not rendered again.
     */
    @Test
    void pagedTablesListsAndIndexesFollowEveryEdit(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write(PagedLists.records());
        Path site = tmp.resolve("site");
        TablePaging.withRowsPerPage(3, () -> PagedLists.withSmallLimits(() -> {
            try {
                LiveBuild live = new LiveBuild(project.root(), site);
                assertTrue(live.rebuild(() -> { }).ok());
                assertTrue(Files.exists(site.resolve("datasets/projects/7/index.html")), "the projects table is paged");
                assertTrue(Files.exists(site.resolve("services/filters.json")), "the services list is paged");
                assertTrue(Files.exists(site.resolve("search/docs-9.json")), "the search index is split");

                // reeks-20 is on the projects table's page 7 and the projects list's page 3. First its objective (search
                // words, its row), then, with what serve keeps from that rebuild, its status (a filter value too).
                String reeks = Files.readString(project.path("data/projects/reeks-20.yaml"));
                reeks = reeks.replaceFirst("(?m)^objective: .*$", "objective: Striplezers samenbrengen in de bibliotheek.");
                project.write("-- data/projects/reeks-20.yaml --\n" + reeks);
                assertSameAsFullBuild(live, project, site, tmp.resolve("full-1"));
                assertEquals(List.of("en/projects/page/3/index.html", "projects/page/3/index.html"),
                        live.renderedPages().stream().filter(p -> p.matches("(en/)?projects/(page/\\d+/)?index.html")).sorted().toList(),
                        "of the projects list's pages, only the one with the changed row is rendered again (no status changed)");
                project.write("-- data/projects/reeks-20.yaml --\n" + reeks.replaceFirst("(?m)^status: .*$", "status: stopped"));
                assertSameAsFullBuild(live, project, site, tmp.resolve("full-2"));
                assertEquals(List.of("datasets/projects/7/index.html", "en/datasets/projects/7/index.html"),
                        live.renderedPages().stream().filter(p -> p.matches("(en/)?datasets/.+/.+")).sorted().toList(),
                        "of the table pages, only the one with the changed row is rendered again");

                // Records deleted: the services list fits one page again, the projects table has a page less, the
                // search index fewer results files, the sitemap fewer addresses.
                StringBuilder deleted = new StringBuilder();
                for (int i = 7; i <= 17; i++) {
                    deleted.append(String.format("-- data/services/dienst-%02d.yaml --%n", i));
                }
                for (int i = 21; i <= 24; i++) {
                    deleted.append(String.format("-- data/projects/reeks-%02d.yaml --%n", i));
                }
                project.write(deleted.toString());
                assertSameAsFullBuild(live, project, site, tmp.resolve("full-3"));
                assertFalse(Files.exists(site.resolve("services/filters.json")), "a list no longer paged has no filter files");

                // A record added.
                project.write("""
                        -- data/projects/zomerlezen.yaml --
                        id: zomerlezen
                        title: Zomerlezen op het plein
                        status: experiment
                        themes: [lezen, erfgoed]
                        objective: Voorlezen in de zomer, buiten.
                        sources: [vraag-2018]
                        """);
                assertSameAsFullBuild(live, project, site, tmp.resolve("full-4"));
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
