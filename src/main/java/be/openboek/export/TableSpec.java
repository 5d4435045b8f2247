package be.openboek.export;

import java.util.List;
import java.util.function.Function;

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

    /** The typed cells of every row of {@code input}, with the note {@code input} calls for. */
    public FilledTable data(RecordsAndHistory input) {
        List<List<Object>> cells = rows.apply(input).stream()
                .map(row -> columns.stream().map(c -> c.value().apply(row)).toList())
                .map(java.util.Collections::unmodifiableList)
                .toList();
        return new FilledTable(this, cells, note == null ? null : note.apply(input));
    }
}
