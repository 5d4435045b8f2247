package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.history.History;
import be.openboek.model.Identified;
import be.openboek.fields.JsonSchemas;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * serve's exports with a memo: a second export of the same records writes none of the tables' files again; after a
     * project changed, only the files that show projects are written again, and every file is byte for byte what an
     * export without a memo writes.
     */
    @Test
    void aMemoKeepsWhatDidNotChangeAndChangesNoByte(@TempDir Path tmp) throws IOException {
        Path project = TestProject.fixture(tmp.resolve("project")).root();
        Site site = new SiteLoader().load(project).site();
        ExportMemo memo = new ExportMemo();
        Path first = tmp.resolve("first");
        WrittenDatasets published = withMemo(site, first, Map.of(), memo);
        Map<String, String> checksums = new HashMap<>();
        published.files().forEach(f -> checksums.put(f.path(), f.sha256()));

        Path same = tmp.resolve("same");
        assertEquals(published.files(), withMemo(site, same, checksums, memo).files());
        for (String table : List.of("subsidies", "projects", "links")) {
            assertFalse(Files.exists(same.resolve("data/" + table + ".csv")), table + ".csv is kept");
            assertFalse(Files.exists(same.resolve("data/be/" + table + ".csv")), "data/be/" + table + ".csv is kept");
            assertFalse(Files.exists(same.resolve("data/" + table + ".json")), table + ".json is kept");
        }
        assertArrayEquals(Files.readAllBytes(first.resolve(ZipExporter.PATH)), Files.readAllBytes(same.resolve(ZipExporter.PATH)));

        Path record = Files.list(project.resolve("data/projects")).filter(f -> f.toString().endsWith(".yaml")).sorted()
                .findFirst().orElseThrow();
        Files.writeString(record, Files.readString(record).replaceFirst("(?m)^objective: ", "objective: Gewijzigd. "));
        Site changed = new SiteLoader().load(project).site();
        Path staged = tmp.resolve("staged");
        WrittenDatasets after = withMemo(changed, staged, checksums, memo);
        Path fresh = tmp.resolve("fresh");
        WrittenDatasets expected = export(changed, fresh);
        assertEquals(expected.files(), after.files());
        assertTrue(Files.exists(staged.resolve("data/projects.csv")) && Files.exists(staged.resolve("data/be/projects.csv")),
                "the projects' files are written again");
        assertFalse(Files.exists(staged.resolve("data/subsidies.csv")), "the subsidies' file is kept");
        for (WrittenFile file : expected.files()) {
            Path now = Files.exists(staged.resolve(file.path())) ? staged.resolve(file.path()) : first.resolve(file.path());
            assertArrayEquals(Files.readAllBytes(fresh.resolve(file.path())), Files.readAllBytes(now), file.path());
        }
    }

    private static WrittenDatasets withMemo(Site site, Path out, Map<String, String> published, ExportMemo memo) {
        DatasetExporter.Result result = new DatasetExporter().withPublished(published).withMemo(memo)
                .export(new RecordsAndHistory(site, unavailable()), out, DATE);
        assertTrue(result.problems().isEmpty(), () -> result.problems().all().toString());
        return result.manifest();
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
