package be.openboek.export;

import be.openboek.history.Change;
import be.openboek.history.Gap;
import be.openboek.history.Value;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code changes} table: every change to a record value, per commit, with the field, its old and new value and
 * the change in words, as on the "Wijzigingen" page and in its feed (all three from the same {@link Change}s).
 * Empty when the history is unavailable (outside a git clone); when it was read only in part (a shallow clone), the
 * description says from which commit on the rows are complete.
 */
final class ChangesTable {

    /** A change with its place in the change log, which is its key. */
    record Row(int position, Change change) {
    }

    private ChangesTable() {
    }

    static TableSpec<Row> changes() {
        return new TableSpec<>("changes",
                List.of(column("position", ColumnType.INTEGER, true, Row::position),
                        column("commit", ColumnType.CODE, true, r -> r.change().commit()),
                        column("time", ColumnType.DATETIME, true,
                                r -> r.change().time().withZoneSameInstant(ZoneOffset.UTC).format(UTC_TIME)),
                        column("reason", ColumnType.TEXT, false, r -> emptyToNull(r.change().reason())),
                        column("commit_type", ColumnType.CODE, true, r -> r.change().publication() ? "publication" : "technical"),
                        column("record_type", ColumnType.CODE, false, r -> emptyToNull(r.change().recordType())),
                        column("record_id", ColumnType.ID, false, r -> emptyToNull(r.change().recordId())),
                        column("kind", ColumnType.CODE, true, r -> r.change().kind().code()),
                        column("field", ColumnType.TEXT, false, r -> emptyToNull(r.change().field())),
                        column("old_value", ColumnType.TEXT, false, r -> value(r.change().nl().before())),
                        column("new_value", ColumnType.TEXT, false, r -> value(r.change().nl().after())),
                        column("text", ColumnType.TEXT, true, r -> r.change().text())),
                List.of("position"), List.of(),
                in -> {
                    List<Row> rows = new ArrayList<>();
                    List<Change> changes = in.history().changes();
                    for (int i = 0; i < changes.size(); i++) {
                        rows.add(new Row(i + 1, changes.get(i)));
                    }
                    return rows;
                },
                in -> incomplete(in.history().gap()));
    }

    /** For a history read in part: from which commit on the rows are complete, as the change log page says; else null. */
    static TableSpec.Note incomplete(Gap gap) {
        if (gap == null) {
            return null;
        }
        return gap.commit().isEmpty() ? new TableSpec.Note("table.changes.incomplete.newest")
                : new TableSpec.Note("table.changes.incomplete.from", gap.shortId(), gap.date());
    }

    /**
     * A moment in UTC with {@code Z}, to the second: the form every Frictionless reader takes as a {@code datetime}
     * (the JavaScript library refuses an offset such as {@code +01:00}); the Belgian CSV gives Brussels time.
     */
    static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    private static <R> Column<R> column(String name, ColumnType type, boolean required, java.util.function.Function<R, Object> value) {
        return new Column<>(name, type, required, value);
    }

    /** A side of a change as the page shows it; null when there was no value. */
    private static String value(Value value) {
        return value == null || value.empty() ? null : value.plain();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
