package be.openboek.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.render.TablePaging;
import be.openboek.testing.PagedLists;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s rebuilds ({@link LiveBuild}) update the published folder in place, rendering only what changed,
 * and leave it byte for byte as a full build of the same input would.
 */
class LiveBuildTest {

    @Test
    void afterEveryKindOfEditTheFolderIsWhatAFullBuildMakes(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        try (Git git = Git.init().setDirectory(project.root().toFile()).setInitialBranch("main").call()) {
            commit(git, "2024-03-01T10:00:00Z", "begin");
            Path site = tmp.resolve("site");
            LiveBuild live = new LiveBuild(project.root(), site);
            AtomicInteger ready = new AtomicInteger();
            assertTrue(live.rebuild(ready::incrementAndGet).ok());
            assertEquals(1, ready.get(), "the first, full build says when its pages are in place");

            // One record.
            project.write("""
                    -- data/projects/streaming.yaml --
                    id: streaming
                    title: Voorstellingen streamen
                    status: evaluated
                    objective: Voorstellingen tonen in woonzorgcentra, en nu ook in scholen.
                    sources: [vraag-2018]
                    """);
            assertSameAsFullBuild(live, project, site, tmp.resolve("full-1"));

            // A record other pages show.
            String leesspel = Files.readString(project.path("data/projects/leesspel.yaml"));
            project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Het leesspel, hernoemd"));
            assertSameAsFullBuild(live, project, site, tmp.resolve("full-2"));

            // A record deleted and another added.
            project.write("""
                    -- data/projects/streaming.yaml --
                    -- data/projects/nieuw-project.yaml --
                    id: nieuw-project
                    title: Een nieuw project
                    status: selected
                    objective: Iets nieuws proberen.
                    sources: [vraag-2018]
                    """);
            assertSameAsFullBuild(live, project, site, tmp.resolve("full-3"));
            assertFalse(Files.exists(site.resolve("projects/streaming")), "the deleted record's page and folder are gone");
            assertFalse(Files.exists(site.resolve("api/v1/projects/streaming.json")), "and its API file");
            assertTrue(Files.exists(site.resolve("projects/nieuw-project/index.html")));

            // A shared input, a content page, and a commit (the change log).
            String sources = Files.readString(project.path("data/sources.yaml"));
            project.write("-- data/sources.yaml --\n" + sources.replaceFirst("(?m)^(\\s+title: )(.*)$", "$1$2 (herzien)"));
            commit(git, "2024-04-01T10:00:00Z", "bronnen herzien");
            assertSameAsFullBuild(live, project, site, tmp.resolve("full-4"));

            // A template: everything again.
            String layout = Files.readString(project.path("templates/layout.ftl"));
            project.write("-- templates/layout.ftl --\n" + layout + "\n<#-- changed -->\n");
            assertSameAsFullBuild(live, project, site, tmp.resolve("full-5"));
        }
    }

    @Test
    void onlyThePagesOfTheChangedRecordAreRenderedAgain(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        LiveBuild live = new LiveBuild(project.root(), site);
        assertTrue(live.rebuild(() -> { }).ok());
        // A mark no template writes: it survives only if the page is left alone.
        Path untouched = site.resolve("projects/streaming/index.html");
        Files.writeString(untouched, "<!-- mark -->", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path changed = site.resolve("projects/leesspel/index.html");

        String leesspel = Files.readString(project.path("data/projects/leesspel.yaml"));
        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Het leesspel, hernoemd"));
        String[] seenWhenReady = new String[1];
        assertTrue(live.rebuild(() -> seenWhenReady[0] = read(changed)).ok());

        assertTrue(seenWhenReady[0].contains("Het leesspel, hernoemd"), "the page is in place when serve is told so");
        assertTrue(Files.readString(untouched).endsWith("<!-- mark -->"), "a page with unchanged inputs is left in place");
        assertTrue(Files.readString(changed).contains("Het leesspel, hernoemd"), "the changed record's page is new");
    }

    @Test
    void aBrokenRecordChangesNothingAndTheFixIsPublished(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        LiveBuild live = new LiveBuild(project.root(), site);
        assertTrue(live.rebuild(() -> { }).ok());
        SortedMap<String, byte[]> before = TestProject.snapshot(site);

        String leesspel = Files.readString(project.path("data/projects/leesspel.yaml"));
        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^status: .*$", "status: klaar"));
        AtomicInteger ready = new AtomicInteger();
        Outcome broken = live.rebuild(ready::incrementAndGet);
        assertFalse(broken.ok());
        assertTrue(broken.problems().get(0).toString().contains("leesspel.yaml"), broken.problems().toString());
        assertEquals(0, ready.get());
        SortedMap<String, byte[]> after = TestProject.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));

        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Hersteld"));
        assertSameAsFullBuild(live, project, site, tmp.resolve("full"));
    }

    @Test
    void markdownThatOverflowedTheParsersStackIsAProblemAndTheFolderStays(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        LiveBuild live = new LiveBuild(project.root(), site);
        assertTrue(live.rebuild(() -> { }).ok());
        SortedMap<String, byte[]> before = TestProject.snapshot(site);

        String leesspel = Files.readString(project.path("data/projects/leesspel.yaml"));
        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replace("  Een **spel** voor kinderen.", "  " + ">".repeat(100_000)));
        Outcome broken = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> live.rebuild(() -> { }));

        int line = leesspel.lines().toList().indexOf("  Een **spel** voor kinderen.") + 1;
        assertEquals(List.of("data/projects/leesspel.yaml:" + line + ": description: expected quotes and lists nested at most 32"
                + " levels deep, found deeper nesting"), broken.problems().stream().map(p -> p.format().lines().findFirst().orElse("")).toList());
        SortedMap<String, byte[]> after = TestProject.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));

        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Hersteld"));
        assertSameAsFullBuild(live, project, site, tmp.resolve("full"));
    }

    @Test
    void aFullBuildIntoTheSameFolderInBetweenIsNoticed(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        LiveBuild live = new LiveBuild(project.root(), site);
        assertTrue(live.rebuild(() -> { }).ok());

        // Another process builds the same folder (a new folder is swapped in) after a change serve has not seen.
        String leesspel = Files.readString(project.path("data/projects/leesspel.yaml"));
        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Buiten serve om"));
        assertEquals(0, project.build(site).exitCode());
        Files.writeString(site.resolve("projects/streaming/index.html"), "<!-- mark -->", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Weer via serve"));
        assertSameAsFullBuild(live, project, site, tmp.resolve("full"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void commit(Git git, String when, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Medewerker", "staff@example.org", Instant.parse(when), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

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

    private static void assertSameAsFullBuild(LiveBuild live, TestProject project, Path site, Path full) {
        Outcome outcome = live.rebuild(() -> { });
        assertTrue(outcome.ok(), outcome.problems().toString());
        assertEquals(0, project.build(full).exitCode());
        SortedMap<String, byte[]> expected = TestProject.snapshot(full);
        SortedMap<String, byte[]> actual = TestProject.snapshot(site);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file));
    }
}
