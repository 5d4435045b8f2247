package be.openboek.export;

import be.openboek.model.AnswerPage;
import be.openboek.model.Link;
import be.openboek.model.OriginProject;
import be.openboek.model.Project;
import be.openboek.model.ProjectCall;
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
        return new TableSpec<>("links",
                List.of(TableSpecs.col("record_type", ColumnType.CODE, true, Row::recordType),
                        TableSpecs.col("record_id", ColumnType.ID, true, Row::recordId),
                        TableSpecs.col("field", ColumnType.CODE, true, Row::field),
                        TableSpecs.col("position", ColumnType.INTEGER, true, Row::position),
                        TableSpecs.col("target", ColumnType.TEXT, true, r -> r.link().target()),
                        TableSpecs.col("basis", ColumnType.CODE, true, r -> TableSpecs.basis(r.link())),
                        TableSpecs.col("sources", ColumnType.ID, false, r -> TableSpecs.list(r.link().sources())),
                        TableSpecs.col("our_reading", ColumnType.TEXT, false, r -> r.link().ourReading()),
                        TableSpecs.col("our_reading_en", ColumnType.TEXT, false, r -> r.link().ourReadingEn())),
                List.of("record_type", "record_id", "field", "position"), List.of(),
                in -> rows(in.site().projects(), in.site().services(), in.site().questions()));
    }

    private static List<Row> rows(List<Project> projects, List<Service> services, List<Question> questions) {
        List<Row> rows = new ArrayList<>();
        for (Project p : projects) {
            ProjectCall call = p.call();
            if (call != null) {
                rows.add(new Row("project", p.id(), "call", 1, call));
            }
        }
        for (Service s : services) {
            List<OriginProject> origins = s.originProjects();
            for (int i = 0; i < origins.size(); i++) {
                rows.add(new Row("service", s.id(), "origin_projects", i + 1, origins.get(i)));
            }
        }
        for (Question q : questions) {
            List<AnswerPage> answers = q.answeredBy();
            for (int i = 0; i < answers.size(); i++) {
                rows.add(new Row("question", q.id(), "answered_by", i + 1, answers.get(i)));
            }
        }
        return rows;
    }
}
