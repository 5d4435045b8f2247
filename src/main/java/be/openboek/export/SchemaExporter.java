package be.openboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code schemas/<type>.schema.json}: JSON Schemas of the YAML files in data/, so editors can complete and check
 * them (e.g. a {@code # yaml-language-server: $schema=} line) and others can read the records. Their {@code $id}
 * is set to where they are published.
 */
final class SchemaExporter implements Exporter {

    /** The schemas, by the YAML file they describe. */
    static final List<String> TYPES = List.of("organisation", "sources", "calls", "subsidies", "project", "service", "questions");

    @Override
    public List<ExportedFile> export(ExportContext context) throws IOException {
        List<ExportedFile> files = new ArrayList<>();
        for (String type : TYPES) {
            String name = type + ".schema.json";
            ObjectNode schema;
            try (InputStream in = SchemaExporter.class.getResourceAsStream("schemas/" + name)) {
                if (in == null) {
                    throw new IOException("the schema " + name + " is missing from the program");
                }
                schema = (ObjectNode) Json.mapper().readTree(in);
            }
            String path = "schemas/" + name;
            ObjectNode withId = Json.mapper().createObjectNode();
            withId.set("$schema", schema.get("$schema"));
            withId.put("$id", context.url(path));
            schema.properties().forEach(f -> {
                if (!f.getKey().equals("$schema") && !f.getKey().equals("$id")) {
                    withId.set(f.getKey(), f.getValue());
                }
            });
            files.add(context.write(path, Json.bytes(withId), "JSON Schema", "application/schema+json", null));
        }
        return files;
    }
}
