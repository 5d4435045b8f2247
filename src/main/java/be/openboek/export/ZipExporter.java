package be.openboek.export;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code data/openboek.zip}: every data file and datapackage.json, at the paths datapackage.json names. */
final class ZipExporter implements Exporter {

    static final String PATH = "data/openboek.zip";

    @Override
    public List<ExportedFile> export(ExportContext context) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (ExportedFile file : context.files()) {
            entries.put(file.path(), Files.readAllBytes(context.output().resolve(file.path())));
        }
        return List.of(context.write(PATH, ZipArchives.zip(entries, context.dataDate()), "ZIP", "application/zip", null));
    }
}
