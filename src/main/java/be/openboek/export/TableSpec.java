package be.openboek.export;

import be.openboek.model.PageAddress;
import be.openboek.model.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The definition of one published table: name, columns, keys and the rows the model yields. Every format and every
 * piece of metadata is made from these definitions; their words (title, description, column titles) are in the
 * message bundles, read through {@link DataDictionary}.
 *
 * @param name        machine name, also the file name: {@code data/<name>.csv}
 * @param columns     columns in file order
 * @param primaryKey  the columns that identify a row
 * @param foreignKeys references to other tables
 * @param rows        the rows the input yields, in a stable order
 * @param note        what the description must add for an input (e.g. that the change log is incomplete), or null
 *                    for none; null for a table that never needs one
 * @param <R>         the row type
 */
public record TableSpec<R>(String name, List<Column<R>> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
        Function<RecordsAndHistory, List<R>> rows, Function<RecordsAndHistory, Note> note) {

    /**
     * A sentence the description adds for one input, as a message key and its arguments.
     *
     * @param key  the key in the message bundles
     * @param args its arguments; a date is written as the language writes dates
     */
    public record Note(String key, Object... args) {
    }

    /** A table whose description is the same for every input. */
    public TableSpec(String name, List<Column<R>> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
            Function<RecordsAndHistory, List<R>> rows) {
        this(name, columns, primaryKey, foreignKeys, rows, null);
    }

    /**
     * A cell that is a page of the site, as a path from the site root ({@code subsidies/2016-werking/}); the table
     * writes it as an absolute address, from the organisation's {@code base_url}.
     *
     * @param path the path
     */
    public record SitePath(String path) {
    }

    /**
     * A cell that is the page of a record named by its type and id ({@code subsidy}, {@code 2016-werking}), written as
     * the absolute address of that page while the site has the record (and a page for its type), else as that of
     * {@code otherwise} (a record a change removed has no page any more).
     *
     * @param recordType the record's type, as the change log names it
     * @param recordId   its id
     * @param otherwise  the path for a record the site does not have
     */
    public record RecordPage(String recordType, String recordId, String otherwise) {
    }

    /** This table with {@code column} added after its columns. */
    public TableSpec<R> with(Column<R> column) {
        List<Column<R>> more = new java.util.ArrayList<>(columns);
        more.add(column);
        return new TableSpec<>(name, List.copyOf(more), primaryKey, foreignKeys, rows, note);
    }

    /** The typed cells of every row of {@code input}, with the note {@code input} calls for. */
    public FilledTable data(RecordsAndHistory input) {
        return data(input, Map.of(), null);
    }

    /**
     * As {@link #data(RecordsAndHistory)}, taking the cells of a row from {@code before} when it holds the row (see
     * {@link RowCells}) and putting the cells of every row that may be kept into {@code made}, when not null.
     */
    FilledTable data(RecordsAndHistory input, Map<Object, List<Object>> before, Map<Object, List<Object>> made) {
        Site site = input.site();
        // The pages of the records the site has: gathered at the first RecordPage cell (the rows are made in order).
        Set<String> records = new HashSet<>();
        List<R> all = rows.apply(input);
        List<List<Object>> cells = new ArrayList<>(all.size());
        for (R row : all) {
            List<Object> kept = before.get(row);
            if (kept == null) {
                List<Object> values = new ArrayList<>(columns.size());
                boolean keep = true;
                for (Column<R> column : columns) {
                    Object value = column.value().apply(row);
                    // Whether the site has the record changes with other records: such a row is made every time.
                    keep &= !(value instanceof RecordPage);
                    values.add(cell(value, site, records));
                }
                kept = Collections.unmodifiableList(values);
                if (keep && made != null) {
                    made.put(row, kept);
                }
            } else if (made != null) {
                made.put(row, kept);
            }
            cells.add(kept);
        }
        return new FilledTable(this, Collections.unmodifiableList(cells), note == null ? null : note.apply(input));
    }

    /** A cell's value as written: a {@link SitePath} or {@link RecordPage} as an absolute address. */
    private static Object cell(Object value, Site site, Set<String> records) {
        if (value instanceof RecordPage page) {
            if (records.isEmpty()) {
                Stream.of(site.sources(), site.calls(), site.subsidies(), site.projects(), site.services(), site.questions())
                        .flatMap(List::stream).forEach(r -> records.add(PageAddress.of(r)));
            }
            String path = page.recordType() == null || page.recordId() == null ? null : PageAddress.of(page.recordType(), page.recordId());
            value = new SitePath(path != null && records.contains(path) ? path : page.otherwise());
        }
        return value instanceof SitePath page ? PageAddress.absolute(site.organisation(), page.path()) : value;
    }
}
