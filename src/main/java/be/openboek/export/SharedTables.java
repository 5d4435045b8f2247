package be.openboek.export;

import be.openboek.history.History;
import be.openboek.model.Site;
import java.util.List;

/**
 * The rows of every published table of one model, made once, on first use, and shared by the export and the bake of
 * one build, which run on two threads: whichever asks first makes them, the other waits for them. Thread-safe.
 */
public final class SharedTables {

    private final RecordsAndHistory input;
    private final RowCells memo;
    private List<FilledTable> tables;

    public SharedTables(Site site, History history) {
        this(site, history, null);
    }

    /** The tables of {@code site}, taking the cells of the rows that did not change from {@code memo} (serve), when not null. */
    public SharedTables(Site site, History history, RowCells memo) {
        this.input = new RecordsAndHistory(site, history);
        this.memo = memo;
    }

    /** Whether these are the tables of exactly this model (the same objects). */
    public boolean of(Site site, History history) {
        return input.site() == site && input.history() == history;
    }

    /** Whether the rows are made already. */
    public synchronized boolean made() {
        return tables != null;
    }

    /** Every published table with its rows ({@link TableSpecs#data}). */
    public synchronized List<FilledTable> get() {
        if (tables == null) {
            tables = memo == null ? TableSpecs.data(input) : TableSpecs.data(input, memo);
        }
        return tables;
    }
}
