package be.openboek.export;

import be.openboek.format.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * schema.org {@code DataCatalog} with a {@code Dataset} per table, as dataset search engines read it from the
 * datasets page, in the page's language (the data stays Dutch: {@code inLanguage}). Plain JSON text; the page embeds it
 * (escaping {@code <}).
 */
final class SchemaOrgDescription {

    private SchemaOrgDescription() {
    }

    static String of(ExportRun context, Language language) {
        DataDictionary words = DataDictionary.of(language);
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
                    "name", words.text("catalog.dataset.title", words.title(data.table()), org.name()),
                    "description", words.description(data),
                    "url", context.url("datasets/#" + data.name()),
                    "keywords", words.keywords(data.table()),
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
                "name", words.text("export.title", org.name()), "url", context.url("datasets/"), "license", org.licence().url(),
                "creator", creator, "dataset", datasets));
    }
}
