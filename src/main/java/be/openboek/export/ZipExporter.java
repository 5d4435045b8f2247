package be.openboek.export;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** {@code data/openboek.zip}: every data file and datapackage.json, at the paths datapackage.json names. */
final class ZipExporter implements Exporter {

    static final String PATH = "data/openboek.zip";

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        Archive archive = open(context);
        archive.add(context.files());
        return archive.finish();
    }

    /**
     * The ZIP being made: the files of the earlier exporters are added as each exporter is done, so compressing them
     * overlaps with the exporters still running.
     */
    Archive open(ExportRun context) throws IOException {
        return new Archive(context);
    }

    static final class Archive {

        private final ExportRun context;
        private final ZipArchives.Builder zip;
        private long nanos;

        private Archive(ExportRun context) {
            this.context = context;
            this.zip = new ZipArchives.Builder(context.dataDate());
        }

        /** Adds {@code files} (written earlier into the site folder), in their order. */
        void add(List<WrittenFile> files) throws IOException {
            long start = System.nanoTime();
            for (WrittenFile file : files) {
                zip.add(file.path(), Files.readAllBytes(context.output().resolve(file.path())));
            }
            nanos += System.nanoTime() - start;
        }

        /** Writes the ZIP and describes it. */
        List<WrittenFile> finish() throws IOException {
            long start = System.nanoTime();
            try {
                return List.of(context.write(PATH, zip.finish(), "ZIP", "application/zip", null));
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        /** How long adding and finishing took, in milliseconds. */
        long millis() {
            return nanos / 1_000_000;
        }
    }
}
