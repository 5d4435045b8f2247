package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped record file tells editors (yaml-language-server) where its JSON Schema is, and the schema is there. */
class SchemaPointersTest {

    private static final String PREFIX = "# yaml-language-server: $schema=";

    @Test
    void everyShippedRecordFilePointsToItsSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestProject.REPO.resolve("data"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the shipped records");
        for (Path file : files) {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            assertTrue(first.startsWith(PREFIX), file + " starts with the schema comment");
            Path schema = file.getParent().resolve(first.substring(PREFIX.length())).normalize();
            assertTrue(Files.isRegularFile(schema), file + " points to an existing schema: " + schema);
            String kind = file.getParent().getFileName().toString();
            String expected = switch (kind) {
                case "projects" -> "project.schema.json";
                case "services" -> "service.schema.json";
                default -> file.getFileName().toString().replace(".yaml", ".schema.json");
            };
            assertEquals(expected, schema.getFileName().toString(), file.toString());
        }
    }
}
