package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relation between records that no source states is marked as our reading wherever it appears: on the pages of both
 * records, in the lists, on the home page's questions, in both languages, and in the datasets and the API; a
 * relation a source states carries that source's footnote instead. One build of the fixture in which the service's
 * origin project is our reading, the project's call is sourced, and a question's answering page is our reading.
 */
class LinkProvenanceTest {

    private static final String ORIGIN_NL = "Het spel en de dienst dragen dezelfde naam.";
    private static final String ORIGIN_EN = "The game and the service have the same name.";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/services/leesspel-dienst.yaml --
                id: leesspel-dienst
                name: Leesspel voor bibliotheken
                description: Het leesspel als dienst.
                launched: "2019"
                origin_projects:
                  - project: leesspel
                    our_reading: %s
                    our_reading_en: %s
                subscribers: Openbare bibliotheken
                price_model: per_inhabitant
                prices:
                  - component: Basis
                    amount: 0.24
                    unit: per_inhabitant_per_year
                    valid_from: 2019-01-01
                    sources: [prijzen-pagina]
                sources: [prijzen-pagina]
                -- data/projects/leesspel.yaml --
                id: leesspel
                title: Leesspel
                call:
                  call: oproep-2016
                  sources: [vraag-2018]
                status: scaled_up
                objective: Kinderen kiezen boeken met een spel.
                sources: [vraag-2018]
                """.formatted(ORIGIN_NL, ORIGIN_EN));
        site = tmp.resolve("site");
        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** The text of the element, with runs of white space made one space. */
    private static String text(Element element) {
        return element.text().replaceAll("\\s+", " ");
    }

    @Test
    void servicePageMarksItsOriginProjectAsOurReadingWithTheReason() throws IOException {
        Element origin = page("services/leesspel-dienst/index.html").getElementById("herkomst");
        assertTrue(text(origin).contains("Leesspel (onze lezing)"), text(origin));
        assertTrue(text(origin).contains("Geen bron legt dit verband; wij leggen het omdat: " + ORIGIN_NL), text(origin));
        assertTrue(origin.select(".cite").isEmpty(), "no footnote claims a source for it: " + origin);

        Element chain = page("services/leesspel-dienst/index.html").selectFirst("ol.chain");
        assertTrue(text(chain).contains("Project: Leesspel (onze lezing)"), text(chain));

        Element english = page("en/services/leesspel-dienst/index.html").getElementById("herkomst");
        assertTrue(text(english).contains("(our reading)"), text(english));
        assertTrue(text(english).contains(ORIGIN_EN), "the English reason: " + text(english));
        assertFalse(text(english).contains(ORIGIN_NL), text(english));
    }

    @Test
    void projectPageMarksTheServiceItLedToAsOurReadingAndCitesItsCall() throws IOException {
        Document project = page("projects/leesspel/index.html");
        Element services = project.getElementById("diensten").nextElementSibling();
        assertTrue(text(services).contains("Leesspel voor bibliotheken (onze lezing)"), text(services));
        assertTrue(text(services).contains(ORIGIN_NL), text(services));
        assertTrue(text(project.selectFirst("ol.chain")).contains("Dienst: Leesspel voor bibliotheken (onze lezing)"),
                text(project.selectFirst("ol.chain")));

        Element call = project.select("dl.facts dt").stream().filter(dt -> dt.text().equals("Projectoproep")).findFirst()
                .orElseThrow().nextElementSibling();
        assertEquals("[1]", call.select(".cite a").text(), "the call's source as a footnote: " + call);
        assertEquals("../../sources/vraag-2018/", call.select(".cite a").attr("href"));
        assertTrue(call.select(".our-reading").isEmpty(), call.toString());

        Element english = page("en/projects/leesspel/index.html").getElementById("diensten").nextElementSibling();
        assertTrue(text(english).contains("(our reading)") && text(english).contains(ORIGIN_EN), text(english));
    }

    @Test
    void listsMarkTheLinkToo() throws IOException {
        Element row = page("services/index.html").selectFirst("tbody tr");
        assertTrue(text(row).contains("Leesspel (onze lezing)"), text(row));
        Element englishRow = page("en/services/index.html").selectFirst("tbody tr");
        assertTrue(text(englishRow).contains("(our reading)"), text(englishRow));

        Element projectRow = page("projects/index.html").select("tbody tr").stream()
                .filter(tr -> tr.text().contains("Leesspel")).findFirst().orElseThrow();
        assertFalse(projectRow.select(".cite a[href=../sources/vraag-2018/]").isEmpty(), "the call is sourced: " + projectRow);
    }

    @Test
    void homePageSaysWhatEachAnsweringPageRestsOn() throws IOException {
        Element question = page("index.html").getElementById("diensten");
        List<String> items = question.select("ul.answers li").eachText();
        assertEquals(3, items.size(), items.toString());
        assertTrue(items.get(0).startsWith("Diensten [1]"), items.get(0));
        assertTrue(items.get(2).startsWith("Leesspel (onze lezing)"), items.get(2));
        assertTrue(text(page("en/index.html").getElementById("diensten")).contains("(our reading)"));
    }

    @Test
    void datasetsAndApiSayWhatEachLinkRestsOn() throws IOException {
        List<CSVRecord> links = csv("data/links.csv");
        CSVRecord origin = links.stream().filter(r -> r.get("field").equals("origin_projects")).findFirst().orElseThrow();
        assertEquals(List.of("service", "leesspel-dienst", "1", "leesspel", "our_reading", "", ORIGIN_NL, ORIGIN_EN),
                List.of(origin.get("record_type"), origin.get("record_id"), origin.get("position"), origin.get("target"),
                        origin.get("basis"), origin.get("sources"), origin.get("our_reading"), origin.get("our_reading_en")));
        CSVRecord call = links.stream().filter(r -> r.get("field").equals("call")).findFirst().orElseThrow();
        assertEquals(List.of("leesspel", "oproep-2016", "source", "vraag-2018"),
                List.of(call.get("record_id"), call.get("target"), call.get("basis"), call.get("sources")));
        assertEquals(1 + 1 + 4, links.size(), "one call, one origin project, four answering pages");

        assertEquals("our_reading", csv("data/services.csv").get(0).get("origin_basis"));
        assertEquals("source", csv("data/projects.csv").stream().filter(r -> r.get("id").equals("leesspel")).findFirst()
                .orElseThrow().get("call_basis"));

        ObjectMapper json = new ObjectMapper();
        JsonNode service = json.readTree(site.resolve("api/v1/services/leesspel-dienst.json").toFile());
        assertEquals("our_reading", service.at("/origin_projects/0/basis").asText());
        assertEquals(ORIGIN_NL, service.at("/origin_projects/0/our_reading").asText());

        JsonNode pkg = json.readTree(site.resolve("datapackage.json").toFile());
        JsonNode resource = null;
        for (JsonNode r : pkg.get("resources")) {
            if (r.get("name").asText().equals("links")) {
                resource = r;
            }
        }
        assertTrue(resource != null, "the data package describes the links table");
        List<String> fields = new ArrayList<>();
        resource.at("/schema/fields").forEach(f -> fields.add(f.get("name").asText()));
        assertTrue(fields.containsAll(List.of("basis", "sources", "our_reading")), fields.toString());
        String catalog = Files.readString(site.resolve("catalog.ttl"), StandardCharsets.UTF_8);
        assertTrue(catalog.contains("datasets/#links-csv>"), "the catalog lists the links table's CSV");
    }

    private static List<CSVRecord> csv(String path) throws IOException {
        try (Reader in = Files.newBufferedReader(site.resolve(path), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
