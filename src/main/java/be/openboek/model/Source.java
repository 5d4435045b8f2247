package be.openboek.model;

/**
 * A document that figures come from (an item of {@code data/sources.yaml}; its fields are declared in
 * {@code fields.SourceFields}).
 *
 * @param fields its values
 * @param origin where the record was written
 */
public record Source(Fields fields, Origin origin) implements Identified, FieldRecord {

    public String id() {
        return fields.text("id");
    }

    /** Title of the document or page. */
    public String title() {
        return fields.text("title");
    }

    /** Whether {@link #title()} is our description of the document rather than the title it was published under. */
    public boolean titleDescriptive() {
        return Boolean.TRUE.equals(fields.value("title_descriptive", Boolean.class));
    }

    /** A published title stays as it is on every page; its translation is shown beside it. */
    @Override
    public boolean keptAsPublished(String field) {
        return field.equals("title") && !titleDescriptive();
    }

    public SourceKind kind() {
        return fields.value("kind", SourceKind.class);
    }

    /** Date of the document, or null. */
    public PartialDate date() {
        return fields.value("date", PartialDate.class);
    }

    /** Whether {@link #date()} is an estimate. */
    public boolean dateApproximate() {
        return Boolean.TRUE.equals(fields.value("date_approximate", Boolean.class));
    }

    public String publisher() {
        return fields.text("publisher");
    }

    /** Where to read it, or null. */
    public String url() {
        return fields.text("url");
    }

    /** What it says that matters here, or null. */
    public String notes() {
        return fields.text("notes");
    }
}
