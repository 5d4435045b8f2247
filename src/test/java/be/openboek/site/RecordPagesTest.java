package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A journalist can link and cite any row: every subsidy line has a page of its own in both languages, linked from the
 * list; every row of every table (CSV, Belgian CSV, JSON) and every object of the API carries the address of the page
 * that shows it ({@code url}), API objects their own file's too ({@code api_url}), and each address leads to a file
 * (and, for an anchor, an element) of the built site; every record page, the datasets page, the catalog and the data
 * package give a ready-to-copy citation with the title, the date of the data and the address. Reads the shipped site.
 */
class RecordPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final String[] DUTCH_MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"};

    static Path site;
    static String base;
    static List<JsonNode> subsidies;

    @BeforeAll
    static void read() throws IOException {
        site = SharedSites.shipped();
        base = JSON.readTree(site.resolve("api/v1/organisation.json").toFile()).get("base_url").asText();
        subsidies = new ArrayList<>();
        JSON.readTree(site.resolve("api/v1/subsidies.json").toFile()).forEach(subsidies::add);
        assertFalse(subsidies.isEmpty());
    }

    @Test
    void everySubsidyLineHasAPageInBothLanguagesLinkedFromTheList() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (String language : List.of("", "en/")) {
            Document list = page(language + "subsidies/");
            for (JsonNode s : subsidies) {
                String id = s.get("id").asText();
                String path = language + "subsidies/" + id + "/";
                Document page = page(path);
                // The list keeps its anchor on the row and links the row to the page.
                Element row = list.getElementById(id);
                assertNotNull(row, path);
                URI listAddress = URI.create(base + language + "subsidies/");
                assertTrue(row.select("a[href]").stream().anyMatch(a -> listAddress.resolve(a.attr("href")).toString().equals(base + path)),
                        path + " is not linked from its row: " + row);
                // Its facts: the year, the amount (or the words for a missing one), the status, the purpose.
                String text = page.select("main").text();
                assertTrue(page.select("h1").text().contains(String.valueOf(s.get("year").asInt())), path);
                if (s.get("amount").isNull()) {
                    assertFalse(page.select("dl.facts .missing").isEmpty(), path);
                } else {
                    Element amount = page.selectFirst("dl.facts data.amount");
                    assertNotNull(amount, path);
                    assertEquals(s.get("amount").decimalValue().compareTo(new java.math.BigDecimal(amount.attr("value"))), 0, path);
                }
                assertTrue(text.contains(language.isEmpty() ? "Waar het geld naartoe ging" : "Where the money went"), path);
                assertTrue(text.contains(language.isEmpty() ? "koppelen deze subsidielijn niet aan projecten"
                        : "do not link this subsidy line to projects"), path);
                // Its sources as footnotes and in a list, its history.
                for (JsonNode source : s.get("sources")) {
                    assertFalse(page.select(".source-list a[href$=sources/#" + source.asText() + "]").isEmpty(), path);
                }
                assertFalse(page.select(".last-changed").isEmpty(), path);
                // Found by search engines and the other language.
                assertTrue(sitemap.contains("<loc>" + base + path + "</loc>"), path);
                assertEquals(base + "en/subsidies/" + id + "/", page.select("link[hreflang=en]").attr("href"), path);
                String other = (language.isEmpty() ? "en/" : "") + "subsidies/" + id + "/";
                assertEquals(base + other, URI.create(base + path).resolve(page.select(".lang-switch a").attr("href")).toString(), path);
            }
        }
    }

    @Test
    void everyRowOfEveryTableHasTheAddressOfAnExistingPage() throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Stream.concat(Files.list(site.resolve("data")), Files.list(site.resolve("data/be")))) {
            tables = files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".json"))
                    .filter(f -> !List.of("360giving.json", "datapackage.json").contains(f.getFileName().toString())).sorted().toList();
        }
        assertEquals(24, tables.size(), tables.toString());
        for (Path table : tables) {
            List<Map<String, String>> rows = table.toString().endsWith(".csv") ? csv(table) : json(table);
            // The change log is empty where the build has no history (a copy without .git); every other table has rows.
            assertTrue(!rows.isEmpty() || table.getFileName().toString().startsWith("changes."), table.toString());
            for (Map<String, String> row : rows) {
                String url = row.get("url");
                assertNotNull(url, table + " " + row);
                assertExists(url, table + " " + row);
            }
        }
        // A row with a page points to its own page; a row without one to its record's.
        assertEquals(base + "subsidies/2016-werking/", csv(site.resolve("data/subsidies.csv")).get(0).get("url"));
        for (Map<String, String> partner : csv(site.resolve("data/project_partners.csv"))) {
            assertTrue(partner.get("url").startsWith(base + "projects/" + partner.get("project_id") + "/"), partner.toString());
        }
        for (Map<String, String> price : csv(site.resolve("data/price_lines.csv"))) {
            assertTrue(price.get("url").startsWith(base + "services/" + price.get("service_id") + "/"), price.toString());
        }
        for (Map<String, String> source : csv(site.resolve("data/sources.csv"))) {
            assertEquals(base + "sources/#" + source.get("id"), source.get("url"));
        }
    }

    @Test
    void everyApiObjectHasTheAddressOfItsPageAndOfItself() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site.resolve("api/v1"))) {
            files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int objects = 0;
        for (Path file : files) {
            JsonNode json = JSON.readTree(file.toFile());
            List<JsonNode> records = new ArrayList<>();
            if (json.isArray()) {
                json.forEach(records::add);
            } else {
                records.add(json);
                // A single record's file is where its api_url points.
                assertEquals(base + site.relativize(file).toString().replace('\\', '/'), json.path("api_url").asText(), file.toString());
            }
            for (JsonNode record : records) {
                assertTrue(record.path("url").isTextual() && record.path("api_url").isTextual(), file + " " + record);
                assertExists(record.get("url").asText(), file.toString());
                assertExists(record.get("api_url").asText(), file.toString());
                objects++;
            }
        }
        assertTrue(objects > 2 * subsidies.size(), String.valueOf(objects));
        // A source's own web address stays, under another name.
        JsonNode source = JSON.readTree(site.resolve("api/v1/sources.json").toFile()).get(1);
        assertTrue(source.path("source_url").asText().startsWith("http"), source.toString());
    }

    @Test
    void everyRecordPageAndTheDatasetsPageGiveACitation() throws IOException {
        LocalDate dataDate = dataDate();
        for (String language : List.of("", "en/")) {
            String date = language.isEmpty() ? dataDate.getDayOfMonth() + " " + DUTCH_MONTHS[dataDate.getMonthValue() - 1] + " "
                    + dataDate.getYear() : dataDate.format(ENGLISH_DATE);
            String accessed = language.isEmpty() ? "geraadpleegd op …" : "accessed on …";
            List<String> pages = new ArrayList<>();
            for (String folder : List.of("subsidies", "projects", "services")) {
                try (Stream<Path> dirs = Files.list(site.resolve(language + folder))) {
                    dirs.filter(Files::isDirectory).sorted().forEach(d -> pages.add(language + folder + "/" + d.getFileName() + "/"));
                }
            }
            assertTrue(pages.size() > subsidies.size(), pages.toString());
            pages.add(language + "datasets/");
            for (String path : pages) {
                Document page = page(path);
                Element citation = page.selectFirst(".cite-this textarea[readonly]");
                assertNotNull(citation, path);
                assertEquals(citation.id(), page.select(".cite-this label").attr("for"), path);
                String text = citation.wholeText();
                String title = path.endsWith("datasets/") ? (language.isEmpty() ? "Open data van " : "Open data of ")
                        : page.selectFirst("h1").ownText().strip();
                assertTrue(text.contains(title), path + ": " + text + " lacks " + title);
                assertTrue(text.contains(date), path + ": " + text + " lacks " + date);
                assertTrue(text.contains(base + path), path + ": " + text);
                assertTrue(text.endsWith("(" + accessed + ")."), path + ": " + text);
                assertTrue(text.startsWith(organisation() + "."), path + ": " + text);
            }
        }
    }

    @Test
    void theCatalogAndTheDataPackageCarryTheCitation() throws IOException {
        LocalDate dataDate = dataDate();
        String dutchDate = dataDate.getDayOfMonth() + " " + DUTCH_MONTHS[dataDate.getMonthValue() - 1] + " " + dataDate.getYear();
        JsonNode pack = JSON.readTree(site.resolve("datapackage.json").toFile());
        String citation = pack.path("citation").asText();
        assertTrue(citation.contains(pack.get("title").asText()) && citation.contains(dutchDate)
                && citation.contains(base + "datasets/"), citation);

        Model catalog = ModelFactory.createDefaultModel();
        try (Reader in = Files.newBufferedReader(site.resolve("catalog.ttl"))) {
            catalog.read(in, base, "TURTLE");
        }
        List<Resource> described = new ArrayList<>(catalog.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList());
        described.addAll(catalog.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList());
        assertEquals(9, described.size());
        for (Resource subject : described) {
            List<Statement> citations = catalog.listStatements(subject, DCTerms.bibliographicCitation, (org.apache.jena.rdf.model.RDFNode) null).toList();
            assertEquals(List.of("en", "nl"), citations.stream().map(s -> s.getLanguage()).sorted().toList(), subject.toString());
            for (Statement s : citations) {
                String text = s.getString();
                String title = catalog.listStatements(subject, DCTerms.title, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                        .filter(t -> t.getLanguage().equals(s.getLanguage())).findFirst().orElseThrow().getString();
                String date = s.getLanguage().equals("nl") ? dutchDate : dataDate.format(ENGLISH_DATE);
                // A table's citation names the table (its title holds the table's name), the catalog's the data set.
                String table = subject.getURI().endsWith("#catalog") ? title : title.substring(0, title.indexOf(" — "));
                assertTrue(text.contains(date) && text.contains(base + (s.getLanguage().equals("en") ? "en/" : "") + "datasets/"),
                        subject + ": " + text);
                assertTrue(text.toLowerCase(Locale.ROOT).contains(table.toLowerCase(Locale.ROOT)), subject + ": " + text + " / " + table);
            }
        }
    }

    private static String organisation() throws IOException {
        return JSON.readTree(site.resolve("api/v1/organisation.json").toFile()).get("name").asText();
    }

    /** The data date as the data package gives it (its creation date). */
    private static LocalDate dataDate() throws IOException {
        return LocalDate.parse(JSON.readTree(site.resolve("datapackage.json").toFile()).get("created").asText().substring(0, 10));
    }

    /** An absolute address of the site leads to a file in it, and its anchor to an element of that file. */
    private static void assertExists(String url, String where) throws IOException {
        assertTrue(url.startsWith(base), where + ": " + url);
        String path = url.substring(base.length());
        String anchor = null;
        if (path.contains("#")) {
            anchor = path.substring(path.indexOf('#') + 1);
            path = path.substring(0, path.indexOf('#'));
        }
        Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.isRegularFile(file), where + ": " + url + " has no file " + file);
        if (anchor != null) {
            assertNotNull(Jsoup.parse(file.toFile(), "UTF-8").getElementById(anchor), where + ": " + url + " has no #" + anchor);
        }
    }

    private static Document page(String path) throws IOException {
        Path file = site.resolve(path + "index.html");
        assertTrue(Files.isRegularFile(file), path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        char delimiter = file.getParent().getFileName().toString().equals("be") ? ';' : ',';
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(text))) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    private static List<Map<String, String>> json(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode row : JSON.readTree(file.toFile())) {
            Map<String, String> cells = new java.util.LinkedHashMap<>();
            row.fields().forEachRemaining(e -> cells.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            rows.add(cells);
        }
        return rows;
    }
}
