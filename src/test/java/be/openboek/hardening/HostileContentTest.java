package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose records and pages are full of attacks (script elements, event handlers, javascript: and data:
 * links, raw HTML, spreadsheet formulas) is built end to end; no page, API file, CSV, workbook or JSON-LD block
 * may carry them in an executable form, and plain-text fields must show them as text.
 */
class HostileContentTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String HANDLER = "<img src=x onerror=alert(2)>";
    static final String CLOSE_SCRIPT = "</script><script>alert(3)</script><!--";
    static final String FORMULA = "=HYPERLINK(\"https://evil.example/\",\"klik\")";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/organisation.yaml --
                name: 'Proefhuis %3$s'
                legal_form: vzw
                founded: 2016-07-01
                website: https://proefhuis.example/
                contact: 'javascript:alert(4)'
                description: |
                  Tekst %1$s en %2$s.

                  <div onclick="alert(5)" style="position:fixed">rauw</div>
                  <iframe src="https://evil.example/"></iframe><svg onload=alert(6)></svg>

                  [klik](javascript:alert(7)) [klak](JaVaScRiPt:alert(8)) [data](data:text/html;base64,PHNjcmlwdD4=)
                  [entiteit](&#106;avascript:alert(9)) <a href="vbscript:msgbox(10)">vb</a>
                licence:
                  name: 'Licentie %1$s'
                  url: https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0
                base_url: https://open.proefhuis.example/
                -- data/subsidies.yaml --
                subsidies:
                  - id: 2016-werking
                    year: 2016
                    amount: 1200000
                    status: granted
                    purpose: '%4$s'
                    funder: '%1$s'
                    recipient: '%2$s'
                    notes: '%3$s @SUM(1+1) -1+2'
                    sources: [vraag-2018]
                -- data/projects/streaming.yaml --
                id: streaming
                title: 'Streamen %1$s'
                status: experiment
                objective: '%2$s'
                results: '+cmd|calc'
                partners:
                  - name: '%4$s'
                    role: partner
                description: |
                  # Kop %1$s

                  <script src="https://evil.example/x.js"></script>
                  <p style="color:red" onmouseover="alert(11)">rauw</p>

                  [klik](javascript:alert(12)) ![beeld](data:image/svg+xml;base64,PHN2Zz4=)
                sources: [vraag-2018]
                -- content/about.md --
                ---
                title: Over %1$s
                ---
                <script>alert(13)</script><form action="javascript:alert(14)"><button>x</button></form>

                [link](javascript:alert(15)) <a href="data:text/html,x" onclick="alert(16)">d</a>
                """.formatted(SCRIPT, HANDLER, CLOSE_SCRIPT, FORMULA));
        site = tmp.resolve("site");
        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
    }

    static List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void noPageHoldsExecutableMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> pages = files(".html");
        assertTrue(pages.size() > 5, "pages were built");
        for (Path page : pages) {
            found.addAll(executableMarkup(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)), site.relativize(page).toString()));
        }
        assertEquals(List.of(), found);
    }

    /**
     * Script elements (except JSON-LD data), event handlers, frames, styles and links with a dangerous scheme. The
     * templates' own markup is allowed: our scripts from assets/ (empty, deferred), the charts' SVG and the search
     * form; what is inside them is checked like everything else.
     */
    static List<String> executableMarkup(Document doc, String where) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName();
            boolean ourScript = tag.equals("script") && e.attr("src").matches("(\\.\\./)*assets/[a-z]+\\.js") && e.data().isEmpty()
                    && e.parent() != null && e.parent().tagName().equals("head");
            boolean ourChart = tag.equals("svg") && e.className().equals("chart") && e.parent() != null
                    && e.parent().className().equals("chart-scroll");
            boolean ourSearch = tag.equals("form") && e.hasAttr("data-search") && e.attr("action").equals("./");
            if (tag.equals("script") && !ourScript && !(e.attr("type").equals("application/ld+json") && !e.hasAttr("src"))) {
                found.add(where + ": <script>");
            }
            if (List.of("iframe", "frame", "object", "embed", "svg", "style", "form", "base", "math", "foreignobject").contains(tag)
                    && !ourChart && !ourSearch) {
                found.add(where + ": <" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    found.add(where + ": <" + tag + " " + name + ">");
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    found.add(where + ": <" + tag + " " + name + "=\"" + a.getValue() + "\">");
                }
            }
        }
        return found;
    }

    @Test
    void theCheckFindsWhatItShould() {
        Document doc = Jsoup.parse("<p onclick=x>a</p><a href=' JaVaScRiPt:x'>b</a><script>x</script>"
                + "<script type=application/ld+json>{}</script><div style=x></div><iframe></iframe>");
        assertEquals(5, executableMarkup(doc, "t").size(), executableMarkup(doc, "t").toString());
        Document ours = Jsoup.parse("<head><script src=../assets/lists.js defer></script></head><body><div class=chart-scroll>"
                + "<svg class=chart><text>x</text></svg></div><form data-search action=./></form>"
                + "<div class=chart-scroll><svg class=chart><script>x</script><foreignObject></foreignObject></svg></div>"
                + "<svg class=chart></svg><script src=https://elders.example/assets/x.js></script></body>");
        assertEquals(4, executableMarkup(ours, "t").size(), executableMarkup(ours, "t").toString());
    }

    @Test
    void plainTextFieldsShowTheAttackAsText() throws IOException {
        Document subsidies = Jsoup.parse(Files.readString(site.resolve("subsidies/index.html"), StandardCharsets.UTF_8));
        assertTrue(subsidies.text().contains(SCRIPT), "the funder is shown as text");
        assertTrue(subsidies.text().contains(FORMULA), "a formula is just text on a page");
        Document project = Jsoup.parse(Files.readString(site.resolve("projects/streaming/index.html"), StandardCharsets.UTF_8));
        assertTrue(project.text().contains(HANDLER), "the objective is shown as text");
        assertTrue(project.select("h1, h2").text().contains("Kop"), "Markdown around the attack is kept");
        Document home = Jsoup.parse(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
        assertTrue(home.select("footer").text().contains("javascript:alert(4)"), "an unsafe contact is text, not a link");
        assertTrue(home.text().contains("rauw"), "the text inside removed raw HTML stays");
    }

    @Test
    void jsonLdInPagesCannotEndItsScriptElement() throws IOException {
        int blocks = 0;
        ObjectMapper json = new ObjectMapper();
        for (Path page : files(".html")) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            for (Element script : doc.select("script[type=application/ld+json]")) {
                blocks++;
                String data = script.data();
                assertFalse(data.contains("<"), page + ": no raw < in JSON-LD");
                JsonNode tree = json.readTree(data);
                assertTrue(tree.toString().contains(CLOSE_SCRIPT), page + ": the organisation name survives as data");
            }
        }
        assertTrue(blocks > 0, "the datasets page has JSON-LD");
    }

    @Test
    void theApiAndJsonDownloadsCarryTheTextAsData() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode subsidy = json.readTree(site.resolve("api/v1/subsidies/2016-werking.json").toFile());
        assertTrue(subsidy.toString().contains(json.writeValueAsString(SCRIPT)), subsidy.toString());
        JsonNode rows = json.readTree(site.resolve("data/subsidies.json").toFile());
        assertEquals(FORMULA, rows.get(0).get("purpose").asText(), "JSON keeps the exact text: it is never evaluated");
        for (Path file : files(".json")) {
            json.readTree(file.toFile());
        }
    }

    @Test
    void csvCellsNeverStartAFormula() throws IOException {
        List<String> formulas = new ArrayList<>();
        int cells = 0;
        for (Path csv : files(".csv")) {
            // The standard CSV splits on commas; the one for Belgian spreadsheets (data/be/) on semicolons, after its BOM.
            boolean belgian = csv.getParent().getFileName().toString().equals("be");
            String text = Files.readString(csv, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
            try (Reader in = new StringReader(text); CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(belgian ? ';' : ',')
                    .setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                for (CSVRecord row : parser) {
                    for (String value : row) {
                        cells++;
                        if (isFormula(value)) {
                            formulas.add(site.relativize(csv) + ": " + value);
                        }
                    }
                }
            }
        }
        assertTrue(cells > 0);
        assertEquals(List.of(), formulas);
        String subsidies = Files.readString(site.resolve("data/subsidies.csv"), StandardCharsets.UTF_8);
        assertTrue(subsidies.contains("'=HYPERLINK("), "neutralised with a leading quote");
        String belgian = Files.readString(site.resolve("data/be/subsidies.csv"), StandardCharsets.UTF_8);
        assertTrue(belgian.contains("'=HYPERLINK("), "the Belgian CSV too");
    }

    @Test
    void theWorkbookHasNoFormulaCells() throws IOException {
        List<String> formulas = new ArrayList<>();
        boolean sawHyperlinkText = false;
        try (InputStream in = Files.newInputStream(site.resolve("data/openboek.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + cell.getCellFormula());
                        } else if (cell.getCellType() == CellType.STRING) {
                            String value = cell.getStringCellValue();
                            sawHyperlinkText |= value.equals("'" + FORMULA);
                            if (isFormula(value)) {
                                formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + value);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), formulas);
        assertTrue(sawHyperlinkText, "the formula is kept as neutralised text");
    }

    /** A text a spreadsheet would evaluate; a plain number like -1 or +2 is not text. */
    static boolean isFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
