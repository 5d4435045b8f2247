package be.openboek.render;

import be.openboek.export.FilledTable;
import be.openboek.export.RecordsAndHistory;
import be.openboek.export.SharedTables;
import be.openboek.export.TableSpec;
import be.openboek.history.History;
import be.openboek.model.Site;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is worked out from one model and then shared, each made on first use: the {@link RecordIndex} and the rows of
 * every published table. The pages of both languages, the {@link PagePlan} (which counts the tables' rows) and serve's
 * comparison of the pages' inputs ({@link PageInputs}) use one instance per model; serve keeps the previous model's
 * between rebuilds ({@link ChangedPages.Published}) instead of making them again for every look at that model.
 */
public final class ModelLookups {

    private final RecordsAndHistory input;
    private final Map<String, Integer> counts = new HashMap<>();
    /** Made once, under a lock of its own: the plan may count the tables' rows on another thread meanwhile (serve). */
    private volatile RecordIndex index;
    private final Object indexLock = new Object();
    /** The rows of every table: this model's own, or those shared with the export of the same build. */
    private SharedTables tables;

    ModelLookups(Site site, History history) {
        this.input = new RecordsAndHistory(site, history);
        this.tables = new SharedTables(site, history);
    }

    /** Whether these are the lookups of exactly this model (the same objects, as serve's two passes of one rebuild use). */
    boolean of(Site site, History history) {
        return input.site() == site && input.history() == history;
    }

    Site site() {
        return input.site();
    }

    History history() {
        return input.history();
    }

    /** Takes the tables' rows from {@code tables} (shared with the export) when they are those of this model. */
    synchronized void share(SharedTables shared) {
        if (shared.of(input.site(), input.history()) && !tables.made()) {
            tables = shared;
        }
    }

    RecordIndex index() {
        RecordIndex made = index;
        if (made == null) {
            synchronized (indexLock) {
                made = index;
                if (made == null) {
                    index = made = new RecordIndex(input.site());
                }
            }
        }
        return made;
    }

    /** Every published table with its rows. */
    synchronized List<FilledTable> tables() {
        return tables.get();
    }

    /** How many rows {@code table} has; counted without making the cells when no page has asked for them yet. */
    synchronized int count(TableSpec<?> table) {
        if (tables.made()) {
            FilledTable filled = table(table.name());
            return filled == null ? 0 : filled.rows().size();
        }
        return counts.computeIfAbsent(table.name(), name -> table.rows().apply(input).size());
    }

    /** The table named {@code name}, or null when there is none. */
    FilledTable table(String name) {
        return tables().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * What a table's pages show of the table as a whole, the same on each of its pages: how many rows it has and what
     * its description adds for them. The note's arguments are an array, compared by content here.
     */
    Object tableHead(String name) {
        FilledTable table = table(name);
        if (table == null) {
            return "none";
        }
        return table.note() == null ? List.of(table.rows().size())
                : Arrays.asList(table.rows().size(), table.note().key(), Arrays.asList(table.note().args()));
    }

    /** The cells of the rows {@code from} (inclusive) to {@code to} (exclusive) of a table: what one page of it lists. */
    Object tableRows(String name, int from, int to) {
        FilledTable table = table(name);
        if (table == null) {
            return "none";
        }
        int size = table.rows().size();
        return table.rows().subList(Math.min(from, size), Math.min(to, size));
    }
}
