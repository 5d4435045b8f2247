package be.openboek.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The organisation that publishes the site and whose public money it accounts for ({@code data/organisation.yaml};
 * its fields are declared in {@code fields.OrganisationFields}).
 *
 * @param fields its values
 */
public record Organisation(Fields fields) implements FieldRecord {

    public String name() {
        return fields.text("name");
    }

    /** Legal form (e.g. vzw), or null. */
    public String legalForm() {
        return fields.text("legal_form");
    }

    /** KBO number, or null when not given. */
    public String enterpriseNumber() {
        return fields.text("enterprise_number");
    }

    public LocalDate founded() {
        return fields.value("founded", LocalDate.class);
    }

    /** Organisations it was formed from. */
    public List<String> predecessors() {
        return fields.list("predecessors", String.class);
    }

    /** Its own website. */
    public String website() {
        return fields.text("website");
    }

    /** E-mail address or URL for questions about the data, or null. */
    public String contact() {
        return fields.text("contact");
    }

    /** Markdown introduction, or null. */
    public String description() {
        return fields.text("description");
    }

    /** Default licence of the data. */
    public Licence licence() {
        return fields.value("licence", Licence.class);
    }

    /** Where the site is published, ending in a slash. */
    public String baseUrl() {
        return fields.text("base_url");
    }
}
