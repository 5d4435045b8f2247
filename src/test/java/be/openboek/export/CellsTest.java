package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        for (String formula : new String[] {"=1+1", "+32 2 123", "-5", "@SUM(A1)", "\tx", "\rx", "\nx"}) {
            assertEquals("'" + formula, Cells.spreadsheetText(ColumnType.TEXT, formula));
        }
        assertEquals("Werking", Cells.spreadsheetText(ColumnType.TEXT, "Werking"));
        assertEquals("", Cells.spreadsheetText(ColumnType.TEXT, ""));
    }

    @Test
    void neutralisesTextInEveryTextColumnButLeavesNumbersAndDatesAlone() {
        assertEquals("'-5", Cells.spreadsheetText(ColumnType.ID, "-5"), "an id from an old version of a record is checked too");
        assertEquals("2016-werking", Cells.spreadsheetText(ColumnType.ID, "2016-werking"));
        assertEquals("'-5", Cells.spreadsheetText(ColumnType.TEXT, "-5"));
        assertEquals("2017-02", Cells.spreadsheetText(ColumnType.PARTIAL_DATE, "2017-02"));
        assertEquals("2024-02-01T11:00:00+01:00", Cells.spreadsheetText(ColumnType.DATETIME, "2024-02-01T11:00:00+01:00"));
    }

    @Test
    void replacesControlCharacters() {
        assertEquals("a\uFFFDb\tc", Cells.spreadsheetText(ColumnType.TEXT, "a\u0001b\tc"));
        assertEquals("a\uFFFDb", Cells.spreadsheetText(ColumnType.CODE, "a\u009Bb"));
    }

    @Test
    void writesPlainMachineValues() {
        assertEquals("3916000.00", Cells.text(new BigDecimal("3916000.00")));
        assertEquals("0.27152", Cells.text(new BigDecimal("0.27152")));
        assertEquals("10000000", Cells.text(new BigDecimal("1E+7")));
        assertEquals("2020-09-17", Cells.text(LocalDate.of(2020, 9, 17)));
        assertEquals("", Cells.text(null));
    }
}
