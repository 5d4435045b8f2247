package be.openboek.fields;

/**
 * What a field holds and so how it is written in YAML. The loader reads and checks each kind in one way, the JSON
 * Schemas and docs/records.md describe it in one way.
 */
public enum ValueKind {
    /** Any text on one line or several. */
    TEXT("text",
            "any YAML string; quote it when it contains `: ` or starts with a special character",
            "`title: De mobiele arcadehal`"),
    /** Text in Markdown, usually a YAML block string ({@code |}). */
    MARKDOWN("markdown",
            "a YAML block string (`|`) holding Markdown",
            "`description: |` then indented lines"),
    /** The record's own id: a slug (see {@link Slug}). */
    ID("id",
            "a slug: lowercase letters a-z, digits and single hyphens (`" + Slug.REGEX + "`), at most " + Slug.MAX_LENGTH + " characters",
            "`ebook-pilot`"),
    /** The id of another record; {@link Field#refersTo()} names its type. */
    REF("ref",
            "the id of a record of type T, written ref(T)",
            "`sources: [vraag-2018]`"),
    /** An ISO date {@code YYYY-MM-DD}. */
    DATE("date",
            "ISO date `YYYY-MM-DD`",
            "`launched: 2020-09-17`"),
    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    PARTIAL_DATE("partial date",
            "`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (quote `\"2017-02\"`)",
            "`start: \"2017-02\"`"),
    /** A year from 1900 to 2100, four digits. */
    YEAR("year",
            "four digits, from 1900 to 2100",
            "`year: 2017`"),
    /** A whole number, 0 or more. */
    WHOLE_NUMBER("whole number",
            "a whole number, 0 or more, without quotes",
            "`number: 3`"),
    /** Euro with at most 2 decimals, a dot for decimals, no thousands separator. */
    EURO("euro",
            "an amount in euro with a dot as decimal separator and at most 2 decimals, no thousands separator, no `€`",
            "`amount: 3916000` or `3916000.50`"),
    /** A price in euro with at most 5 decimals, kept as published. */
    UNIT_PRICE("unit price",
            "like euro, with up to 5 decimals, kept exactly as published",
            "`amount: 0.27152`"),
    /** An absolute http(s) address. */
    URL("url",
            "an absolute `http(s)://` address",
            "`url: https://www.cultuurconnect.be/`"),
    /** An absolute http(s) address ending in {@code /}: where the site is published. */
    SITE_URL("url ending in /",
            "an absolute `http(s)://` address ending in `/`",
            "`base_url: https://openboek.cultuurconnect.be/`"),
    /** A Belgian enterprise number (KBO) written {@code 0123.456.789}. */
    ENTERPRISE_NUMBER("enterprise number",
            "ten digits written `0123.456.789`, in quotes",
            "`enterprise_number: \"0123.456.789\"`"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true/false",
            "`true` or `false`",
            "`vat_included: true`"),
    /** One of the codes of {@link Field#codes()}. */
    CODE("code",
            "one of the codes listed with the field",
            "`status: granted`"),
    /** A page of the site: {@code subsidies}, {@code projects}, {@code services}, {@code sources} or {@code <type>/<id>}. */
    PAGE("page",
            "`subsidies`, `projects`, `services`, `sources` or `<type>/<id>`",
            "`page: projects/bieblo`"),
    /** A mapping with fields of its own, declared by {@link Field#mapping()}. */
    MAPPING("mapping",
            "`key: value` lines indented under the field, for the fields listed with it",
            "`period:` then `  start: 2017`"),
    /** A Markdown file under content/ whose text becomes the value of {@link Field#into()}. */
    MARKDOWN_FILE("path in content/",
            "a Markdown file, relative to `content/`",
            "`description_file: projects/bieblo.md`");

    private final String docName;
    private final String writtenAs;
    private final String example;

    ValueKind(String docName, String writtenAs, String example) {
        this.docName = docName;
        this.writtenAs = writtenAs;
        this.example = example;
    }

    /** How a value of the kind is written, for docs/records.md. */
    public String writtenAs() {
        return writtenAs;
    }

    /** A field of the kind as written in a record, for docs/records.md. */
    public String example() {
        return example;
    }

    /** How docs/records.md names the kind. */
    public String docName() {
        return docName;
    }
}
