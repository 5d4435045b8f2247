package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.hardening.SpreadsheetReading;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV of every table for Excel and LibreOffice with Belgian settings ({@code data/be/<table>.csv}), opened the way
 * such a spreadsheet opens it on a double-click: UTF-8 because of the byte order mark, split on semicolons, numbers
 * read with the Belgian decimal comma (a nl-BE {@link NumberFormat}), dates as {@code dd/mm/yyyy}. Every amount must
 * then be a number and every table's totals those of the standard CSV and of the workbook; every other cell the same
 * value as in the standard CSV.
 */
class BelgianCsvTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** The table as Excel or LibreOffice with nl-BE settings reads it: after the byte order mark, split on {@code ;}. */
    private static List<CSVRecord> openAsBelgianSpreadsheet(String table) throws IOException {
        byte[] bytes = Files.readAllBytes(ExportedSite.file("data/be/" + table + ".csv"));
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), table + ": UTF-8 byte order mark, so Excel does not read Windows-1252");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser csv = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return csv.getRecords();
        }
    }

    private static List<CSVRecord> standard(String table) throws IOException {
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(ExportedSite.file("data/" + table + ".csv"), StandardCharsets.UTF_8))) {
            return csv.getRecords();
        }
    }

    /** A cell as a Belgian spreadsheet reads a number: with a decimal comma, all of it, or it stays text (null here). */
    private static BigDecimal belgianNumber(String cell) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-BE"));
        format.setParseBigDecimal(true);
        ParsePosition at = new ParsePosition(0);
        Number number = format.parse(cell, at);
        return number == null || at.getIndex() != cell.length() ? null : (BigDecimal) number;
    }

    private static boolean isAmount(Column<?> column) {
        return column.type() == ColumnType.EURO || column.type() == ColumnType.UNIT_PRICE;
    }

    @Test
    void everyAmountIsANumberForABelgianSpreadsheetAndEveryTotalIsTheWorkbooksAndTheStandardCsvs() throws IOException {
        int amountColumns = 0;
        int amounts = 0;
        try (InputStream in = Files.newInputStream(ExportedSite.file("data/openboek.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (TableSpec<?> table : TableSpecs.all()) {
                List<CSVRecord> belgian = openAsBelgianSpreadsheet(table.name());
                List<CSVRecord> standard = standard(table.name());
                List<String> names = table.columns().stream().map(Column::name).toList();
                if (!belgian.isEmpty()) {
                    assertEquals(names, belgian.get(0).getParser().getHeaderNames(), table.name() + ": one column per field");
                }
                assertEquals(standard.size(), belgian.size(), table.name() + ": rows");
                Sheet sheet = workbook.getSheet(table.name());
                for (int c = 0; c < names.size(); c++) {
                    if (!isAmount(table.columns().get(c))) {
                        continue;
                    }
                    amountColumns++;
                    BigDecimal belgianTotal = BigDecimal.ZERO;
                    BigDecimal standardTotal = BigDecimal.ZERO;
                    BigDecimal workbookTotal = BigDecimal.ZERO;
                    for (int r = 0; r < belgian.size(); r++) {
                        String cell = belgian.get(r).get(c);
                        if (cell.isEmpty()) {
                            assertEquals("", standard.get(r).get(c), table.name() + " row " + (r + 1) + ": empty in both");
                            continue;
                        }
                        BigDecimal number = belgianNumber(cell);
                        assertNotNull(number, table.name() + "." + names.get(c) + " row " + (r + 1) + " is text to a Belgian spreadsheet: " + cell);
                        assertEquals(0, new BigDecimal(standard.get(r).get(c)).compareTo(number), table.name() + " row " + (r + 1));
                        belgianTotal = belgianTotal.add(number);
                        standardTotal = standardTotal.add(new BigDecimal(standard.get(r).get(c)));
                        Cell workbookCell = sheet.getRow(r + 1).getCell(c);
                        assertEquals(CellType.NUMERIC, workbookCell.getCellType(), table.name() + " row " + (r + 1) + " in the workbook");
                        workbookTotal = workbookTotal.add(BigDecimal.valueOf(workbookCell.getNumericCellValue()));
                        amounts++;
                    }
                    String what = table.name() + "." + names.get(c) + " total";
                    assertEquals(0, standardTotal.compareTo(belgianTotal), what + " of the standard CSV: " + standardTotal + " vs " + belgianTotal);
                    assertEquals(0, workbookTotal.setScale(5, RoundingMode.HALF_UP)
                            .compareTo(belgianTotal.setScale(5, RoundingMode.HALF_UP)),
                            what + " of the workbook: " + workbookTotal + " vs " + belgianTotal);
                }
            }
        }
        assertTrue(amountColumns >= 3, "subsidy amounts, project budgets and prices were checked: " + amountColumns);
        assertTrue(amounts >= 8, "amounts were read: " + amounts);
        // The shipped subsidies add up to a sum a reader can check against the site.
        BigDecimal subsidies = openAsBelgianSpreadsheet("subsidies").stream().map(r -> r.get("amount")).filter(a -> !a.isEmpty())
                .map(BelgianCsvTest::belgianNumber).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = ExportedSite.records().subsidies().stream().map(be.openboek.model.Subsidy::amount)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, expected.compareTo(subsidies), "sum of the subsidy amounts");
    }

    @Test
    void everyOtherCellHoldsTheStandardCsvsValueInBelgianForm() throws IOException {
        int dates = 0;
        for (TableSpec<?> table : TableSpecs.all()) {
            List<CSVRecord> belgian = openAsBelgianSpreadsheet(table.name());
            List<CSVRecord> standard = standard(table.name());
            for (int r = 0; r < belgian.size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    Column<?> column = table.columns().get(c);
                    String be = belgian.get(r).get(c);
                    String iso = standard.get(r).get(c);
                    String where = table.name() + "." + column.name() + " row " + (r + 1);
                    if (isAmount(column) || iso.isEmpty()) {
                        assertEquals(iso.isEmpty(), be.isEmpty(), where);
                        continue;
                    }
                    switch (column.type()) {
                        case DATE -> {
                            assertEquals(LocalDate.parse(iso), LocalDate.parse(be, BELGIAN_DATE), where);
                            dates++;
                        }
                        case DATETIME -> assertEquals(OffsetDateTime.parse(iso).atZoneSameInstant(BRUSSELS).toLocalDateTime(),
                                LocalDateTime.parse(be, DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss")), where);
                        case PARTIAL_DATE -> assertEquals(iso, iso.length() == 10 ? LocalDate.parse(be, BELGIAN_DATE).toString() : be, where);
                        default -> assertEquals(iso, be, where);
                    }
                }
            }
        }
        assertTrue(dates > 0, "the prices' dates were compared");
        String prices = new String(Files.readAllBytes(ExportedSite.file("data/be/price_lines.csv")), StandardCharsets.UTF_8);
        assertTrue(prices.contains(";0,27152;"), "a unit price as published, with a decimal comma");
        assertTrue(prices.contains(";01/01/2021;"), "a date as dd/mm/yyyy");
        int lines = openAsBelgianSpreadsheet("price_lines").size() + 1;
        assertTrue(prices.endsWith("\r\n") && prices.split("\r\n", -1).length - 1 >= lines, "CRLF line ends");
    }

    @Test
    void noCellCanBecomeAFormulaWhateverTheSpreadsheetSplitsOn() throws IOException {
        List<String> formulas = new ArrayList<>();
        int cells = 0;
        for (TableSpec<?> table : TableSpecs.all()) {
            for (CSVRecord row : openAsBelgianSpreadsheet(table.name())) {
                for (int c = 0; c < row.size(); c++) {
                    cells++;
                    String cell = row.get(c);
                    // A number may start with a sign only as a number (no negative amounts are published).
                    if (isAmount(table.columns().get(c)) && belgianNumber(cell) != null) {
                        continue;
                    }
                    SpreadsheetReading.formulas(cell).forEach(f -> formulas.add(table.name() + ": " + f));
                }
            }
            String raw = Files.readString(ExportedSite.file("data/be/" + table.name() + ".csv"), StandardCharsets.UTF_8);
            SpreadsheetReading.formulas(raw.substring(1)).forEach(f -> formulas.add(table.name() + " (raw): " + f));
        }
        assertTrue(cells > 100, "cells read: " + cells);
        assertEquals(List.of(), formulas);
    }

    @Test
    void theBelgianPackageDescribesEachBelgianFileSoThatItReadsAsTheStandardOne() throws IOException {
        JsonNode pack = JSON.readTree(ExportedSite.file("datapackage.json").toFile());
        JsonNode belgianPack = JSON.readTree(ExportedSite.file("data/be/datapackage.json").toFile());
        Map<String, JsonNode> byPath = new HashMap<>();
        pack.get("resources").forEach(r -> byPath.put(r.get("path").asText(), r));
        // The Belgian package's paths are relative to its own file in data/be/.
        belgianPack.get("resources").forEach(r -> byPath.put("data/be/" + r.get("path").asText(), r));
        assertTrue(byPath.keySet().stream().noneMatch(p -> p.startsWith("data/data/") || p.startsWith("data/be/data/")), byPath.keySet().toString());
        assertFalse(pack.toString().contains("data/be/"), "the main package, which scripts load, holds only the standard files");
        for (TableSpec<?> table : TableSpecs.all()) {
            JsonNode resource = byPath.get("data/be/" + table.name() + ".csv");
            assertNotNull(resource, table.name() + ": described in the Belgian package");
            JsonNode standardResource = byPath.get("data/" + table.name() + ".csv");
            assertEquals(",", standardResource.get("dialect").get("delimiter").asText(), "the standard resource stays as it was");
            byte[] bytes = Files.readAllBytes(ExportedSite.file("data/be/" + table.name() + ".csv"));
            assertEquals(bytes.length, resource.get("bytes").asLong(), table.name() + " bytes");
            assertEquals("sha256:" + ExportRun.sha256(bytes), resource.get("hash").asText(), table.name() + " hash");
            assertEquals(standardResource.get("name").asText(), resource.get("name").asText(), "each package names a table alike");
            assertEquals(standardResource.at("/schema/foreignKeys"), resource.at("/schema/foreignKeys"), "keys within each package");
            // Read the file as its description says: delimiter, decimal sign, date formats.
            JsonNode dialect = resource.get("dialect");
            char delimiter = dialect.get("delimiter").asText().charAt(0);
            String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
            List<CSVRecord> rows;
            try (CSVParser csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text))) {
                rows = csv.getRecords();
            }
            List<CSVRecord> standard = standard(table.name());
            JsonNode fields = resource.get("schema").get("fields");
            JsonNode standardFields = standardResource.get("schema").get("fields");
            assertEquals(standardFields.size(), fields.size());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < fields.size(); c++) {
                    String where = table.name() + "." + fields.get(c).get("name").asText() + " row " + (r + 1);
                    assertEquals(typed(standardFields.get(c), standard.get(r).get(c)), typed(fields.get(c), rows.get(r).get(c)), where);
                }
            }
        }
    }

    /** A cell typed as a Frictionless reader types it by its field descriptor (the parts our descriptors use). */
    private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");

    private static Object typed(JsonNode field, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        String format = field.path("format").asText("default");
        return switch (field.get("type").asText()) {
            case "number" -> new BigDecimal(cell.replace(field.path("decimalChar").asText("."), ".")).stripTrailingZeros();
            case "integer" -> Long.parseLong(cell);
            case "boolean" -> Boolean.parseBoolean(cell);
            case "date" -> format.equals("default") ? LocalDate.parse(cell) : LocalDate.parse(cell, strptime(format));
            // The standard file gives UTC, the Belgian one Brussels time (as its description says).
            case "datetime" -> format.equals("default") ? OffsetDateTime.parse(cell).atZoneSameInstant(BRUSSELS).toLocalDateTime()
                    : LocalDateTime.parse(cell, strptime(format));
            default -> field.get("type").asText().equals("string") ? partialDate(field, cell) : cell;
        };
    }

    /** Partial dates are strings in both files; a Belgian one known to the day is written dd/mm/yyyy. */
    private static String partialDate(JsonNode field, String cell) {
        return cell.matches("\\d{2}/\\d{2}/\\d{4}") ? LocalDate.parse(cell, BELGIAN_DATE).toString() : cell;
    }

    private static DateTimeFormatter strptime(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace("%d", "dd").replace("%m", "MM").replace("%Y", "uuuu")
                .replace("%H", "HH").replace("%M", "mm").replace("%S", "ss"));
    }

    @Test
    void theCatalogHasADistributionPerBelgianFileAndTheZipAndChecksumsHoldIt() throws IOException {
        Graph catalog = RDFDataMgr.loadGraph(ExportedSite.file("catalog.ttl").toString(), Lang.TURTLE);
        String base = ExportedSite.records().organisation().baseUrl();
        String dcat = "http://www.w3.org/ns/dcat#";
        String sums = Files.readString(ExportedSite.file("sha256sums.txt"));
        List<String> zipped = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ExportedSite.file("data/openboek.zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("data/be/")) {
                    assertArrayEquals(Files.readAllBytes(ExportedSite.file(entry.getName())), zip.readAllBytes(), entry.getName());
                    zipped.add(entry.getName());
                }
            }
        }
        for (TableSpec<?> table : TableSpecs.all()) {
            String path = "data/be/" + table.name() + ".csv";
            List<Triple> downloads = catalog.find(Node.ANY, NodeFactory.createURI(dcat + "downloadURL"), NodeFactory.createURI(base + path)).toList();
            assertEquals(1, downloads.size(), path + ": one distribution");
            Node distribution = downloads.get(0).getSubject();
            assertTrue(catalog.contains(NodeFactory.createURI(base + "datasets/#" + table.name()), NodeFactory.createURI(dcat + "distribution"),
                    distribution), path + " is a distribution of its dataset");
            assertTrue(catalog.contains(distribution, NodeFactory.createURI(dcat + "mediaType"),
                    NodeFactory.createURI("https://www.iana.org/assignments/media-types/text/csv")), path + " media type");
            String sha = ExportRun.sha256(Files.readAllBytes(ExportedSite.file(path)));
            assertTrue(catalog.contains(Node.ANY, NodeFactory.createURI("http://spdx.org/rdf/terms#checksumValue"),
                    NodeFactory.createLiteralDT(sha, org.apache.jena.datatypes.xsd.XSDDatatype.XSDhexBinary)), path + " checksum");
            assertTrue(sums.contains(sha + "  " + path + "\n"), path + " in sha256sums.txt");
            assertTrue(zipped.contains(path), path + " in the ZIP");
        }
    }

    /**
     * Where LibreOffice is installed, the real thing: Calc converts every Belgian CSV with the settings of a Belgian
     * user (separator {@code ;}, UTF-8, locale nl-BE, every column "standard", so Calc decides what is a number or a
     * date as it does on opening the file), and the result must have one column per field, every amount a number with
     * the workbook's total, every date a date with the workbook's value. Skipped where LibreOffice is absent.
     */
    @Test
    void libreOfficeWithBelgianSettingsGetsTheWorkbooksTotals(@TempDir Path tmp) throws IOException, InterruptedException {
        Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path out = Files.createDirectories(tmp.resolve("out"));
        // CSV filter options: separator 59 (;), text delimiter 34 ("), character set 76 (UTF-8), from line 1, no
        // column formats (Calc detects), language 2067 (nl-BE: decimal comma, dates day first).
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless", "--norestore", "--infilter=CSV:59,34,76,1,,2067", "--convert-to", "xlsx", "--outdir", out.toString()));
        for (TableSpec<?> table : TableSpecs.all()) {
            command.add(ExportedSite.file("data/be/" + table.name() + ".csv").toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish in 180 s");
        }
        int amounts = 0;
        int dates = 0;
        try (InputStream in = Files.newInputStream(ExportedSite.file("data/openboek.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (TableSpec<?> table : TableSpecs.all()) {
                Path converted = out.resolve(table.name() + ".xlsx");
                assertTrue(Files.isRegularFile(converted), table.name() + ": converted; " + Files.readString(tmp.resolve("soffice.log")));
                Sheet ours = workbook.getSheet(table.name());
                try (InputStream calcIn = Files.newInputStream(converted); XSSFWorkbook calc = new XSSFWorkbook(calcIn)) {
                    Sheet sheet = calc.getSheetAt(0);
                    List<String> header = new ArrayList<>();
                    sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                    assertEquals(table.columns().stream().map(Column::name).toList(), header, table.name() + ": one column per field");
                    for (int c = 0; c < table.columns().size(); c++) {
                        ColumnType type = table.columns().get(c).type();
                        if (!isAmount(table.columns().get(c)) && type != ColumnType.DATE) {
                            continue;
                        }
                        BigDecimal calcTotal = BigDecimal.ZERO;
                        BigDecimal ourTotal = BigDecimal.ZERO;
                        for (int r = 1; r <= ours.getLastRowNum(); r++) {
                            Cell expected = ours.getRow(r).getCell(c);
                            Cell actual = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
                            String where = table.name() + "." + table.columns().get(c).name() + " row " + r;
                            if (expected == null || expected.getCellType() == CellType.BLANK) {
                                assertTrue(actual == null || actual.getCellType() == CellType.BLANK, where + " is empty");
                                continue;
                            }
                            assertNotNull(actual, where);
                            assertEquals(CellType.NUMERIC, actual.getCellType(), where + " is a number to Calc, not text: " + actual);
                            if (type == ColumnType.DATE) {
                                assertEquals(expected.getLocalDateTimeCellValue(), actual.getLocalDateTimeCellValue(), where);
                                dates++;
                            } else {
                                calcTotal = calcTotal.add(BigDecimal.valueOf(actual.getNumericCellValue()));
                                ourTotal = ourTotal.add(BigDecimal.valueOf(expected.getNumericCellValue()));
                                amounts++;
                            }
                        }
                        assertEquals(0, ourTotal.setScale(5, RoundingMode.HALF_UP).compareTo(calcTotal.setScale(5, RoundingMode.HALF_UP)),
                                table.name() + "." + table.columns().get(c).name() + " total: workbook " + ourTotal + ", Calc " + calcTotal);
                    }
                }
            }
        }
        assertTrue(amounts >= 8 && dates > 0, "amounts and dates were compared: " + amounts + ", " + dates);
    }
}
