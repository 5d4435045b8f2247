package be.openboek.fields;

import static be.openboek.fields.ValueKind.BOOLEAN;
import static be.openboek.fields.ValueKind.PARTIAL_DATE;
import static be.openboek.fields.ValueKind.URL;

import be.openboek.model.Source;
import be.openboek.model.SourceKind;
import java.util.List;

/** The fields of an item of {@code data/sources.yaml}. */
public final class SourceFields {

    private SourceFields() {
    }

    public static final FieldTable<Source> TABLE = new FieldTable<>("source", Source.class, "data/sources.yaml",
            "De documenten waaruit de cijfers komen.",
            "The documents figures come from; every figure cites at least one source id.", List.of(
            Field.id().means("uniek, wordt deel van het adres", "unique; becomes part of addresses").example("vraag-2018"),
            Field.text("title").required().translated().label("titel", "title")
                    .means("de titel van het document of de pagina, zoals gepubliceerd; of een beschrijving als die niet bekend is",
                            "title of the document or page as published; or a description when it is not known"),
            Field.of("title_descriptive", BOOLEAN, false).whenAbsent(false).label("beschrijvende titel", "descriptive title")
                    .means("true als de titel een beschrijving van ons is en niet de gepubliceerde titel: de Engelse site "
                            + "toont dan title_en in de plaats; anders toont ze de titel zoals gepubliceerd, met title_en als vertaling",
                            "true when the title is our description, not the published title: English pages then show title_en "
                            + "instead; otherwise they show the title as published, with title_en as its translation"),
            Field.code("kind", SourceKind.class).required().label("soort", "kind").means("de soort bron", "kind of document"),
            Field.of("date", PARTIAL_DATE, false).label("datum", "date")
                    .means("de datum van het document", "date of the document").example("2018-01-15"),
            Field.of("date_approximate", BOOLEAN, false).whenAbsent(false).label("datum bij benadering", "date approximate")
                    .means("true als de datum geschat is", "true when the date is an estimate"),
            Field.text("publisher").required().label("uitgever", "publisher")
                    .means("wie het document publiceerde", "who published it").example("Vlaams Parlement"),
            Field.of("url", URL, false).label("adres", "address").means("waar het te lezen is", "where to read it"),
            Field.text("notes").translated().label("toelichting", "notes")
                    .means("wat de bron zegt dat hier telt", "what the source says that matters here")),
            Source::new);
}
