package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.model.PriceLine;
import be.openboek.model.Project;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Subsidy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every download of the shipped site read back with a reader that is not the writer (commons-csv parsing, Jackson
 * trees, Apache POI for the workbook) and compared with the YAML records: same ids, same row counts, same sums of
 * amounts to the cent.
 */
class DownloadsReadBackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per table: the ids (or keys) of its rows and the sum of its amount column, from the YAML records. */
    private record Expected(List<String> keys, BigDecimal sum, String amountColumn) {
    }

    private static Map<String, Expected> expected() {
        Site site = ExportedSite.records();
        Map<String, Expected> tables = new LinkedHashMap<>();
        tables.put("subsidies", new Expected(site.subsidies().stream().map(Subsidy::id).toList(),
                sum(site.subsidies().stream().map(Subsidy::amount).toList()), "amount"));
        tables.put("projects", new Expected(site.projects().stream().map(Project::id).toList(),
                sum(site.projects().stream().map(Project::budget).toList()), "budget"));
        List<String> partners = new ArrayList<>();
        site.projects().forEach(p -> {
            for (int i = 1; i <= p.partners().size(); i++) {
                partners.add(p.id() + "/" + i);
            }
        });
        tables.put("project_partners", new Expected(partners, null, null));
        tables.put("services", new Expected(site.services().stream().map(Service::id).toList(), null, null));
        List<String> prices = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (Service s : site.services()) {
            for (int i = 0; i < s.prices().size(); i++) {
                prices.add(s.id() + "/" + (i + 1));
                amounts.add(s.prices().get(i).amount());
            }
        }
        tables.put("price_lines", new Expected(prices, sum(amounts), "amount"));
        tables.put("sources", new Expected(site.sources().stream().map(be.openboek.model.Source::id).toList(), null, null));
        return tables;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String key(String table, Map<String, String> row) {
        return switch (table) {
            case "project_partners" -> row.get("project_id") + "/" + row.get("position");
            case "price_lines" -> row.get("service_id") + "/" + row.get("position");
            default -> row.get("id");
        };
    }

    private static void check(String format, String table, List<Map<String, String>> rows) {
        Expected want = expected().get(table);
        assertEquals(want.keys().size(), rows.size(), format + " " + table + ": row count");
        assertEquals(want.keys(), rows.stream().map(r -> key(table, r)).toList(), format + " " + table + ": ids");
        if (want.amountColumn() != null) {
            BigDecimal got = rows.stream().map(r -> r.get(want.amountColumn())).filter(v -> v != null && !v.isEmpty())
                    .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, want.sum().compareTo(got), format + " " + table + ": sum " + got + " should be " + want.sum());
            assertEquals(want.sum().setScale(2, java.math.RoundingMode.HALF_UP), got.setScale(2, java.math.RoundingMode.HALF_UP),
                    format + " " + table + ": sum to the cent");
        }
    }

    @Test
    void csvFilesHoldEveryRecordWithTheSameAmounts() throws IOException {
        for (String table : expected().keySet()) {
            byte[] bytes = Files.readAllBytes(ExportedSite.file("data/" + table + ".csv"));
            assertFalse(new String(bytes, StandardCharsets.UTF_8).startsWith("\uFEFF"), "no byte order mark");
            try (Reader in = Files.newBufferedReader(ExportedSite.file("data/" + table + ".csv"), StandardCharsets.UTF_8);
                    CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (CSVRecord record : csv) {
                    rows.add(record.toMap());
                }
                check("CSV", table, rows);
            }
        }
        String subsidies = Files.readString(ExportedSite.file("data/subsidies.csv"));
        assertTrue(subsidies.contains(",3916000.00,"), "euro with two decimals, dot, no grouping");
        assertTrue(subsidies.contains("\r\n"), "RFC 4180 line ends");
        assertTrue(Files.readString(ExportedSite.file("data/price_lines.csv")).contains(",0.27152,"), "unit price as published");
    }

    @Test
    void jsonFilesHoldEveryRecordWithTheSameAmounts() throws IOException {
        for (String table : expected().keySet()) {
            JsonNode array = JSON.readTree(ExportedSite.file("data/" + table + ".json").toFile());
            assertTrue(array.isArray(), table + ".json is an array");
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode object : array) {
                Map<String, String> row = new LinkedHashMap<>();
                object.properties().forEach(e -> row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
                rows.add(row);
            }
            check("JSON", table, rows);
        }
        assertTrue(Files.readString(ExportedSite.file("data/subsidies.json")).contains("\"amount\": 3916000.00"), "plain decimal");
    }

    @Test
    void workbookHasAnExplanationSheetAndASheetPerTable() throws IOException {
        try (InputStream in = Files.newInputStream(ExportedSite.file("data/openboek.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals("toelichting", workbook.getSheetName(0));
            String explanation = text(workbook.getSheetAt(0));
            assertTrue(explanation.contains("Modellicentie Gratis Hergebruik"), "licence on the first sheet");
            assertTrue(explanation.contains("valid_from"), "columns explained on the first sheet");
            for (String table : expected().keySet()) {
                Sheet sheet = workbook.getSheet(table);
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
                List<Map<String, String>> rows = new ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        values.put(header.get(c), value(row.getCell(c)));
                    }
                    rows.add(values);
                }
                check("XLSX", table, rows);
            }
            Cell amount = workbook.getSheet("subsidies").getRow(1).getCell(2);
            assertEquals(CellType.NUMERIC, amount.getCellType(), "amounts are numbers in the workbook");
        }
    }

    private static String value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(cell.getNumericCellValue()).setScale(5, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                            .toPlainString().replaceAll("\\.0+$", "");
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
    }

    private static String text(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        sheet.forEach(row -> row.forEach(c -> out.append(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "").append('\t')));
        return out.toString();
    }

    @Test
    void zipHoldsTheDataFilesAndTheDataPackageByteForByte() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ExportedSite.file("data/openboek.zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertArrayEquals(Files.readAllBytes(ExportedSite.file(entry.getName())), zip.readAllBytes(), entry.getName());
            }
        }
        assertTrue(names.contains("datapackage.json"));
        for (String table : expected().keySet()) {
            assertTrue(names.contains("data/" + table + ".csv"), table + ".csv in the zip");
            assertTrue(names.contains("data/" + table + ".json"), table + ".json in the zip");
        }
        assertTrue(names.contains("data/openboek.xlsx"));
    }

    @Test
    void givingPackageHasEveryPublishedAmount() throws IOException {
        JsonNode grants = JSON.readTree(ExportedSite.file("data/360giving.json").toFile()).get("grants");
        List<Subsidy> withAmount = ExportedSite.records().subsidies().stream().filter(s -> s.amount() != null).toList();
        assertEquals(withAmount.size(), grants.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode grant : grants) {
            sum = sum.add(grant.get("amountAwarded").decimalValue());
            assertEquals("EUR", grant.get("currency").asText());
        }
        assertEquals(0, sum(withAmount.stream().map(Subsidy::amount).toList()).compareTo(sum), "sum of amountAwarded");
    }

    @Test
    void apiHasAListAndAFilePerRecord() throws IOException {
        Site site = ExportedSite.records();
        JsonNode projects = JSON.readTree(ExportedSite.file("api/v1/projects.json").toFile());
        assertEquals(site.projects().stream().map(Project::id).toList(), projects.findValuesAsText("id").stream()
                .filter(id -> site.project(id).isPresent()).toList());
        for (Project p : site.projects()) {
            JsonNode one = JSON.readTree(ExportedSite.file("api/v1/projects/" + p.id() + ".json").toFile());
            assertEquals(p.title(), one.get("title").asText());
            // Dates as ISO text with only the known parts (2017, 2017-05, 2017-05-15), not an object with zeros.
            if (p.period() != null && p.period().start() != null) {
                assertEquals(p.period().start().iso(), one.get("period").get("start").asText(), p.id() + " start");
            }
        }
        for (Service s : site.services()) {
            JsonNode one = JSON.readTree(ExportedSite.file("api/v1/services/" + s.id() + ".json").toFile());
            BigDecimal api = BigDecimal.ZERO;
            for (JsonNode price : one.get("prices")) {
                api = price.get("amount").isNull() ? api : api.add(price.get("amount").decimalValue());
            }
            assertEquals(0, sum(s.prices().stream().map(PriceLine::amount).toList()).compareTo(api), s.id() + " prices");
        }
        for (String type : List.of("subsidies", "services", "sources", "calls", "questions")) {
            assertTrue(Files.isRegularFile(ExportedSite.file("api/v1/" + type + ".json")), type);
        }
    }
}
