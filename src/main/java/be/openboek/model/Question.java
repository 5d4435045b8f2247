package be.openboek.model;

import java.util.List;

/**
 * One part of the parliamentary question and where the site answers it (an item of {@code data/questions.yaml};
 * its fields are declared in {@code fields.QuestionFields}).
 *
 * @param fields its values
 * @param origin where the record was written
 */
public record Question(Fields fields, Origin origin) implements Identified, FieldRecord {

    public String id() {
        return fields.text("id");
    }

    /** Its number in the question. */
    public int number() {
        return fields.value("number", Integer.class);
    }

    public String question() {
        return fields.text("question");
    }

    /** The minister's answer, in our words. */
    public String answer() {
        return fields.text("answer");
    }

    /** Pages that answer it ({@code subsidies}, {@code projects}, ... or {@code type/id}), each with what the link rests on. */
    public List<AnswerPage> answeredBy() {
        return fields.list("answered_by", AnswerPage.class);
    }

    /** Source ids. */
    public List<String> sources() {
        return fields.list("sources", String.class);
    }
}
