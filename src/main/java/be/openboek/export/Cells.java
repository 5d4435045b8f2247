package be.openboek.export;

import java.math.BigDecimal;

/** Cells as plain machine text, and the guard against spreadsheet formula injection. */
final class Cells {

    private Cells() {
    }

    /** The machine form of a cell: {@code 3916000.00}, {@code 0.27152}, {@code 2020-09-17}, {@code true}; empty for null. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value.toString();
    }

    /** The text of a cell as it goes into a spreadsheet (CSV or XLSX): free text is neutralised. */
    static String spreadsheetText(ColumnType type, Object value) {
        String text = text(value);
        return type.isFreeText() ? neutralise(text) : text;
    }

    /**
     * Prefixes text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR)
     * with a {@code '}, so a cell like {@code =HYPERLINK(...)} is shown as text, not evaluated.
     */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
