package be.openboek.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files made from the field tables and committed for editors and readers (docs/schemas/, the field tables in
 * docs/records.md) are the ones the tables make now. After changing a table, refresh them with
 * {@code mvn test -Dtest=GeneratedFilesTest -Dgolden.update=true}; the refresh refuses to run when {@code CI} is set.
 */
class GeneratedFilesTest {

    private static final Path SCHEMAS = TestProject.REPO.resolve("docs/schemas");
    private static final Path RECORDS = TestProject.REPO.resolve("docs/records.md");

    @Test
    void theCommittedSchemasAreTheOnesTheFieldTablesMake() throws IOException {
        Map<String, ObjectNode> schemas = JsonSchemas.all();
        if (refreshing()) {
            Files.createDirectories(SCHEMAS);
            for (Map.Entry<String, ObjectNode> schema : schemas.entrySet()) {
                Files.writeString(SCHEMAS.resolve(schema.getKey()), json(schema.getValue()), StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertEquals(new TreeSet<>(schemas.keySet()), new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()),
                    "the files in docs/schemas");
        }
        for (Map.Entry<String, ObjectNode> schema : schemas.entrySet()) {
            assertEquals(json(schema.getValue()), Files.readString(SCHEMAS.resolve(schema.getKey()), StandardCharsets.UTF_8),
                    "docs/schemas/" + schema.getKey() + " is stale: refresh it with -Dgolden.update=true");
        }
    }

    @Test
    void theFieldTablesInTheRecordsDocAreTheOnesTheFieldTablesMake() throws IOException {
        String doc = Files.readString(RECORDS, StandardCharsets.UTF_8);
        if (refreshing()) {
            doc = RecordsDoc.replaceIn(doc);
            Files.writeString(RECORDS, doc, StandardCharsets.UTF_8);
        }
        assertTrue(doc.contains(RecordsDoc.text()), "docs/records.md is stale: refresh it with -Dgolden.update=true");
    }

    private static boolean refreshing() {
        if (Boolean.getBoolean("golden.update")) {
            assertTrue(System.getenv("CI") == null, "generated files are never refreshed in CI");
            return true;
        }
        return false;
    }

    /** Two-space indents and a final line break, as editors keep JSON. */
    private static String json(ObjectNode schema) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    }
}
