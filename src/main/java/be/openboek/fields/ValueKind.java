package be.openboek.fields;

/**
 * What a field holds and so how it is written in YAML. The loader reads and checks each kind in one way, the JSON
 * Schemas and docs/records.md describe it in one way.
 */
public enum ValueKind {
    /** Any text on one line or several. */
    TEXT("text"),
    /** Text in Markdown, usually a YAML block string ({@code |}). */
    MARKDOWN("markdown"),
    /** The record's own id: a slug (see {@link Slug}). */
    ID("id"),
    /** The id of another record; {@link Field#refersTo()} names its type. */
    REF("ref"),
    /** An ISO date {@code YYYY-MM-DD}. */
    DATE("date"),
    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    PARTIAL_DATE("partial date"),
    /** A year from 1900 to 2100, four digits. */
    YEAR("year"),
    /** A whole number, 0 or more. */
    WHOLE_NUMBER("whole number"),
    /** Euro with at most 2 decimals, a dot for decimals, no thousands separator. */
    EURO("euro"),
    /** A price in euro with at most 5 decimals, kept as published. */
    UNIT_PRICE("unit price"),
    /** An absolute http(s) address. */
    URL("url"),
    /** An absolute http(s) address ending in {@code /}: where the site is published. */
    SITE_URL("url ending in /"),
    /** A Belgian enterprise number (KBO) written {@code 0123.456.789}. */
    ENTERPRISE_NUMBER("enterprise number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true/false"),
    /** One of the codes of {@link Field#codes()}. */
    CODE("code"),
    /** A page of the site: {@code subsidies}, {@code projects}, {@code services}, {@code sources} or {@code <type>/<id>}. */
    PAGE("page"),
    /** A mapping with fields of its own, declared by {@link Field#mapping()}. */
    MAPPING("mapping"),
    /** A Markdown file under content/ whose text becomes the value of {@link Field#into()}. */
    MARKDOWN_FILE("path in content/");

    private final String docName;

    ValueKind(String docName) {
        this.docName = docName;
    }

    /** How docs/records.md names the kind. */
    public String docName() {
        return docName;
    }
}
