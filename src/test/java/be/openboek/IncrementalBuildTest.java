package be.openboek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --incremental} renders only the pages whose inputs changed, and its output is byte for byte
 * the output of a full build of the same input, after every kind of edit.
 */
class IncrementalBuildTest {

    @Test
    void incrementalAndFullBuildsAreByteIdenticalAfterEveryKindOfEdit(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        assertEquals(0, project.build(site).exitCode());

        // One record changes.
        project.write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: evaluated
                objective: Voorstellingen tonen in woonzorgcentra, en nu ook in scholen.
                sources: [vraag-2018]
                """);
        assertSameAsFullBuild(project, site, tmp.resolve("full-1"));

        // A record that other pages show (the service page names its origin project by title).
        String leesspel = Files.readString(project.path("data/projects/leesspel.yaml"));
        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Het leesspel, hernoemd"));
        assertSameAsFullBuild(project, site, tmp.resolve("full-2"));

        // A template.
        String template = Files.readString(project.path("templates/project.ftl"));
        project.write("-- templates/project.ftl --\n" + template.replace("</h1>", "</h1>\n<p>Gewijzigd sjabloon.</p>"));
        assertSameAsFullBuild(project, site, tmp.resolve("full-3"));

        // A record is deleted and another added.
        project.write("""
                -- data/projects/streaming.yaml --
                -- data/projects/nieuw-project.yaml --
                id: nieuw-project
                title: Een nieuw project
                status: selected
                objective: Iets nieuws proberen.
                sources: [vraag-2018]
                """);
        assertSameAsFullBuild(project, site, tmp.resolve("full-4"));
        assertFalse(Files.exists(site.resolve("projects/streaming/index.html")), "the deleted record's page is gone");
        assertTrue(Files.exists(site.resolve("projects/nieuw-project/index.html")), "the new record has a page");

        // A shared input: the sources every page cites.
        String sources = Files.readString(project.path("data/sources.yaml"));
        project.write("-- data/sources.yaml --\n" + sources.replaceFirst("(?m)^(\\s+title: )(.*)$", "$1$2 (herzien)"));
        assertSameAsFullBuild(project, site, tmp.resolve("full-5"));
    }

    @Test
    void aPageWhoseInputsDidNotChangeIsTakenOverInsteadOfRendered(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        // A mark no template writes: it survives only if the page is copied rather than rendered again.
        Path untouched = site.resolve("projects/streaming/index.html");
        Files.writeString(untouched, "<!-- mark -->", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path changed = site.resolve("projects/leesspel/index.html");
        Files.writeString(changed, "<!-- mark -->", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        String leesspel = Files.readString(project.path("data/projects/leesspel.yaml"));
        project.write("-- data/projects/leesspel.yaml --\n" + leesspel.replaceFirst("(?m)^title: .*$", "title: Het leesspel, hernoemd"));
        assertEquals(0, project.run("build", "--incremental", "--output", site.toString()).exitCode());

        assertTrue(Files.readString(untouched).endsWith("<!-- mark -->"), "a page with unchanged inputs is copied");
        assertFalse(Files.readString(changed).contains("<!-- mark -->"), "the changed record's page is rendered again");
        assertTrue(Files.readString(changed).contains("Het leesspel, hernoemd"));
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        Path page = site.resolve("services/leesspel-dienst/index.html");
        Files.writeString(page, "<!-- mark -->", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        // layout.ftl is not any page type's own template; every page imports it.
        String layout = Files.readString(project.path("templates/layout.ftl"));
        project.write("-- templates/layout.ftl --\n" + layout + "\n<#-- changed -->\n");
        assertEquals(0, project.run("build", "--incremental", "--output", site.toString()).exitCode());

        assertFalse(Files.readString(page).contains("<!-- mark -->"));
    }

    private static void assertSameAsFullBuild(TestProject project, Path site, Path full) {
        TestProject.Run incremental = project.run("build", "--incremental", "--output", site.toString());
        assertEquals(0, incremental.exitCode(), incremental.err());
        assertEquals(0, project.build(full).exitCode());
        SortedMap<String, byte[]> expected = TestProject.snapshot(full);
        SortedMap<String, byte[]> actual = TestProject.snapshot(site);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file));
    }
}
