package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that becomes a formula once a spreadsheet splits a CSV line its own way (a Belgian Excel on semicolons, a
 * tab, a space), starts after spaces, or uses the full-width signs: no CSV cell and no workbook cell may become a
 * formula, whatever the reader splits on. Text is quoted in CSV; numbers, amounts and dates stay plain. The same holds
 * for the CSV files for Belgian spreadsheets ({@code data/be/}), read with their semicolon.
 */
class SpreadsheetFormulaTest {

    /** Columns that hold numbers, amounts, dates or booleans: plain machine values, never quoted. */
    static final Set<String> PLAIN = Set.of("year", "amount", "budget", "position", "vat_included", "valid_from", "valid_to",
            "date", "date_approximate", "launched", "period_start", "period_end", "time");

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/subsidies.yaml --
                subsidies:
                  - id: 2016-werking
                    year: 2016
                    amount: 1200000
                    status: granted
                    purpose: "Bieblo;=1+1"
                    funder: " =1+1"
                    recipient: "\\t=cmd"
                    notes: "Werking\\t-2+3, a,@SUM(A1)|+1 en \uFF1D1+1 of \uFF20A1"
                    sources: [vraag-2018]
                -- data/projects/streaming.yaml --
                id: streaming
                title: "Proj;\uFF0B1"
                status: experiment
                objective: "regel\\n=1+1"
                results: "a -1+2 en 2016 - 2020"
                themes: ["=cmd", lezen]
                sources: [vraag-2018]
                -- data/sources.yaml --
                sources:
                  - id: vraag-2018
                    title: "x\\r\\n+cmd"
                    kind: parliamentary-question
                    date: "2018"
                    publisher: Vlaams Parlement
                    url: https://evil.example/a;=HYPERLINK(1)
                  - id: prijzen-pagina
                    title: Wat kost de dienst?
                    kind: web-page
                    date: 2021-03-04
                    publisher: Proefhuis
                    url: https://proefhuis.example/prijzen
                """);
        site = tmp.resolve("site");
        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
    }

    /** The standard CSV files, {@code data/<table>.csv}. */
    static List<Path> csvFiles() throws IOException {
        return csvFiles(site.resolve("data"));
    }

    /** The CSV files for Excel and LibreOffice with Belgian settings, {@code data/be/<table>.csv}. */
    static List<Path> belgianCsvFiles() throws IOException {
        return csvFiles(site.resolve("data/be"));
    }

    /** Both kinds. */
    static List<Path> allCsvFiles() throws IOException {
        List<Path> all = new ArrayList<>(csvFiles());
        all.addAll(belgianCsvFiles());
        return all;
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static boolean isBelgian(Path csv) {
        return csv.getParent().getFileName().toString().equals("be");
    }

    /** The text of a CSV file as a spreadsheet reads it: a Belgian file's byte order mark is no part of it. */
    static String content(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        return isBelgian(csv) && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The rows of a CSV file, split on its own separator (a comma, or a semicolon in a Belgian file). */
    static List<CSVRecord> rows(Path csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(isBelgian(csv) ? ';' : ',').setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(content(csv)))) {
            return parser.getRecords();
        }
    }

    @Test
    void neutralisesEveryTriggerASplitCouldPutAtTheStartOfACell() throws IOException {
        neutralisesEveryTrigger(site.resolve("data"));
    }

    @Test
    void theBelgianCsvNeutralisesTheSameTriggers() throws IOException {
        neutralisesEveryTrigger(site.resolve("data/be"));
    }

    private static void neutralisesEveryTrigger(Path folder) throws IOException {
        CSVRecord subsidy = rows(folder.resolve("subsidies.csv")).get(0);
        assertEquals("Bieblo;'=1+1", subsidy.get("purpose"), "after a semicolon");
        assertEquals(" '=1+1", subsidy.get("funder"), "after leading whitespace");
        assertEquals("'\t'=cmd", subsidy.get("recipient"), "a leading tab and what follows it");
        assertEquals("Werking\t'-2+3, a,'@SUM(A1)|'+1 en '\uFF1D1+1 of '\uFF20A1", subsidy.get("notes"),
                "after a tab, a comma and a bar; full-width signs");
        CSVRecord project = rows(folder.resolve("projects.csv")).stream().filter(r -> r.get("id").equals("streaming"))
                .findFirst().orElseThrow();
        assertEquals("Proj;'\uFF0B1", project.get("title"));
        assertEquals("regel\n'=1+1", project.get("objective"), "after a line break");
        assertEquals("a '-1+2 en 2016 - 2020", project.get("results"), "a word after a space; a dash between spaces stays");
        assertEquals("'=cmd;lezen", project.get("themes"));
        CSVRecord source = rows(folder.resolve("sources.csv")).get(0);
        assertEquals("https://evil.example/a;'=HYPERLINK(1)", source.get("source_url"));

        JsonNode json = new ObjectMapper().readTree(site.resolve("data/subsidies.json").toFile());
        assertEquals("Bieblo;=1+1", json.get(0).get("purpose").asText(), "JSON keeps the text as written");
    }

    @Test
    void noCsvCellBecomesAFormulaWhateverTheReaderSplitsOn() throws IOException {
        List<String> formulas = new ArrayList<>();
        List<Path> files = allCsvFiles();
        assertTrue(files.size() >= 14 && belgianCsvFiles().size() == csvFiles().size(), "both kinds of every table: " + files);
        for (Path csv : files) {
            String name = site.relativize(csv).toString();
            for (CSVRecord row : rows(csv)) {
                for (String value : row) {
                    SpreadsheetReading.formulas(value).forEach(f -> formulas.add(name + ": " + f));
                }
            }
            // A reader that ignores the quotes splits the raw text anywhere.
            SpreadsheetReading.formulas(content(csv)).forEach(f -> formulas.add(name + " (raw): " + f));
        }
        assertEquals(List.of(), formulas);
    }

    @Test
    void quotesEveryTextFieldAndLeavesNumbersAndDatesPlain() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path csv : allCsvFiles()) {
            String text = content(csv);
            List<CSVRecord> rows = rows(csv);
            for (int r = 0; r < rows.size(); r++) {
                CSVRecord row = rows.get(r);
                int at = (int) row.getCharacterPosition();
                List<String> names = row.getParser().getHeaderNames();
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    String quoted = "\"" + value.replace("\"", "\"\"") + "\"";
                    boolean isQuoted = text.startsWith(quoted, at);
                    boolean plain = PLAIN.contains(names.get(c));
                    if (!value.isEmpty() && isQuoted == plain) {
                        wrong.add(site.relativize(csv) + " row " + (r + 1) + " " + names.get(c) + (plain ? " is quoted: " : " is not quoted: ") + value);
                    }
                    at += isQuoted ? quoted.length() : value.length();
                    at++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(Files.readString(site.resolve("data/subsidies.csv")).contains("\"2016-werking\",2016,1200000.00,\"granted\","));
        assertTrue(Files.readString(site.resolve("data/be/subsidies.csv")).contains("\"2016-werking\";2016;1200000,00;\"granted\";"));
    }

    @Test
    void theWorkbookHoldsTheSameNeutralisedTextAndNoFormula() throws IOException {
        Map<String, List<CSVRecord>> tables = new LinkedHashMap<>();
        for (Path csv : csvFiles()) {
            tables.put(csv.getFileName().toString().replace(".csv", ""), rows(csv));
        }
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        try (InputStream in = Files.newInputStream(site.resolve("data/openboek.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            wrong.add(sheet.getSheetName() + "!" + cell.getAddress() + " is a formula: " + cell.getCellFormula());
                        } else if (cell.getCellType() == CellType.STRING) {
                            SpreadsheetReading.formulas(cell.getStringCellValue())
                                    .forEach(f -> wrong.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + f));
                        }
                    }
                }
            }
            for (var table : tables.entrySet()) {
                Sheet sheet = book.getSheet(table.getKey());
                for (int r = 0; r < table.getValue().size(); r++) {
                    CSVRecord csvRow = table.getValue().get(r);
                    List<String> names = csvRow.getParser().getHeaderNames();
                    for (int c = 0; c < csvRow.size(); c++) {
                        if (csvRow.get(c).isEmpty() || PLAIN.contains(names.get(c))) {
                            continue;
                        }
                        Cell cell = sheet.getRow(r + 1).getCell(c);
                        compared++;
                        if (cell.getCellType() != CellType.STRING || !cell.getStringCellValue().equals(csvRow.get(c))) {
                            wrong.add(table.getKey() + "!" + cell.getAddress() + ": expected the text " + csvRow.get(c) + ", found " + cell);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(compared > 20, "text cells were read back: " + compared);
    }
}
