package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.history.History;
import be.openboek.model.Identified;
import be.openboek.fields.JsonSchemas;
import be.openboek.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exporters run on several threads; what they write and how it is listed must not show it. */
class DatasetExporterTest {

    private static final LocalDate DATE = LocalDate.of(2024, 5, 1);

    @Test
    void listsTheFilesInTheOrderOfTheExportersAndTheRecords(@TempDir Path tmp) throws IOException {
        Site site = ExportedSite.records();
        WrittenDatasets manifest = export(site, tmp.resolve("a"));
        List<String> paths = manifest.files().stream().map(WrittenFile::path).toList();

        List<String> api = new ArrayList<>(List.of("api/v1/organisation.json"));
        addType(api, "subsidies", site.subsidies());
        addType(api, "projects", site.projects());
        addType(api, "services", site.services());
        addType(api, "sources", site.sources());
        addType(api, "calls", site.calls());
        addType(api, "questions", site.questions());
        assertEquals(api, paths.subList(paths.size() - api.size(), paths.size()));

        List<String> before = paths.subList(0, paths.size() - api.size());
        List<String> tables = TableSpecs.all().stream().map(TableSpec::name).toList();
        List<String> expected = new ArrayList<>();
        tables.forEach(t -> expected.add("data/" + t + ".csv"));
        tables.forEach(t -> expected.add("data/be/" + t + ".csv"));
        tables.forEach(t -> expected.add("data/" + t + ".json"));
        expected.addAll(List.of(XlsxExporter.PATH, GivingExporter.PATH, DataPackageExporter.PATH, DataPackageExporter.BELGIAN_PATH, ZipExporter.PATH,
                CatalogExporter.TURTLE, CatalogExporter.JSON_LD));
        JsonSchemas.all().keySet().forEach(name -> expected.add("schemas/" + name));
        assertEquals(expected, before);
    }

    @Test
    void everyChecksumAndSizeIsThatOfTheFileOnDiskAndTheSameInEveryExport(@TempDir Path tmp) throws IOException {
        Site site = ExportedSite.records();
        WrittenDatasets first = export(site, tmp.resolve("a"));
        WrittenDatasets second = export(site, tmp.resolve("b"));
        assertEquals(first.files(), second.files());
        for (WrittenFile file : first.files()) {
            byte[] bytes = Files.readAllBytes(tmp.resolve("a").resolve(file.path()));
            assertEquals(bytes.length, file.bytes(), file.path());
            assertEquals(ExportRun.sha256(bytes), file.sha256(), file.path());
            assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(tmp.resolve("b").resolve(file.path()))), file.path());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsAProblemNotAnException(@TempDir Path tmp) throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        DatasetExporter.Result result = new DatasetExporter().export(new RecordsAndHistory(ExportedSite.records(), unavailable()),
                notAFolder, DATE);
        assertNull(result.manifest());
        assertEquals(1, result.problems().all().size());
        assertTrue(result.problems().all().get(0).message().startsWith("cannot write the datasets: "),
                result.problems().all().get(0).message());
    }

    private static void addType(List<String> paths, String type, List<? extends Identified> records) {
        records.forEach(r -> paths.add("api/v1/" + type + "/" + r.id() + ".json"));
        paths.add("api/v1/" + type + ".json");
    }

    private static WrittenDatasets export(Site site, Path out) {
        DatasetExporter.Result result = new DatasetExporter().export(new RecordsAndHistory(site, unavailable()), out, DATE);
        assertTrue(result.problems().isEmpty(), () -> result.problems().all().toString());
        return result.manifest();
    }

    private static History unavailable() {
        return History.unavailable("not a clone", "");
    }
}
