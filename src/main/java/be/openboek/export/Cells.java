package be.openboek.export;

import be.openboek.text.ControlCharacters;
import java.math.BigDecimal;

/** Cells as plain machine text, and what a spreadsheet cell gets: no control characters, no formulas. */
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

    /**
     * The text of a cell as it goes into a spreadsheet (CSV or XLSX): text is neutralised against formulas (see
     * {@link Formulas}); control characters, which only the git history can still bring (record values are checked
     * when read), become U+FFFD.
     */
    static String spreadsheetText(ColumnType type, Object value) {
        String text = ControlCharacters.replaced(text(value));
        if (!type.isText()) {
            return text;
        }
        return type == ColumnType.URL ? Formulas.neutraliseAddress(text) : Formulas.neutralise(text);
    }
}
