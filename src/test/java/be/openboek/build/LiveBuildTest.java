package be.openboek.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
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
        // The service that came from the project shows its title: its page follows the project's own pages.
        Path around = site.resolve("services/leesspel-dienst/index.html");
        String[] seenWhenReady = new String[3];
        assertTrue(live.rebuild(() -> {
            seenWhenReady[0] = read(changed);
            seenWhenReady[1] = read(site.resolve("en/projects/leesspel/index.html"));
            seenWhenReady[2] = read(around);
        }).ok());

        assertTrue(seenWhenReady[0].contains("Het leesspel, hernoemd"), "the page is in place when serve is told so");
        assertTrue(seenWhenReady[1].contains("Het leesspel, hernoemd"), "in both languages");
        assertFalse(seenWhenReady[2].contains("Het leesspel, hernoemd"), "the pages of the records around it come next");
        assertTrue(Files.readString(around).contains("Het leesspel, hernoemd"), "and are in place when the rebuild is done");
        assertTrue(Files.readString(untouched).endsWith("<!-- mark -->"), "a page with unchanged inputs is left in place");
        assertTrue(Files.readString(changed).contains("Het leesspel, hernoemd"), "the changed record's page is new");
    }

    @Test
    void aRecordThatLoadsButFailsTheCheckChangesNothingAndTheFixIsPublished(@TempDir Path tmp) throws Exception {
        // It loads (so serve starts working out the changed pages beside the check), but names no known source.
        brokenRecordChangesNothingAndTheFixIsPublished(tmp, yaml -> yaml.replaceFirst("(?m)^title: .*$", "title: Nog niet")
                .replace("sources: [vraag-2018]", "sources: [vraag-2099]"), "vraag-2099");
    }

    @Test
    void aBrokenRecordChangesNothingAndTheFixIsPublished(@TempDir Path tmp) throws Exception {
        brokenRecordChangesNothingAndTheFixIsPublished(tmp, yaml -> yaml.replaceFirst("(?m)^status: .*$", "status: klaar"),
                "leesspel.yaml");
    }

    /** Breaks the fixture's leesspel.yaml with {@code breakIt}: nothing is published, the problem names {@code named}. */
    private static void brokenRecordChangesNothingAndTheFixIsPublished(Path tmp, java.util.function.UnaryOperator<String> breakIt,
            String named) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        LiveBuild live = new LiveBuild(project.root(), site);
        assertTrue(live.rebuild(() -> { }).ok());
        SortedMap<String, byte[]> before = TestProject.snapshot(site);

        String leesspel = Files.readString(project.path("data/projects/leesspel.yaml"));
        project.write("-- data/projects/leesspel.yaml --\n" + breakIt.apply(leesspel));
        AtomicInteger ready = new AtomicInteger();
        Outcome broken = live.rebuild(ready::incrementAndGet);
        assertFalse(broken.ok());
        assertTrue(broken.problems().get(0).toString().contains(named), broken.problems().toString());
        assertEquals(0, ready.get());
        SortedMap<String, byte[]> after = TestProject.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));

        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Hersteld"));
        assertSameAsFullBuild(live, project, site, tmp.resolve("full"));
        assertTrue(Files.readString(site.resolve("projects/leesspel/index.html")).contains("Hersteld"));
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

    static void assertSameAsFullBuild(LiveBuild live, TestProject project, Path site, Path full) {
        Outcome outcome = live.rebuild(() -> { });
        assertTrue(outcome.ok(), outcome.problems().toString());
        assertEquals(0, project.build(full).exitCode());
        SortedMap<String, byte[]> expected = TestProject.snapshot(full);
        SortedMap<String, byte[]> actual = TestProject.snapshot(site);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file));
    }
}
