package be.openboek.export;

import be.openboek.format.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code datapackage.json}: a Frictionless Data Package (v2 profile, which v1 readers also read) with one CSV
 * resource per table, each with its size, SHA-256 hash, dialect and Table Schema (types, titles, descriptions,
 * primary and foreign keys), and the licence. After them come the Belgian CSV files ({@link CsvDialect#BELGIAN}) as
 * resources of their own, named {@code <table>-be}: the same fields, with the semicolon, the decimal comma and the
 * Belgian date written into their dialect and schema, so that a Frictionless reader types their cells as it types the
 * standard files'.
 */
final class DataPackageExporter implements Exporter {

    static final String PATH = "datapackage.json";
    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    /** A data package has no language tags: its words are the Dutch ones, as the data is. */
    private static final DataDictionary DUTCH = DataDictionary.of(Language.NL);

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        var org = context.organisation();
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("$schema", PROFILE);
        pack.put("name", "openboek-" + OrganisationIds.slug(org.name()));
        pack.put("id", context.url(PATH));
        pack.put("title", DUTCH.text("export.title", org.name()));
        pack.put("description", DUTCH.text("export.description", context.url("")));
        pack.put("homepage", context.url("datasets/"));
        // Not a property of the Data Package standard (which allows more), read by people: how to cite the data.
        pack.put("citation", CatalogExporter.citation(DUTCH, context, null));
        pack.put("created", context.dataDate() + "T00:00:00Z");
        pack.put("keywords", List.of("open data", "subsidies", org.name()));
        pack.put("licenses", List.of(Json.obj("path", org.licence().url(), "title", org.licence().name())));
        pack.put("contributors", List.of(Json.obj("title", org.name(), "path", org.website(), "roles", List.of("publisher"))));
        List<Object> resources = new ArrayList<>();
        for (CsvDialect dialect : CsvDialect.values()) {
            for (FilledTable data : context.tables()) {
                resources.add(resource(data, dialect, context));
            }
        }
        pack.put("resources", resources);
        return List.of(context.write(PATH, Json.bytes(pack), "Data Package", "application/json", null));
    }

    /** The name of a table's resource in a dialect: {@code subsidies}, {@code subsidies-be}. */
    static String resourceName(String table, CsvDialect dialect) {
        return dialect == CsvDialect.STANDARD ? table : table + "-be";
    }

    private static Map<String, Object> resource(FilledTable data, CsvDialect dialect, ExportRun context) {
        String path = dialect.path(data.name());
        WrittenFile file = context.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", resourceName(data.name(), dialect));
        resource.put("type", "table");
        resource.put("path", path);
        if (dialect == CsvDialect.STANDARD) {
            resource.put("title", DUTCH.title(data.table()));
            resource.put("description", DUTCH.description(data));
        } else {
            resource.put("title", DUTCH.text("datapackage.belgian.title", DUTCH.title(data.table())));
            resource.put("description", DUTCH.text("datapackage.belgian.description", data.name(), DUTCH.description(data)));
        }
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("bytes", file.bytes());
        resource.put("hash", "sha256:" + file.sha256());
        resource.put("dialect", dialect == CsvDialect.STANDARD ? Json.obj("header", true, "delimiter", ",", "quoteChar", "\"")
                : Json.obj("header", true, "delimiter", String.valueOf(dialect.delimiter()), "quoteChar", "\"", "lineTerminator", "\r\n"));
        resource.put("schema", schema(data.table(), dialect));
        return resource;
    }

    private static Map<String, Object> schema(TableSpec<?> table, CsvDialect dialect) {
        List<Object> fields = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", column.name());
            field.put("type", column.type().tableSchemaType());
            field.put("title", DUTCH.title(table, column));
            field.put("description", DUTCH.description(table, column));
            if (column.type() == ColumnType.DATE) {
                field.put("format", dialect == CsvDialect.STANDARD ? "default" : CsvDialect.BELGIAN_DATE_SCHEMA);
            }
            if (dialect == CsvDialect.BELGIAN) {
                if (column.type() == ColumnType.DATETIME) {
                    field.put("format", CsvDialect.BELGIAN_DATE_TIME_SCHEMA);
                }
                if (column.type() == ColumnType.EURO || column.type() == ColumnType.UNIT_PRICE) {
                    field.put("decimalChar", ",");
                }
            }
            if (column.required()) {
                field.put("constraints", Json.obj("required", true));
            }
            fields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", table.primaryKey());
        if (!table.foreignKeys().isEmpty()) {
            schema.put("foreignKeys", table.foreignKeys().stream().map(fk -> Json.obj("fields", List.of(fk.column()),
                    "reference", Json.obj("resource", resourceName(fk.table(), dialect), "fields", List.of(fk.reference())))).toList());
        }
        return schema;
    }
}
