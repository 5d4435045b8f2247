package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small whole sites that check what the shipped data does not exercise. */
class FixtureExportTest {

    @Test
    void neutralisesFormulasInCsvAndXlsxButNotInJson(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("p")).write("""
                -- data/subsidies.yaml --
                subsidies:
                  - id: 2016-werking
                    year: 2016
                    amount: 1200000
                    status: granted
                    purpose: "=HYPERLINK(\\"https://evil.example\\")"
                    funder: "@Vlaamse overheid"
                    recipient: Proefhuis
                    sources: [vraag-2018]
                """);
        Path site = tmp.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        String csv = Files.readString(site.resolve("data/subsidies.csv"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\""), csv);
        assertTrue(csv.contains(",\"'@Vlaamse overheid\","), csv);
        try (InputStream in = Files.newInputStream(site.resolve("data/openboek.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("'=HYPERLINK(\"https://evil.example\")", wb.getSheet("subsidies").getRow(1).getCell(4).getStringCellValue());
        }
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/subsidies.json").toFile());
        assertEquals("=HYPERLINK(\"https://evil.example\")", json.get(0).get("purpose").asText(), "JSON keeps the text as written");
    }

    @Test
    void identifiesThePublisherByItsEnterpriseNumberWhenKnown() throws IOException {
        Path site = SharedSites.fixture();
        JsonNode grant = new ObjectMapper().readTree(site.resolve("data/360giving.json").toFile()).get("grants").get(0);
        assertEquals("BE-BCE_KBO-0123456789", grant.get("recipientOrganization").get(0).get("id").asText());
        assertEquals("360G-proefhuis.example-vlaamse-overheid", grant.get("fundingOrganization").get(0).get("id").asText());
    }

    @Test
    void datasetsPageListsEveryTableWithItsFilesAndEmbedsSafeJsonLd(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("p")).write("""
                -- data/sources.yaml --
                sources:
                  - id: vraag-2018
                    title: "Stand van zaken </script><script>alert(1)</script>"
                    kind: parliamentary-question
                    date: "2018"
                    publisher: Vlaams Parlement
                  - id: prijzen-pagina
                    title: Wat kost de dienst?
                    kind: web-page
                    date: 2021-03-04
                    publisher: Proefhuis
                    url: https://proefhuis.example/prijzen
                """);
        Path site = tmp.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        String page = Files.readString(site.resolve("datasets/index.html"));
        for (TableSpec<?> table : TableSpecs.all()) {
            assertTrue(page.contains("id=\"" + table.name() + "\""), table.name());
            assertTrue(page.contains("href=\"../data/" + table.name() + ".csv\""), table.name() + ".csv");
        }
        assertTrue(page.contains("<script type=\"application/ld+json\">"), "schema.org JSON-LD");
        String script = page.substring(page.indexOf("application/ld+json\">"), page.indexOf("</script>"));
        assertFalse(script.contains("<"), "no markup inside the JSON-LD");
        assertFalse(page.contains("<script>alert"), "example rows are escaped");
        assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"datasets/\""), "reachable from the home page");
    }

    @Test
    void usesTheNewestSourceDateAsTheDataDate() throws IOException {
        Path site = SharedSites.fixture();
        assertTrue(Files.readString(site.resolve("catalog.ttl")).matches("(?s).*dct:modified\\s+\"2021-03-04\"\\^\\^xsd:date.*"));
    }
}
