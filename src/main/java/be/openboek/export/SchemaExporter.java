package be.openboek.export;

import be.openboek.fields.JsonSchemas;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code schemas/<type>.schema.json}: the JSON Schemas of the YAML files in data/, made from the field tables
 * ({@link JsonSchemas}), so editors can complete and check them and others can read the records. Their {@code $id}
 * is set to where they are published; they refer to {@code definitions.schema.json} beside them.
 */
final class SchemaExporter implements Exporter {

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        List<WrittenFile> files = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> schema : JsonSchemas.all().entrySet()) {
            String path = "schemas/" + schema.getKey();
            ObjectNode withId = Json.mapper().createObjectNode();
            withId.set("$schema", schema.getValue().get("$schema"));
            withId.put("$id", context.url(path));
            schema.getValue().properties().forEach(f -> {
                if (!f.getKey().equals("$schema")) {
                    withId.set(f.getKey(), f.getValue());
                }
            });
            files.add(context.write(path, Json.bytes(withId), "JSON Schema", "application/schema+json", null));
        }
        return files;
    }
}
