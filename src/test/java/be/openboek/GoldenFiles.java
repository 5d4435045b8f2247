package be.openboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How a built file is compared with its golden file: a workbook by its sheets and cell values (the writer may change
 * how it packs them), a ZIP archive by its entry names and then each entry by these same rules, and every other file
 * byte for byte (text files are shown as text when they differ, so the failure reads as a diff).
 */
final class GoldenFiles {

    private GoldenFiles() {
    }

    /** Fails when {@code actual} is not what {@code expected} holds, naming {@code file}. */
    static void assertSameContent(String file, byte[] expected, byte[] actual) {
        String hint = file + " differs from the golden file (refresh with -Dgolden.update=true after an intended change)";
        if (file.endsWith(".xlsx")) {
            assertEquals(cells(expected), cells(actual), hint + ": cell values");
        } else if (file.endsWith(".zip")) {
            Map<String, byte[]> want = entries(expected);
            Map<String, byte[]> got = entries(actual);
            assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), hint + ": the entries and their order");
            want.forEach((name, bytes) -> assertSameContent(file + "!" + name, bytes, got.get(name)));
        } else if (!Arrays.equals(expected, actual)) {
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), hint);
            fail(hint + ": the bytes differ where the text (read as UTF-8) does not");
        }
    }

    /** Every cell that holds something, as {@code sheet!A1 TYPE value}, sheet by sheet in workbook order. */
    static List<String> cells(byte[] xlsx) {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                cells.add("sheet " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = switch (cell.getCellType()) {
                            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
                            case STRING -> cell.getStringCellValue();
                            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                            case FORMULA -> "=" + cell.getCellFormula();
                            default -> null;
                        };
                        if (value != null) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " " + value);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** The entries of a ZIP archive with their bytes, in archive order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new AssertionError("the archive holds " + entry.getName() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
