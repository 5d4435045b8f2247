package be.openboek.fields;

import static be.openboek.fields.ValueKind.EURO;
import static be.openboek.fields.ValueKind.PARTIAL_DATE;

import be.openboek.model.Partner;
import be.openboek.model.PartnerRole;
import be.openboek.model.Period;
import be.openboek.model.Project;
import be.openboek.model.ProjectStatus;
import java.util.List;

/** The fields of {@code data/projects/<id>.yaml}. */
public final class ProjectFields {

    private ProjectFields() {
    }

    /** A project's {@code period}: either end may be unknown. */
    public static final FieldTable<Period> PERIOD = new FieldTable<>("period", Period.class, "", "Wanneer het project liep.",
            "When the project ran.", List.of(
            Field.of("start", PARTIAL_DATE, false).label("begin", "start")
                    .means("begin", "first month or day").example("2017-02"),
            Field.of("end", PARTIAL_DATE, false).label("einde", "end")
                    .means("einde (leeg als het nog loopt of onbekend is)", "last month or day (empty when running or unknown)")),
            (fields, origin) -> new Period(fields));

    /** An item of a project's {@code partners}. */
    public static final FieldTable<Partner> PARTNER = new FieldTable<>("partner", Partner.class, "", "Een lokale partner.",
            "A local institution or firm taking part.", List.of(
            Field.text("name").required().label("naam", "name")
                    .means("naam van de instelling of het bedrijf", "name of the institution or firm").example("Bibliotheek Voorbeeld"),
            Field.text("place").label("plaats", "place").means("gemeente", "municipality").example("Voorbeeld"),
            Field.code("role", PartnerRole.class).required().label("rol", "role")
                    .means("de rol", "the part it plays")),
            (fields, origin) -> new Partner(fields));

    public static final FieldTable<Project> TABLE = new FieldTable<>("project", Project.class, "data/projects/<id>.yaml",
            "Een cocreatieproject; de bestandsnaam is de id.",
            "One file per co-creation project; the file name is the id.", List.of(
            Field.id().means("vast: gelijk aan de bestandsnaam, wordt deel van het adres", "equal to the file name"),
            Field.text("title").required().translated().label("titel", "title").means("de naam van het project", "the project's name"),
            Field.mapping("call", LinkFields.PROJECT_CALL).label("projectoproep", "call")
                    .means("de projectoproep waarin het geselecteerd werd, met bronnen of onze lezing (leeg als onbekend)",
                            "the call the project was selected in, with its sources or our reading"),
            Field.mapping("period", PERIOD).label("periode", "period").means("wanneer het liep", "when it ran"),
            Field.code("status", ProjectStatus.class).required().label("status", "status")
                    .means("waar het project staat", "where it is in the lifecycle"),
            Field.text("objective").required().translated().label("doelstelling", "objective")
                    .means("wat het project wil bereiken, in één of twee zinnen", "what it set out to do"),
            Field.text("results").translated().label("resultaten", "results")
                    .means("wat eruit kwam (leeg als de bronnen het niet zeggen)", "what came out of it"),
            Field.mapping("partners", PARTNER).listed().label("partners", "partners")
                    .means("lokale partners (leeg als de bronnen niemand noemen)", "local institutions and firms"),
            Field.text("themes").listed().translated().label("thema's", "themes").means("thema's", "themes").example("[lezen, games]"),
            Field.of("budget", EURO, false).label("budget", "budget")
                    .means("budget in euro, zonder duizendtallen, punt voor decimalen (leeg als niet gepubliceerd)",
                            "empty when not published").example("45000"),
            Field.markdown("description").translated().label("beschrijving", "description")
                    .means("langere uitleg in Markdown; voor meerdere regels: description: | en de tekst ingesprongen eronder",
                            "longer text; or description_file"),
            Field.markdownFile("description_file", "description").translated().label("beschrijvingsbestand", "description file")
                    .means("of: een Markdown-bestand in content/ (dan description leeg laten)", "a Markdown file with the description")
                    .example("projects/<id>.md"),
            FieldTables.sources()),
            Project::new);
}
