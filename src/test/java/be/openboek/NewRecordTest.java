package be.openboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code openboek new}: a record with every field, that validates once the empty fields are filled in. */
class NewRecordTest {

    @Test
    void aNewProjectNamesItsEmptyFieldsAndValidatesOnceFilledIn(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp);
        TestProject.Run made = project.run("new", "project", "voorleesbus");
        assertEquals(0, made.exitCode(), made.err());
        assertTrue(made.out().contains("Created data/projects/voorleesbus.yaml"), made.out());
        assertTrue(Files.readString(project.path("data/projects/voorleesbus.yaml"), StandardCharsets.UTF_8).startsWith(
                "# yaml-language-server: $schema=../../docs/schemas/project.schema.json\n"),
                "editors find the record's JSON Schema");

        TestProject.Run unfilled = project.run("validate");
        assertEquals(1, unfilled.exitCode());
        assertEquals(java.util.List.of(
                "data/projects/voorleesbus.yaml:5:7: title: required field \"title\" is empty",
                "  hint: fill in a value"), unfilled.problemLines().subList(0, 2));
        for (String field : new String[] {"title", "status", "objective", "sources"}) {
            assertTrue(unfilled.err().contains("voorleesbus.yaml") && unfilled.err().contains(field + ":"), field);
        }

        fill(project.path("data/projects/voorleesbus.yaml"), Map.of("title", "Voorleesbus", "status", "experiment",
                "objective", "Voorlezen op het marktplein.", "sources", "[vraag-2018]"));
        TestProject.Run filled = project.run("validate");
        assertEquals(0, filled.exitCode(), filled.err());
    }

    @Test
    void aNewServiceHasAPriceBlockToFillIn(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp);
        assertEquals(0, project.run("new", "service", "voorleesbus-dienst").exitCode());
        String text = Files.readString(project.path("data/services/voorleesbus-dienst.yaml"), StandardCharsets.UTF_8);
        for (String field : new String[] {"id", "name", "description", "launched", "origin_projects", "subscribers", "price_model",
            "price_note", "prices", "component", "amount", "unit", "vat_included", "valid_from", "valid_to", "notes", "cooperative_terms"}) {
            assertTrue(text.matches("(?s).*\\n\\s*(- )?" + field + ":[^\\n]*# [^\\n]+\\n.*"), field + " with a comment");
        }
        assertEquals(1, project.run("validate").exitCode());

        fill(project.path("data/services/voorleesbus-dienst.yaml"), Map.of("name", "Voorleesbus", "description", "Een bus die voorleest.",
                "subscribers", "Gemeenten", "component", "Basis", "amount", "0.12", "unit", "per_year", "valid_from", "2024-01-01",
                "sources", "[prijzen-pagina]"));
        TestProject.Run filled = project.run("validate");
        assertEquals(0, filled.exitCode(), filled.err());
    }

    @Test
    void aNewSubsidyIsAddedToTheListKeepingTheFilesComments(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp);
        Path file = project.path("data/subsidies.yaml");
        Files.writeString(file, "# Onze subsidies.\n" + Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        TestProject.Run made = project.run("new", "subsidy", "2019-werking");
        assertEquals(0, made.exitCode(), made.err());

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Onze subsidies.\nsubsidies:\n  - id: 2016-werking"), "the file's comment stays");
        assertTrue(text.contains("\n  - id: 2019-werking"), text);
        assertTrue(text.contains("\n    year: 2019 "), "the year is taken from the id");
        assertEquals(1, project.run("validate").exitCode());

        fill(file, Map.of("status", "granted", "purpose", "Werking", "funder", "Vlaamse overheid", "recipient", "Proefhuis",
                "sources", "[vraag-2018]"));
        TestProject.Run filled = project.run("validate");
        assertEquals(0, filled.exitCode(), filled.err());
        assertTrue(filled.out().contains("4 subsidies"), filled.out());
    }

    @Test
    void refusesAnIdThatIsTakenOrNotASlug(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp);
        String subsidies = Files.readString(project.path("data/subsidies.yaml"), StandardCharsets.UTF_8);

        TestProject.Run taken = project.run("new", "project", "leesspel");
        assertEquals(1, taken.exitCode());
        assertEquals("data/projects/leesspel.yaml: a project with the id \"leesspel\" already exists", taken.err().lines().findFirst().orElseThrow());

        TestProject.Run takenSubsidy = project.run("new", "subsidy", "2017-werking");
        assertEquals(1, takenSubsidy.exitCode());
        assertTrue(takenSubsidy.err().contains("a subsidy with the id \"2017-werking\" already exists"), takenSubsidy.err());
        assertEquals(subsidies, Files.readString(project.path("data/subsidies.yaml"), StandardCharsets.UTF_8));

        TestProject.Run notSlug = project.run("new", "project", "Mijn Project");
        assertEquals(1, notSlug.exitCode());
        assertTrue(notSlug.err().contains("\"Mijn Project\" is not a valid id"), notSlug.err());
        assertTrue(notSlug.err().contains("hint: for example: mijn-project"), notSlug.err());
        assertTrue(Files.notExists(project.path("data/projects/Mijn Project.yaml")));

        assertEquals(2, project.run("new", "budget", "x").exitCode(), "unknown type is wrong usage");
    }

    @Test
    void printsTheSubsidyWhenTheFileCannotBeAppendedSafely(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp);
        project.write("""
                -- data/subsidies.yaml --
                subsidies: [{id: 2016-werking, year: 2016, status: granted, purpose: Werking, funder: V, recipient: P, sources: [vraag-2018]}]
                """);
        String before = Files.readString(project.path("data/subsidies.yaml"), StandardCharsets.UTF_8);
        TestProject.Run run = project.run("new", "subsidy", "2019-werking");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("- id: 2019-werking"), run.out());
        assertTrue(run.err().contains("paste the item printed above"), run.err());
        assertEquals(before, Files.readString(project.path("data/subsidies.yaml"), StandardCharsets.UTF_8), "nothing written");
    }

    /** Fills every empty {@code field:} of each name, as staff would, keeping the comment. */
    private static void fill(Path file, Map<String, String> values) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : values.entrySet()) {
            String before = text;
            text = text.replaceAll("(?m)^(\\s*(?:- )?" + e.getKey() + ":)(?: \\[\\])?(\\s+#)", "$1 " + java.util.regex.Matcher.quoteReplacement(e.getValue()) + "$2");
            assertTrue(!before.equals(text), "placeholder for " + e.getKey());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
