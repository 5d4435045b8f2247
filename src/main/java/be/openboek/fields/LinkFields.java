package be.openboek.fields;

import static be.openboek.fields.ValueKind.PAGE;

import be.openboek.model.AnswerPage;
import be.openboek.model.Fields;
import be.openboek.model.Link;
import be.openboek.model.OriginProject;
import be.openboek.model.ProjectCall;
import java.util.List;
import java.util.function.Function;

/**
 * The fields of a link between records: what it points to, and what it rests on, either the {@code sources} that
 * state it or {@code our_reading} with the reason we link the records (exactly one of the two; the validator checks
 * it). A link written as only an id ({@code origin_projects: [ebook-pilot]}) is read as a link with neither, so that
 * records of old commits still load for the change log; the validator then asks for one of the two.
 */
public final class LinkFields {

    private LinkFields() {
    }

    /** An item of a service's {@code origin_projects}. */
    public static final FieldTable<OriginProject> ORIGIN_PROJECT = table("link to a project", OriginProject.class,
            "Een project waaruit de dienst groeide, met waarop dat verband steunt.",
            "A project the service grew out of, with what that link rests on.",
            Field.ref("project", "project").required().label("project", "project")
                    .means("id van het project", "the project's id").example("leesspel"),
            "een bron zegt dat de dienst uit het project voortkomt", "a source states that the service came from the project",
            OriginProject::new);

    /** A project's {@code call}. */
    public static final FieldTable<ProjectCall> PROJECT_CALL = table("link to a call", ProjectCall.class,
            "De projectoproep waarin het project geselecteerd werd, met waarop dat verband steunt.",
            "The call the project was selected in, with what that link rests on.",
            Field.ref("call", "call").required().label("projectoproep", "call")
                    .means("id van de projectoproep uit data/calls.yaml", "the call's id").example("oproep-2016"),
            "een bron zegt dat het project in deze oproep geselecteerd werd", "a source states that the project was selected in the call",
            ProjectCall::new);

    /** An item of a question's {@code answered_by}. */
    public static final FieldTable<AnswerPage> ANSWER_PAGE = table("link to a page", AnswerPage.class,
            "Een pagina van de site die de vraag beantwoordt, met waarop dat verband steunt.",
            "A page of the site that answers the question, with what that link rests on.",
            Field.of("page", PAGE, true).label("pagina", "page")
                    .means("de pagina", "the page").example("projects/leesspel"),
            "een bron de vraag beantwoordt met wat op de pagina staat", "a source answers the question with what the page shows",
            AnswerPage::new);

    /** Every table of links. */
    public static List<FieldTable<?>> all() {
        return List.of(ORIGIN_PROJECT, PROJECT_CALL, ANSWER_PAGE);
    }

    /** Whether the records of {@code table} are links, which may be written as only the id they point to. */
    public static boolean isLink(FieldTable<?> table) {
        return Link.class.isAssignableFrom(table.type());
    }

    /** The field a link's bare id stands for: the first field of its table ({@code project}, {@code call}, {@code page}). */
    public static String targetField(FieldTable<?> table) {
        return table.fields().get(0).name();
    }

    private static <T> FieldTable<T> table(String name, Class<T> type, String nl, String en, Field target,
            String sourcesNl, String sourcesEn, Function<Fields, T> make) {
        return new FieldTable<>(name, type, "", nl + " Geef sources of our_reading, niet allebei.",
                en + " Give either sources or our_reading, not both; a bare id (`[leesspel]`) is an error.", List.of(
                target,
                Field.ref("sources", "source").listed().label("bronnen van het verband", "sources of the link")
                        .means("ids uit data/sources.yaml, als " + sourcesNl + " (anders our_reading)",
                                "source ids, when " + sourcesEn + " (else our_reading)")
                        .example("[vraag-2018]"),
                Field.text("our_reading").translated().label("onze lezing", "our reading")
                        .means("waarom wij de records verbinden, als geen bron het zegt (anders sources)",
                                "why we link the records, when no source states it (else sources)")
                        .example("Beide gaan over het uitlenen van e-boeken")),
                (fields, origin) -> make.apply(fields));
    }
}
