package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        for (String formula : new String[] {"=1+1", "+32 2 123", "-5", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + formula, Cells.neutralise(formula));
        }
        assertEquals("Werking", Cells.neutralise("Werking"));
        assertEquals("", Cells.neutralise(""));
    }

    @Test
    void leavesCodesIdsAndNumbersAlone() {
        assertEquals("-5", Cells.spreadsheetText(ColumnType.ID, "-5"));
        assertEquals("'-5", Cells.spreadsheetText(ColumnType.TEXT, "-5"));
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
