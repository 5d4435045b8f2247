package be.openboek.export;

/**
 * The kind of value a column holds, with its Frictionless Table Schema type (its name in words is in the message
 * bundles: {@link DataDictionary#type}). Cells are plain machine values:
 * euro amounts with two decimals ({@code 3916000.00}), unit prices as published ({@code 0.27152}), ISO dates.
 */
public enum ColumnType {
    /** Free text written by staff. */
    TEXT("string"),
    /** A record id (a slug) or a list of them. */
    ID("string"),
    /** A fixed code such as {@code paid}. */
    CODE("string"),
    /** An absolute http(s) address. */
    URL("string"),
    INTEGER("integer"),
    /** Euro with exactly two decimals. */
    EURO("number"),
    /** Euro with the precision it was published with. */
    UNIT_PRICE("number"),
    BOOLEAN("boolean"),
    DATE("date"),
    /** A moment with its offset, ISO 8601: {@code 2026-11-25T14:03:00+01:00}. */
    DATETIME("datetime"),
    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: as precise as the source. */
    PARTIAL_DATE("string");

    private final String tableSchemaType;

    ColumnType(String tableSchemaType) {
        this.tableSchemaType = tableSchemaType;
    }

    /** The Frictionless Table Schema field type. */
    public String tableSchemaType() {
        return tableSchemaType;
    }

    /**
     * Whether a value of this type is text: quoted in CSV and neutralised against formulas in CSV and XLSX (see
     * {@link Formulas}). Ids and codes are checked too although a valid one never needs it: those of the changes table
     * come from old versions of the records, which nothing checked.
     */
    boolean isText() {
        return this == TEXT || this == ID || this == CODE || this == URL;
    }
}
