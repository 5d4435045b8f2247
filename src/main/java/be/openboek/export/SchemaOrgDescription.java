package be.openboek.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * schema.org {@code DataCatalog} with a {@code Dataset} per table, as dataset search engines read it from the
 * datasets page. Plain JSON text; the page embeds it (escaping {@code <}).
 */
final class SchemaOrgDescription {

    private SchemaOrgDescription() {
    }

    static String of(ExportRun context) {
        var org = context.organisation();
        Map<String, Object> creator = Json.obj("@type", "Organization", "name", org.name(), "url", org.website());
        List<Object> datasets = new ArrayList<>();
        for (FilledTable data : context.tables()) {
            List<Object> downloads = new ArrayList<>();
            for (WrittenFile file : context.filesOf(data.name())) {
                downloads.add(Json.obj("@type", "DataDownload", "encodingFormat", file.mediaType(),
                        "contentUrl", context.url(file.path()), "contentSize", file.bytes() + " B"));
            }
            datasets.add(Json.obj("@type", "Dataset",
                    "@id", context.url("datasets/#" + data.name()),
                    "name", data.table().title() + " — " + org.name(),
                    "description", data.table().description(),
                    "url", context.url("datasets/#" + data.name()),
                    "keywords", data.table().keywords(),
                    "license", org.licence().url(),
                    "isAccessibleForFree", true,
                    "inLanguage", "nl",
                    "creator", creator,
                    "dateModified", context.dataDate().toString(),
                    "spatialCoverage", "Vlaanderen",
                    "variableMeasured", data.columns().stream().map(Column::name).toList(),
                    "distribution", downloads));
        }
        return Json.text(Json.obj("@context", "https://schema.org/", "@type", "DataCatalog",
                "name", "Open data van " + org.name(), "url", context.url("datasets/"), "license", org.licence().url(),
                "creator", creator, "dataset", datasets));
    }
}
