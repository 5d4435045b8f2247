package be.openboek.export;

/**
 * The kind of value a column holds, with its Frictionless Table Schema type. Cells are plain machine values:
 * euro amounts with two decimals ({@code 3916000.00}), unit prices as published ({@code 0.27152}), ISO dates.
 */
public enum ColumnType {
    /** Free text written by staff. */
    TEXT("string", "tekst"),
    /** A record id (a slug) or a list of them. */
    ID("string", "id"),
    /** A fixed code such as {@code paid}. */
    CODE("string", "code"),
    /** An absolute http(s) address. */
    URL("string", "webadres"),
    INTEGER("integer", "geheel getal"),
    /** Euro with exactly two decimals. */
    EURO("number", "bedrag in euro"),
    /** Euro with the precision it was published with. */
    UNIT_PRICE("number", "eenheidsprijs in euro"),
    BOOLEAN("boolean", "true/false"),
    DATE("date", "datum (JJJJ-MM-DD)"),
    /** A moment with its offset, ISO 8601: {@code 2026-11-25T14:03:00+01:00}. */
    DATETIME("datetime", "datum en tijd (ISO 8601)"),
    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: as precise as the source. */
    PARTIAL_DATE("string", "datum (JJJJ, JJJJ-MM of JJJJ-MM-DD)");

    private final String tableSchemaType;
    private final String label;

    ColumnType(String tableSchemaType, String label) {
        this.tableSchemaType = tableSchemaType;
        this.label = label;
    }

    /** The Frictionless Table Schema field type. */
    public String tableSchemaType() {
        return tableSchemaType;
    }

    /** How the type is named in Dutch on the datasets page and in the workbook. */
    public String label() {
        return label;
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
