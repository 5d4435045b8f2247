package be.openboek.model;

import java.util.List;

/**
 * A service offered to local players, usually scaled up from projects ({@code data/services/<id>.yaml}; its fields
 * are declared in {@code fields.ServiceFields}).
 *
 * @param fields its values
 * @param origin where the record was written
 */
public record Service(Fields fields, Origin origin) implements Identified, FieldRecord {

    public String id() {
        return fields.text("id");
    }

    public String name() {
        return fields.text("name");
    }

    /** What it does. */
    public String description() {
        return fields.text("description");
    }

    /** When it started, or null. */
    public PartialDate launched() {
        return fields.value("launched", PartialDate.class);
    }

    /** The projects it came from, each with what the link rests on. */
    public List<OriginProject> originProjects() {
        return fields.list("origin_projects", OriginProject.class);
    }

    /** The ids of the projects it came from. */
    public List<String> originProjectIds() {
        return originProjects().stream().map(Link::target).toList();
    }

    /** Who can subscribe. */
    public String subscribers() {
        return fields.text("subscribers");
    }

    /** How the price is set, or null when no source says. */
    public PriceModel priceModel() {
        return fields.value("price_model", PriceModel.class);
    }

    /** The price in words, or null. */
    public String priceNote() {
        return fields.text("price_note");
    }

    /** Published price lines. */
    public List<PriceLine> prices() {
        return fields.list("prices", PriceLine.class);
    }

    /** How subscribers co-decide, or null. */
    public String cooperativeTerms() {
        return fields.text("cooperative_terms");
    }

    /** Source ids. */
    public List<String> sources() {
        return fields.list("sources", String.class);
    }
}
