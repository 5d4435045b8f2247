package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.fields.JsonSchemas;
import be.openboek.testing.Prerequisites;
import be.openboek.testing.TestProject;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * datapackage.json and the 360Giving package against the official JSON Schemas in the standards folder
 * ({@link Prerequisites#standards()}), and the records against our own published schemas (which need no standards
 * folder), offline: every schema is registered under the address it is referred to by.
 */
class MetadataValidationTest {

    private static List<Error> validate(String schemaUrl, Map<String, String> schemas, SpecificationVersion version, String json,
            InputFormat format) {
        // Formats are asserted, as the 360Giving and Frictionless validators do (2020-12 only annotates them by default).
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(version, b -> b.schemas(schemas)
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema schema = registry.getSchema(SchemaLocation.of(schemaUrl));
        return schema.validate(json, format);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    /** The main package, and the Belgian CSV files' own package beside them. */
    @ParameterizedTest
    @ValueSource(strings = {"datapackage.json", "data/be/datapackage.json"})
    void dataPackageIsValidAgainstTheFrictionlessProfile(String path) throws IOException {
        // Frictionless Data Package v2 profile (JSON Schema draft-07); v2 descriptors are also read by v1 tools.
        String url = "https://datapackage.org/profiles/2.0/datapackage.json";
        String profile = read(Prerequisites.standards().resolve("frictionless/2.0/datapackage.json"));
        List<Error> errors = validate(url, Map.of(url, profile), SpecificationVersion.DRAFT_7,
                read(ExportedSite.file(path)), InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void givingPackageIsValidAgainstThe360GivingSchema() throws IOException {
        assertEquals(List.of(), givingErrors(read(ExportedSite.file("data/360giving.json"))));
    }

    /** What the 360Giving package schema (with the grant schema it refers to) finds wrong in {@code json}. */
    static List<String> givingErrors(String json) throws IOException {
        String packageUrl = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";
        // The package schema refers to the grant schema by its 1.4.2 address: serve the local copy there.
        String grantUrl = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";
        Path dir = Prerequisites.standards().resolve("360giving");
        List<Error> errors = validate(packageUrl, Map.of(packageUrl, read(dir.resolve("360-giving-package-schema.json")),
                grantUrl, read(dir.resolve("360-giving-schema.json"))), SpecificationVersion.DRAFT_2020_12, json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    /**
     * For tests outside this class: {@code json} is a valid 360Giving package. Without the standards folder the calling
     * test is skipped here, as every test that needs it ({@link Prerequisites#standards()}): call this last.
     */
    static void assertValid360Giving(String json) throws IOException {
        assertEquals(List.of(), givingErrors(json));
    }

    @Test
    void shippedAndFixtureRecordsAreValidAgainstThePublishedSchemas() throws IOException {
        for (Path root : List.of(TestProject.REPO, TestProject.FIXTURE)) {
            Path data = root.resolve("data");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(data)) {
                files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            }
            assertTrue(files.size() >= 5, "records found in " + data);
            for (Path file : files) {
                String name = data.relativize(file).toString().replace('\\', '/');
                String type = name.startsWith("projects/") ? "project" : name.startsWith("services/") ? "service"
                        : name.replace(".yaml", "");
                String schemaPath = "schemas/" + type + ".schema.json";
                String url = "https://open.example/" + schemaPath;
                List<Error> errors = validate(url, withDefinitions(url, read(ExportedSite.file(schemaPath))),
                        SpecificationVersion.DRAFT_2020_12, read(file), InputFormat.YAML);
                assertEquals(List.of(), errors.stream().map(Error::toString).toList(), root.relativize(file).toString());
            }
        }
    }

    @Test
    void aRecordWithAWrongFieldIsRejectedBySchema() throws IOException {
        String url = "https://open.example/schemas/subsidies.schema.json";
        List<Error> errors = validate(url, withDefinitions(url, read(ExportedSite.file("schemas/subsidies.schema.json"))),
                SpecificationVersion.DRAFT_2020_12, """
                subsidies:
                  - id: 2017-werking
                    year: 2017
                    amount: 12.345
                    status: betaald
                    purpose: Werking
                    funder: Vlaamse overheid
                    recipient: Proefhuis
                    sources: [bron]
                    bedrag: 3
                """, InputFormat.YAML);
        assertEquals(3, errors.size(), errors.toString());
    }

    /** A record schema at {@code url} and the shared definitions it refers to, beside its own {@code $id}. */
    private static Map<String, String> withDefinitions(String url, String schema) throws IOException {
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(schema).path("$id").asText(url);
        String definitions = id.substring(0, id.lastIndexOf('/') + 1) + JsonSchemas.DEFINITIONS;
        return Map.of(url, schema, definitions, read(ExportedSite.file("schemas/" + JsonSchemas.DEFINITIONS)));
    }
}
