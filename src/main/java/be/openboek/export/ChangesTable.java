package be.openboek.export;

import be.openboek.history.Change;
import be.openboek.history.Gap;
import be.openboek.history.Value;
import be.openboek.format.BelgianFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

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
        return new TableSpec<>("changes", "Wijzigingen",
                "Elke wijziging aan een waarde in de gegevens, per commit in git, zoals op de pagina Wijzigingen: wanneer, "
                        + "aan welk record en welk veld, de oude en de nieuwe waarde, en de wijziging in woorden (zoals "
                        + "\"Subsidie 2017 — bedrag: € 3.959.000 → € 3.960.000\"). Een commit die geen waarde verandert "
                        + "(zoals code, of gegevens anders opgemaakt) staat er niet in; een commit die samen met de "
                        + "gegevens ook de code of de opbouw van de site veranderde, staat er als technische wijziging in "
                        + "(commit_type). De toelichting komt alleen uit de trailer Toelichting: (of Explanation:) van de "
                        + "commit, nooit uit de onderwerpregel. Leeg als de geschiedenis niet beschikbaar is.",
                List.of("wijziging", "geschiedenis", "transparantie"),
                List.of(column("position", ColumnType.INTEGER, "Volgnummer", "Plaats in het wijzigingslog, oudste eerst.", true,
                                Row::position),
                        column("commit", ColumnType.CODE, "Commit", "Id van de git-commit.", true, r -> r.change().commit()),
                        column("time", ColumnType.DATETIME, "Tijdstip", "Wanneer de commit gemaakt werd (tijd in Brussel).", true,
                                r -> r.change().time().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                        column("reason", ColumnType.TEXT, "Toelichting", "Waarom de gegevens veranderden, zoals wie de commit "
                                + "maakte het uitlegde in de trailer Toelichting: (of Explanation:); leeg als er geen is.", false,
                                r -> emptyToNull(r.change().reason())),
                        column("commit_type", ColumnType.CODE, "Soort commit", "publication: gepubliceerd door de "
                                + "medewerkers (de commit geeft een toelichting, of veranderde alleen bestanden in data/ en "
                                + "content/); technical: een technische wijziging, vastgelegd samen met een wijziging aan de "
                                + "code of de opbouw van de site.", true,
                                r -> r.change().publication() ? "publication" : "technical"),
                        column("record_type", ColumnType.CODE, "Soort record", "organisation, source, call, subsidy, project, service "
                                + "of question; leeg als de gegevens van de commit niet gelezen konden worden.", false,
                                r -> emptyToNull(r.change().recordType())),
                        column("record_id", ColumnType.ID, "Record", "Id van het record; leeg voor de organisatie.", false,
                                r -> emptyToNull(r.change().recordId())),
                        column("kind", ColumnType.CODE, "Soort wijziging", "added, removed, changed of unreadable.", true,
                                r -> r.change().kind().code()),
                        column("field", ColumnType.TEXT, "Veld", "Bij een gewijzigde waarde: het veld zoals in de YAML-bestanden "
                                + "(amount, status, period.start, prices.amount; prices voor een prijs die erbij kwam of wegviel); "
                                + "leeg voor een record dat toegevoegd of verwijderd werd.", false,
                                r -> emptyToNull(r.change().field())),
                        column("old_value", ColumnType.TEXT, "Oude waarde", "De waarde vóór de wijziging, zoals de pagina ze "
                                + "toont: bedragen met het euroteken en punten tussen de duizendtallen, datums in woorden, codes "
                                + "met hun naam; bij een tekst de gewijzigde passages met enkele woorden ervoor en erna. Leeg als "
                                + "er geen waarde was.", false,
                                r -> value(r.change().nl().before())),
                        column("new_value", ColumnType.TEXT, "Nieuwe waarde", "De waarde na de wijziging, geschreven zoals "
                                + "old_value. Leeg als er geen waarde meer is.", false, r -> value(r.change().nl().after())),
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

    /** A side of a change as the page shows it; null when there was no value. */
    private static String value(Value value) {
        return value == null || value.empty() ? null : value.plain();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
