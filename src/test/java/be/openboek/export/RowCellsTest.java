package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.history.History;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve keeps the cells of the tables' rows from one rebuild to the next ({@link RowCells}): the tables it makes are
 * always those a fresh making gives, the rows of unchanged records are taken over, and a changed record's row and a
 * changed organisation's page addresses are made again.
 */
class RowCellsTest {

    private static final History HISTORY = History.unavailable("niet gelezen", "");

    @Test
    void onlyTheRowsOfChangedRecordsAreMadeAgain(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        RowCells memo = new RowCells();
        List<FilledTable> first = madeWith(memo, project);

        // One project's title changes: its row is new, the other project's row is the one made before.
        Path leesspel = project.path("data/projects/leesspel.yaml");
        Files.writeString(leesspel, Files.readString(leesspel, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^title: .*$", "title: Leesspel, herzien"), StandardCharsets.UTF_8);
        List<FilledTable> second = madeWith(memo, project);
        FilledTable before = table(first, "projects");
        FilledTable after = table(second, "projects");
        assertEquals(2, after.rows().size());
        int changed = index(after, "leesspel");
        int same = 1 - changed;
        assertTrue(after.rows().get(changed).contains("Leesspel, herzien"), after.rows().get(changed).toString());
        assertNotEquals(before.rows().get(index(before, "leesspel")), after.rows().get(changed));
        assertSame(before.rows().get(index(before, "streaming")), after.rows().get(same), "the unchanged project's row is taken over");

        // The organisation's address changes: every page address is made again.
        Path organisation = project.path("data/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation, StandardCharsets.UTF_8)
                .replace("https://open.proefhuis.example/", "https://elders.example/"), StandardCharsets.UTF_8);
        List<FilledTable> third = madeWith(memo, project);
        FilledTable moved = table(third, "projects");
        assertNotSame(after.rows().get(same), moved.rows().get(same));
        assertTrue(moved.rows().get(same).stream().anyMatch(cell -> String.valueOf(cell).startsWith("https://elders.example/")),
                moved.rows().get(same).toString());
    }

    /** The tables made with {@code memo}, checked against a fresh making of the same records. */
    private static List<FilledTable> madeWith(RowCells memo, TestProject project) {
        Site site = new SiteLoader().load(project.root()).site();
        List<FilledTable> kept = new SharedTables(site, HISTORY, memo).get();
        List<FilledTable> fresh = TableSpecs.data(new RecordsAndHistory(site, HISTORY));
        assertEquals(fresh.stream().map(t -> List.of(t.name(), t.rows())).toList(),
                kept.stream().map(t -> List.of(t.name(), t.rows())).toList());
        return kept;
    }

    private static FilledTable table(List<FilledTable> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static int index(FilledTable table, String id) {
        for (int i = 0; i < table.rows().size(); i++) {
            if (id.equals(table.rows().get(i).get(0))) {
                return i;
            }
        }
        throw new AssertionError("no row " + id + " in " + table.name());
    }
}
