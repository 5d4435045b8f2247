package be.openboek.export;

import be.openboek.model.Link;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code links} table: every relation between records (the projects a service came from, the call a project was
 * selected in, the pages that answer a question), one row each, with what it rests on: the sources that state it,
 * or our reading with the reason for it. The tables of the records say the same in short ({@code call_basis},
 * {@code origin_basis}).
 */
final class LinksTable {

    /**
     * A link with the record and field that hold it.
     *
     * @param recordType {@code service}, {@code project} or {@code question}
     * @param recordId   the record's id
     * @param field      the field holding the link
     * @param position   1-based place in the field's list (1 for a single link)
     * @param link       the link
     */
    record Row(String recordType, String recordId, String field, int position, Link link) {
    }

    private LinksTable() {
    }

    static TableSpec<Row> links() {
        return new TableSpec<>("links", "Verbanden",
                "Elk verband tussen records: uit welke projecten een dienst voortkomt, in welke projectoproep een project "
                        + "geselecteerd werd en welke pagina's een deelvraag van de parlementaire vraag beantwoorden. Per verband "
                        + "staat waarop het steunt: de bronnen die het zeggen, of onze lezing met de reden waarom wij de records "
                        + "verbinden wanneer geen bron dat zegt.",
                List.of("verband", "herkomst", "bron"),
                List.of(TableSpecs.col("record_type", ColumnType.CODE, "Soort record", "service, project of question.", true,
                                Row::recordType),
                        TableSpecs.col("record_id", ColumnType.ID, "Record", "Id van het record dat het verband legt (zie services, "
                                + "projects; de vragen staan in api/v1/questions.json).", true, Row::recordId),
                        TableSpecs.col("field", ColumnType.CODE, "Veld", "origin_projects (project van herkomst van een dienst), call "
                                + "(projectoproep van een project) of answered_by (pagina die een vraag beantwoordt).", true, Row::field),
                        TableSpecs.col("position", ColumnType.INTEGER, "Volgnummer", "Plaats van het verband in de lijst van het veld.", true,
                                Row::position),
                        TableSpecs.col("target", ColumnType.TEXT, "Verbonden met", "Id van het project of de projectoproep, of de pagina "
                                + "(subsidies, projects, services, sources of soort/id).", true, r -> r.link().target()),
                        TableSpecs.col("basis", ColumnType.CODE, "Grond", "source (een bron zegt het) of our_reading (onze lezing: geen "
                                + "bron zegt het).", true, r -> TableSpecs.basis(r.link())),
                        TableSpecs.col("sources", ColumnType.ID, "Bronnen", "Ids van de bronnen die het verband zeggen (zie sources), "
                                + "gescheiden door ; (leeg bij onze lezing).", false, r -> TableSpecs.list(r.link().sources())),
                        TableSpecs.col("our_reading", ColumnType.TEXT, "Onze lezing", "Waarom wij de records verbinden, in het "
                                + "Nederlands; leeg als een bron het verband zegt.", false, r -> r.link().ourReading()),
                        TableSpecs.col("our_reading_en", ColumnType.TEXT, "Onze lezing (Engels)", "Dezelfde reden in het Engels; leeg "
                                + "als er geen vertaling is.", false, r -> r.link().ourReadingEn())),
                List.of("record_type", "record_id", "field", "position"), List.of(),
                in -> rows(in.site().projects(), in.site().services(), in.site().questions()));
    }

    private static List<Row> rows(List<Project> projects, List<Service> services, List<Question> questions) {
        List<Row> rows = new ArrayList<>();
        for (Project p : projects) {
            if (p.call() != null) {
                rows.add(new Row("project", p.id(), "call", 1, p.call()));
            }
        }
        for (Service s : services) {
            for (int i = 0; i < s.originProjects().size(); i++) {
                rows.add(new Row("service", s.id(), "origin_projects", i + 1, s.originProjects().get(i)));
            }
        }
        for (Question q : questions) {
            for (int i = 0; i < q.answeredBy().size(); i++) {
                rows.add(new Row("question", q.id(), "answered_by", i + 1, q.answeredBy().get(i)));
            }
        }
        return rows;
    }
}
