package be.openboek.export;

import be.openboek.history.Change;
import be.openboek.history.Gap;
import be.openboek.format.BelgianFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code changes} table: every change to a record, per commit, in words, as on the "Wijzigingen" page.
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
        return new TableSpec<>("changes", "Wijzigingen",
                "Elke wijziging aan de gegevens, per commit in git: wanneer, met welke boodschap, aan welk record en wat er "
                        + "veranderde, in woorden (zoals \"Subsidie 2017: bedrag gewijzigd van € 3.959.000 naar € 3.960.000\"). "
                        + "Leeg als de geschiedenis niet beschikbaar is.",
                List.of("wijziging", "geschiedenis", "transparantie"),
                List.of(column("position", ColumnType.INTEGER, "Volgnummer", "Plaats in het wijzigingslog, oudste eerst.", true,
                                Row::position),
                        column("commit", ColumnType.CODE, "Commit", "Id van de git-commit.", true, r -> r.change().commit()),
                        column("time", ColumnType.DATETIME, "Tijdstip", "Wanneer de commit gemaakt werd (tijd in Brussel).", true,
                                r -> r.change().time().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                        column("message", ColumnType.TEXT, "Boodschap", "De eerste regel van de commitboodschap.", false,
                                r -> r.change().message()),
                        column("record_type", ColumnType.CODE, "Soort record", "organisation, source, call, subsidy, project, service "
                                + "of question; leeg als de gegevens van de commit niet gelezen konden worden.", false,
                                r -> emptyToNull(r.change().recordType())),
                        column("record_id", ColumnType.ID, "Record", "Id van het record; leeg voor de organisatie.", false,
                                r -> emptyToNull(r.change().recordId())),
                        column("kind", ColumnType.CODE, "Soort wijziging", "added, removed, changed of unreadable.", true,
                                r -> r.change().kind().code()),
                        column("text", ColumnType.TEXT, "Wijziging", "De wijziging in woorden.", true, r -> r.change().text())),
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

    /** For a history read in part: from which commit on the rows are complete, as the change log page says. */
    static String incomplete(Gap gap) {
        if (gap == null) {
            return "";
        }
        String from = gap.commit().isEmpty() ? "ook de nieuwste commit kon niet gelezen worden, dus recente wijzigingen kunnen ontbreken"
                : "de wijzigingen zijn volledig vanaf commit " + gap.shortId() + " (" + BelgianFormat.date(gap.date())
                        + "): elke wijziging na die commit staat erin";
        return "Onvolledig: de git-geschiedenis kon maar gedeeltelijk gelezen worden; " + from + ".";
    }

    private static <R> Column<R> column(String name, ColumnType type, String title, String description, boolean required,
            java.util.function.Function<R, Object> value) {
        return new Column<>(name, type, title, description, required, value);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
