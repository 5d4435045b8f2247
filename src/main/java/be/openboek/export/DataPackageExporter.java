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
 * primary and foreign keys), and the licence.
 *
 * <p>The Belgian CSV files ({@link CsvDialect#BELGIAN}) have a package of their own beside them,
 * {@code data/be/datapackage.json}: the same tables and fields, with the semicolon, the decimal comma and the Belgian
 * date written into their dialect and schema, so that a Frictionless reader types their cells as it types the standard
 * files'. They are not in the main package, which is what journalists' scripts load: a reader that does not strip
 * the byte order mark Excel needs (the Frictionless JavaScript library) would fail on every one of them there.
 */
final class DataPackageExporter implements Exporter {

    static final String PATH = "datapackage.json";
    /** The Belgian CSV files' package, beside them. */
    static final String BELGIAN_PATH = CsvDialect.BELGIAN.folder() + PATH;
    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    /** A data package has no language tags: its words are the Dutch ones, as the data is. */
    private static final DataDictionary DUTCH = DataDictionary.of(Language.NL);

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        return List.of(write(CsvDialect.STANDARD, context), write(CsvDialect.BELGIAN, context));
    }

    private static WrittenFile write(CsvDialect dialect, ExportRun context) throws IOException {
        var org = context.organisation();
        boolean standard = dialect == CsvDialect.STANDARD;
        String path = standard ? PATH : BELGIAN_PATH;
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("$schema", PROFILE);
        pack.put("name", "openboek-" + OrganisationIds.slug(org.name()) + (standard ? "" : "-be"));
        pack.put("id", context.url(path));
        pack.put("title", standard ? DUTCH.text("export.title", org.name())
                : DUTCH.text("datapackage.belgian.package.title", DUTCH.text("export.title", org.name())));
        pack.put("description", standard ? DUTCH.text("export.description", context.url(""))
                : DUTCH.text("datapackage.belgian.package.description", context.url(PATH)));
        pack.put("homepage", context.url("datasets/"));
        // Not a property of the Data Package standard (which allows more), read by people: how to cite the data.
        pack.put("citation", CatalogExporter.citation(DUTCH, context, null));
        pack.put("created", context.dataDate() + "T00:00:00Z");
        pack.put("keywords", List.of("open data", "subsidies", org.name()));
        pack.put("licenses", List.of(Json.obj("path", org.licence().url(), "title", org.licence().name())));
        pack.put("contributors", List.of(Json.obj("title", org.name(), "path", org.website(), "roles", List.of("publisher"))));
        List<Object> resources = new ArrayList<>();
        for (FilledTable data : context.tables()) {
            resources.add(resource(data, dialect, context));
        }
        pack.put("resources", resources);
        return context.write(path, Json.bytes(pack), "Data Package", "application/json", null);
    }

    private static Map<String, Object> resource(FilledTable data, CsvDialect dialect, ExportRun context) {
        String path = dialect.path(data.name());
        WrittenFile file = context.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        Map<String, Object> resource = new LinkedHashMap<>();
        // In each package a resource is named after its table; paths are relative to the package's own file.
        resource.put("name", data.name());
        resource.put("type", "table");
        resource.put("path", path.substring(dialect == CsvDialect.STANDARD ? 0 : CsvDialect.BELGIAN.folder().length()));
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
                    "reference", Json.obj("resource", fk.table(), "fields", List.of(fk.reference())))).toList());
        }
        return schema;
    }
}
