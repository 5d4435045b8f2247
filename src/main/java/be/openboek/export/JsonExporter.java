package be.openboek.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code data/<table>.json}: an array of objects, one per row, keys as the CSV header, null for an empty cell. */
final class JsonExporter implements Exporter {

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        List<WrittenFile> files = new ArrayList<>();
        for (FilledTable data : context.tables()) {
            files.add(context.tableFile("json", data, () -> context.write("data/" + data.name() + ".json", Json.bytes(objects(data)),
                    "JSON", "application/json", data.name())));
        }
        return files;
    }

    /** The rows of a table as JSON objects: numbers stay numbers, dates become ISO strings. */
    static List<Map<String, Object>> objects(FilledTable data) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : data.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                object.put(data.columns().get(i).name(), value instanceof LocalDate date ? date.toString() : value);
            }
            rows.add(object);
        }
        return rows;
    }
}
