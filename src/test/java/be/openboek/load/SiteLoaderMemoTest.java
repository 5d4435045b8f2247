package be.openboek.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.model.Project;
import be.openboek.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve keeps what each record file gave ({@link SiteLoader.Memo}): a load through the memo gives exactly what a
 * load without it gives, whatever changed in between.
 */
class SiteLoaderMemoTest {

    @Test
    void aLoadThroughTheMemoEqualsAFreshLoadAfterEveryKindOfChange(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        SiteLoader.Memo memo = new SiteLoader.Memo();
        assertSame(project, memo);
        long files;
        try (var projects = Files.list(project.path("data/projects")); var services = Files.list(project.path("data/services"))) {
            files = projects.count() + services.count();
        }
        assertEquals(files, memo.size(), "every record file is remembered");
        assertSame(project, memo);

        // A changed file, even of the same size and written in the same second.
        Path leesspel = project.path("data/projects/leesspel.yaml");
        FileTime time = Files.getLastModifiedTime(leesspel);
        String yaml = Files.readString(leesspel);
        Files.writeString(leesspel, yaml.replace("Leesspel\n", "Leesspol\n"));
        Files.setLastModifiedTime(leesspel, FileTime.from(Instant.ofEpochSecond(time.toInstant().getEpochSecond(), 1)));
        assertEquals("Leesspol", project(project, memo, "leesspel").title());
        assertSame(project, memo);

        // A broken file: its problems are reported every time, also when it is not read again.
        project.write("-- data/projects/streaming.yaml --\nid: streaming\ntitle: Streamen\nstatus: klaar\nsources: [vraag-2018]\n");
        assertSame(project, memo);
        assertTrue(new SiteLoader(memo).load(project.root()).problems().all().toString().contains("klaar"));

        // A file added beside the others, and a description in content/ that changes without its record.
        project.write("""
                -- data/projects/nieuw.yaml --
                id: nieuw
                title: Nieuw
                status: selected
                objective: Iets proberen.
                description_file: projects/nieuw.md
                sources: [vraag-2018]
                -- content/projects/nieuw.md --
                Eerste tekst.
                """);
        assertSame(project, memo);
        project.write("-- content/projects/nieuw.md --\nTweede tekst.\n");
        assertTrue(project(project, memo, "nieuw").description().contains("Tweede tekst."));
        assertSame(project, memo);
    }

    private static Project project(TestProject project, SiteLoader.Memo memo, String id) {
        return new SiteLoader(memo).load(project.root()).site().projects().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** Loads with and without the memo and compares records, problems, broken ids and positions. */
    private static void assertSame(TestProject project, SiteLoader.Memo memo) {
        SiteLoader.Result fresh = new SiteLoader().load(project.root());
        SiteLoader.Result remembered = new SiteLoader(memo).load(project.root());
        assertEquals(fresh.site(), remembered.site());
        assertEquals(fresh.problems().all(), remembered.problems().all());
        assertEquals(fresh.brokenIds(), remembered.brokenIds());
        for (String file : new String[] {"data/projects/leesspel.yaml", "data/projects/streaming.yaml"}) {
            for (String field : new String[] {"id", "title", "status", "partners[1].role", "budget"}) {
                assertEquals(fresh.sourceMap().position(file, field), remembered.sourceMap().position(file, field), file + " " + field);
            }
        }
    }
}
