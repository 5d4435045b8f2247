package be.openboek.fields;

import static be.openboek.fields.ValueKind.EURO;
import static be.openboek.fields.ValueKind.YEAR;

import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import java.util.List;

/** The fields of an item of {@code data/subsidies.yaml}: one line per year, purpose and status. */
public final class SubsidyFields {

    private SubsidyFields() {
    }

    public static final FieldTable<Subsidy> TABLE = new FieldTable<>("subsidy", Subsidy.class, "data/subsidies.yaml",
            "De subsidielijnen, één per jaar en doel.",
            "Subsidy lines, one per year and purpose.", List.of(
            Field.id().means("uniek, wordt deel van het adres", "unique; becomes part of addresses").example("2017-werking"),
            Field.of("year", YEAR, true).label("jaar", "year")
                    .means("het begrotingsjaar", "budget year the amount belongs to").example("2019"),
            Field.of("amount", EURO, false).label("bedrag", "amount")
                    .means("bedrag in euro, zonder duizendtallen, punt voor decimalen (leeg als niet gepubliceerd)",
                            "empty when the source gives no amount").example("3990000"),
            Field.code("status", SubsidyStatus.class).required().label("status", "status")
                    .means("de status van het bedrag", "whether the amount was granted, budgeted or paid"),
            Field.text("purpose").required().translated().label("doel", "purpose")
                    .means("waarvoor het geld dient", "what the money is for").example("Werking"),
            Field.text("funder").required().translated().label("verstrekker", "funder")
                    .means("wie het geld geeft", "who gives the money").example("Vlaamse overheid"),
            Field.text("recipient").required().translated().label("ontvanger", "recipient")
                    .means("wie het geld krijgt", "who receives it").example("Cultuurconnect"),
            Field.text("notes").translated().label("toelichting", "notes")
                    .means("wat een lezer moet weten om het bedrag te begrijpen", "anything a reader needs to interpret the figure"),
            FieldTables.sources()),
            Subsidy::new);
}
