package be.openboek.fields;

import static be.openboek.fields.ValueKind.DATE;
import static be.openboek.fields.ValueKind.ENTERPRISE_NUMBER;
import static be.openboek.fields.ValueKind.SITE_URL;
import static be.openboek.fields.ValueKind.URL;

import be.openboek.model.Licence;
import be.openboek.model.Organisation;
import java.util.List;

/** The fields of {@code data/organisation.yaml}. */
public final class OrganisationFields {

    private OrganisationFields() {
    }

    /** The organisation's {@code licence}. */
    public static final FieldTable<Licence> LICENCE = new FieldTable<>("licence", Licence.class, "", "De licentie van de gegevens.",
            "The licence of the published data.", List.of(
            Field.text("name").required().label("naam", "name")
                    .means("de naam van de licentie", "the licence's name").example("Modellicentie Gratis Hergebruik v1.0"),
            Field.of("url", URL, true).label("adres", "address")
                    .means("het adres van de licentie", "the licence's address")
                    .example("https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0")),
            (fields, origin) -> new Licence(fields));

    public static final FieldTable<Organisation> TABLE = new FieldTable<>("organisation", Organisation.class, "data/organisation.yaml",
            "De organisatie waarover de site verantwoording aflegt.",
            "The organisation whose public money the site accounts for. One mapping.", List.of(
            Field.text("name").required().label("naam", "name")
                    .means("de naam van de organisatie", "name of the organisation").example("Cultuurconnect"),
            Field.text("legal_form").label("rechtsvorm", "legal form").means("de rechtsvorm", "legal form").example("vzw"),
            Field.of("enterprise_number", ENTERPRISE_NUMBER, false).label("ondernemingsnummer", "enterprise number")
                    .means("het ondernemingsnummer (KBO)", "enterprise number (KBO)").example("0123.456.789"),
            Field.of("founded", DATE, true).label("oprichting", "founded")
                    .means("de datum waarop de organisatie werd opgericht", "date the organisation was founded").example("2016-07-01"),
            Field.text("predecessors").listed().label("voorgangers", "predecessors")
                    .means("de organisaties waaruit ze ontstond", "organisations it was formed from").example("[Bibnet vzw, LOCUS vzw]"),
            Field.of("website", URL, true).label("website", "website")
                    .means("de eigen website van de organisatie", "the organisation's own website").example("https://www.cultuurconnect.be/"),
            Field.text("contact").label("contact", "contact")
                    .means("e-mailadres of webadres voor vragen over de gegevens en foutmeldingen (voettekst, \"Fout melden\", "
                            + "contactpunt van de catalogus); weglaten als er geen gepubliceerd is",
                            "e-mail address or http(s) address for questions about the data and error reports (footer, \"Report an "
                            + "error\", the catalog's contact point); leave out when none is published"),
            Field.markdown("description").label("beschrijving", "description")
                    .means("korte inleiding op de startpagina", "short introduction shown on the home page"),
            Field.mapping("licence", LICENCE).required().label("licentie", "licence")
                    .means("de licentie van de gepubliceerde gegevens", "default licence of the published data"),
            Field.of("base_url", SITE_URL, true).label("adres van de site", "address of the site")
                    .means("waar de site gepubliceerd wordt, eindigend op /", "where the site is published, ending in /")
                    .example("https://openboek.cultuurconnect.be/"),
            Field.markdown("description_en").label("beschrijving in het Engels", "description in English")
                    .means("dezelfde inleiding in het Engels, voor de Engelse site (zonder ze toont die het Nederlands)",
                            "the same introduction in English, for the English home page (without it, the Dutch is shown)")),
            (fields, origin) -> new Organisation(fields));
}
