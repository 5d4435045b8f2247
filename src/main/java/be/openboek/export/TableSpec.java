package be.openboek.export;

import java.util.List;
import java.util.function.Function;

/**
 * The definition of one published table: name, Dutch title and description, columns, keys and the rows the
 * model yields. Every format and every piece of metadata is made from these definitions.
 *
 * @param name        machine name, also the file name: {@code data/<name>.csv}
 * @param title       Dutch title
 * @param description Dutch description
 * @param keywords    Dutch keywords for catalogs
 * @param columns     columns in file order
 * @param primaryKey  the columns that identify a row
 * @param foreignKeys references to other tables
 * @param rows        the rows the input yields, in a stable order
 * @param note        what the description must add for an input, in Dutch (e.g. that the change log is incomplete),
 *                    or empty; null for none
 * @param <R>         the row type
 */
public record TableSpec<R>(String name, String title, String description, List<String> keywords, List<Column<R>> columns,
        List<String> primaryKey, List<ForeignKey> foreignKeys, Function<RecordsAndHistory, List<R>> rows,
        Function<RecordsAndHistory, String> note) {

    /** A table whose description is the same for every input. */
    public TableSpec(String name, String title, String description, List<String> keywords, List<Column<R>> columns,
            List<String> primaryKey, List<ForeignKey> foreignKeys, Function<RecordsAndHistory, List<R>> rows) {
        this(name, title, description, keywords, columns, primaryKey, foreignKeys, rows, null);
    }

    /** The typed cells of every row of {@code input}, with the description {@code input} calls for. */
    public FilledTable data(RecordsAndHistory input) {
        List<List<Object>> cells = rows.apply(input).stream()
                .map(row -> columns.stream().map(c -> c.value().apply(row)).toList())
                .map(java.util.Collections::unmodifiableList)
                .toList();
        String extra = note == null ? "" : note.apply(input);
        TableSpec<R> described = extra.isEmpty() ? this
                : new TableSpec<>(name, title, description + " " + extra, keywords, columns, primaryKey, foreignKeys, rows);
        return new FilledTable(described, cells);
    }
}
