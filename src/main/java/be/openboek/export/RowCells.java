package be.openboek.export;

import be.openboek.model.Organisation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of the tables' rows, kept by {@code serve} from one rebuild to the next, so that only the rows of the records
 * that changed are made again. A row's cells are a function of the row (a record, or a record with one of its items,
 * compared by value) and of the organisation, whose address makes the page links absolute; a cell that depends on which
 * records the site has (a change's link to its record's page) is not kept. Each making of the tables keeps what it made,
 * for the next. Safe from several threads.
 */
public final class RowCells {

    /** The cells of every row of each table by name, as the last making of the tables made them for {@code organisation}. */
    private record Kept(Organisation organisation, Map<String, Map<Object, List<Object>>> tables) {
    }

    private volatile Kept kept = new Kept(null, Map.of());

    /** What the last making of the tables kept for {@code organisation}'s tables: by table, the cells by row. */
    Map<String, Map<Object, List<Object>>> before(Organisation organisation) {
        Kept last = kept;
        return organisation.equals(last.organisation()) ? last.tables() : Map.of();
    }

    /** What the tables just made, for the next making. */
    void made(Organisation organisation, Map<String, Map<Object, List<Object>>> tables) {
        kept = new Kept(organisation, Map.copyOf(tables));
    }

    /** An empty map for one table's made cells, sized for {@code rows} rows. */
    static Map<Object, List<Object>> sized(int rows) {
        return new HashMap<>(rows * 4 / 3 + 1);
    }
}
