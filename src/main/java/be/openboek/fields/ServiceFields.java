package be.openboek.fields;

import static be.openboek.fields.ValueKind.BOOLEAN;
import static be.openboek.fields.ValueKind.DATE;
import static be.openboek.fields.ValueKind.PARTIAL_DATE;
import static be.openboek.fields.ValueKind.UNIT_PRICE;

import be.openboek.model.PriceLine;
import be.openboek.model.PriceModel;
import be.openboek.model.PriceUnit;
import be.openboek.model.Service;
import java.util.List;

/** The fields of {@code data/services/<id>.yaml}. */
public final class ServiceFields {

    private ServiceFields() {
    }

    /** An item of a service's {@code prices}: one published price for a period. */
    public static final FieldTable<PriceLine> PRICE_LINE = new FieldTable<>("price line", PriceLine.class, "",
            "Een gepubliceerde prijs voor een periode.", "A published price for a period.", List.of(
            Field.text("component").required().translated().label("onderdeel", "component")
                    .means("waarvoor betaald wordt", "what is paid for").example("Basisinfrastructuur"),
            Field.of("amount", UNIT_PRICE, false).label("bedrag", "amount")
                    .means("prijs in euro zoals gepubliceerd, punt voor decimalen (leeg als niet gepubliceerd)",
                            "empty when indexed but not published").example("0.27152"),
            Field.code("unit", PriceUnit.class).required().label("eenheid", "unit")
                    .means("waarvoor één bedrag betaalt", "what one amount pays for"),
            Field.of("vat_included", BOOLEAN, false).label("btw inbegrepen", "VAT included")
                    .means("true (btw inbegrepen), false (zonder btw) of leeg als de bron het niet zegt",
                            "empty when the source does not say"),
            Field.of("valid_from", DATE, true).label("geldig vanaf", "valid from")
                    .means("eerste dag dat de prijs geldt", "first day the price applies").example("2021-01-01"),
            Field.of("valid_to", DATE, false).label("geldig tot", "valid to")
                    .means("laatste dag (leeg als de prijs nog geldt of onbekend is)",
                            "last day; leave empty when the source only says \"from\": the price then holds until the next "
                            + "price of the same component starts (or is still valid)"),
            Field.text("notes").translated().label("toelichting", "notes").means("toelichting bij de prijs", "notes on the price"),
            FieldTables.sources()),
            (fields, origin) -> new PriceLine(fields));

    public static final FieldTable<Service> TABLE = new FieldTable<>("service", Service.class, "data/services/<id>.yaml",
            "Een dienst voor lokale spelers; de bestandsnaam is de id.",
            "One file per service offered to local players; the file name is the id.", List.of(
            Field.id().means("vast: gelijk aan de bestandsnaam, wordt deel van het adres", "equal to the file name"),
            Field.text("name").required().translated().label("naam", "name").means("de naam van de dienst", "the service's name"),
            Field.text("description").required().translated().label("beschrijving", "description")
                    .means("wat de dienst doet", "what it does"),
            Field.of("launched", PARTIAL_DATE, false).label("startdatum", "launched")
                    .means("wanneer de dienst startte", "when it started").example("2019-09"),
            Field.mapping("origin_projects", LinkFields.ORIGIN_PROJECT).listed().label("projecten van herkomst", "origin projects")
                    .means("de projecten waaruit de dienst groeide, elk met zijn bronnen of onze lezing",
                            "the projects it was scaled up from, each with its sources or our reading"),
            Field.text("subscribers").required().translated().label("wie kan intekenen", "subscribers")
                    .means("wie kan intekenen", "who can subscribe").example("Openbare bibliotheken"),
            Field.code("price_model", PriceModel.class).label("prijsmodel", "price model")
                    .means("hoe de prijs bepaald wordt (leeg als de bronnen het niet zeggen)", "empty when no source says"),
            Field.text("price_note").translated().label("prijs in woorden", "price note")
                    .means("de prijs in woorden", "how the price is set, in words").example("Jaarlijks geïndexeerd"),
            Field.mapping("prices", PRICE_LINE).listed().withOneItem().label("prijzen", "prices")
                    .means("de gepubliceerde prijzen, één blok per prijs en periode", "published price lines"),
            Field.text("cooperative_terms").translated().label("coöperatieve afspraken", "cooperative terms")
                    .means("hoe wie intekent mee beslist", "how subscribers co-decide"),
            FieldTables.sources()),
            Service::new);
}
