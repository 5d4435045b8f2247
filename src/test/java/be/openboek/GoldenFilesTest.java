package be.openboek;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@link GoldenFiles} finds what comparing files as text would miss, and ignores how a workbook is packed. */
class GoldenFilesTest {

    @Test
    void bytesThatReadAsTheSameTextDiffer() {
        // Both are invalid UTF-8: read as text, each becomes one replacement character.
        byte[] expected = {'a', (byte) 0xFF};
        byte[] actual = {'a', (byte) 0xFE};
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertThrows(AssertionError.class, () -> GoldenFiles.assertSameContent("data/x.csv", expected, actual));
    }

    @Test
    void aWorkbookIsComparedByItsCellValues() throws IOException {
        byte[] one = workbook("3916000", 3_916_000);
        assertDoesNotThrow(() -> GoldenFiles.assertSameContent("data/x.xlsx", one, workbook("3916000", 3_916_000)));
        assertThrows(AssertionError.class, () -> GoldenFiles.assertSameContent("data/x.xlsx", one, workbook("3916000", 3_916_001)));
        assertThrows(AssertionError.class, () -> GoldenFiles.assertSameContent("data/x.xlsx", one, workbook("3.916.000", 3_916_000)));
    }

    @Test
    void anArchiveIsComparedByItsEntryNamesAndTheirContent() throws IOException {
        byte[] zip = zip(Map.of("data/a.csv", "a,b\r\n"));
        assertDoesNotThrow(() -> GoldenFiles.assertSameContent("data/x.zip", zip, zip(Map.of("data/a.csv", "a,b\r\n"))));
        assertThrows(AssertionError.class, () -> GoldenFiles.assertSameContent("data/x.zip", zip, zip(Map.of("data/b.csv", "a,b\r\n"))));
        assertThrows(AssertionError.class, () -> GoldenFiles.assertSameContent("data/x.zip", zip, zip(Map.of("data/a.csv", "a,b\n"))));
    }

    private static byte[] workbook(String text, double number) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("subsidies").createRow(0);
            row.createCell(0).setCellValue(text);
            row.createCell(1).setCellValue(number);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
