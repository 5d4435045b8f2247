package be.openboek.fields;

import static be.openboek.fields.ValueKind.PARTIAL_DATE;

import be.openboek.model.Call;
import java.util.List;

/** The fields of an item of {@code data/calls.yaml}. */
public final class CallFields {

    private CallFields() {
    }

    public static final FieldTable<Call> TABLE = new FieldTable<>("call", Call.class, "data/calls.yaml",
            "De projectoproepen.",
            "Project calls: rounds in which local institutions submit ideas and projects are selected.", List.of(
            Field.id().means("uniek, wordt deel van het adres", "unique; becomes part of addresses").example("oproep-2016"),
            Field.text("title").required().translated().label("titel", "title").means("de naam van de oproep", "the call's name"),
            Field.of("opened", PARTIAL_DATE, false).label("opening", "opened")
                    .means("wanneer indienen kon beginnen", "when submissions opened"),
            Field.of("closed", PARTIAL_DATE, false).label("sluiting", "closed")
                    .means("de uiterste datum om in te dienen", "deadline for submissions"),
            Field.text("description").required().translated().label("beschrijving", "description")
                    .means("wat gevraagd werd en hoe het liep", "what was asked and how it went"),
            FieldTables.sources()),
            Call::new);
}
