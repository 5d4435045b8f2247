package be.openboek.fields;

import static be.openboek.fields.ValueKind.WHOLE_NUMBER;

import be.openboek.model.Question;
import java.util.List;

/** The fields of an item of {@code data/questions.yaml}: a part of the parliamentary question. */
public final class QuestionFields {

    private QuestionFields() {
    }

    public static final FieldTable<Question> TABLE = new FieldTable<>("question", Question.class, "data/questions.yaml",
            "De deelvragen van de parlementaire vraag en waar de site ze beantwoordt.",
            "The parliamentary question's parts and where the site answers them.", List.of(
            Field.id().means("uniek", "unique").example("subsidies"),
            Field.of("number", WHOLE_NUMBER, true).label("nummer", "number").means("het nummer van de deelvraag", "1, 2, ..."),
            Field.text("question").required().translated().label("vraag", "question")
                    .means("de vraag, in onze woorden", "the question, in our words"),
            Field.text("answer").required().translated().label("antwoord", "answer")
                    .means("wat de minister antwoordde, in onze woorden", "what the minister answered, in our words"),
            Field.mapping("answered_by", LinkFields.ANSWER_PAGE).listed().required().withOneItem().label("beantwoord op", "answered by")
                    .means("de pagina's die de vraag beantwoorden, elk met bronnen of onze lezing",
                            "pages that answer it, each with its sources or our reading"),
            FieldTables.sources()),
            Question::new);
}
