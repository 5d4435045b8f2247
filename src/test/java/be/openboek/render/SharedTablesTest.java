package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.export.FilledTable;
import be.openboek.export.SharedTables;
import be.openboek.history.History;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export and the bake of one build show the same tables: their rows are made once, and the bake's lookups take
 * them from the export's {@link SharedTables} when (and only when) they are of the same model.
 */
class SharedTablesTest {

    @Test
    void theBakesLookupsTakeTheRowsTheExportMade(@TempDir Path tmp) {
        Site site = new SiteLoader().load(TestProject.fixture(tmp.resolve("project")).root()).site();
        History history = History.unavailable("niet gelezen", "");
        SharedTables shared = new SharedTables(site, history);
        List<FilledTable> made = shared.get();
        assertSame(made, shared.get(), "made once");
        assertTrue(made.stream().anyMatch(t -> t.name().equals("projects") && !t.rows().isEmpty()), "the fixture's projects");

        ModelLookups lookups = new ModelLookups(site, history);
        lookups.share(shared);
        assertSame(made, lookups.tables(), "the bake's lookups use the export's rows");

        // Another model (a second load of the same files) is not given them: its rows are its own, and the same.
        Site again = new SiteLoader().load(tmp.resolve("project")).site();
        ModelLookups other = new ModelLookups(again, history);
        other.share(shared);
        assertNotSame(made, other.tables());
        assertEquals(made.stream().map(FilledTable::rows).toList(), other.tables().stream().map(FilledTable::rows).toList());
    }
}
