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
            Field.text("question").required().label("vraag", "question")
                    .means("de vraag, in onze woorden", "the question, in our words"),
            Field.text("answer").required().label("antwoord", "answer")
                    .means("wat de minister antwoordde, in onze woorden", "what the minister answered, in our words"),
            Field.mapping("answered_by", LinkFields.ANSWER_PAGE).listed().required().withOneItem().label("beantwoord op", "answered by")
                    .means("de pagina's die de vraag beantwoorden, elk met bronnen of onze lezing",
                            "pages that answer it, each with its sources or our reading"),
            FieldTables.sources(),
            Field.text("question_en").label("vraag in het Engels", "question in English")
                    .means("de vraag in het Engels, voor de Engelse site (zonder ze toont die het Nederlands)",
                            "the question in English, for the English site (without it, the English site shows the Dutch)"),
            Field.text("answer_en").label("antwoord in het Engels", "answer in English")
                    .means("het antwoord in het Engels", "the answer in English")),
            Question::new);
}
