package be.openboek.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code data/openboek.zip}: every data file and datapackage.json, at the paths datapackage.json names. The workbook,
 * itself a ZIP, is stored as it is: compressing it again gains a few percent for the time of all the CSV files.
 */
final class ZipExporter implements Exporter {

    static final String PATH = "data/openboek.zip";

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        Archive archive = open(context);
        archive.add(context.files());
        return archive.finish();
    }

    /**
     * The ZIP being made: the files of the earlier exporters are added as each exporter is done, and compressed on the
     * export's threads, so compressing them overlaps with the exporters still running.
     */
    Archive open(ExportRun context) {
        return new Archive(context);
    }

    static final class Archive {

        private final ExportRun context;
        private final List<CompletableFuture<ZipArchives.Entry>> entries = new ArrayList<>();
        private long nanos;

        private Archive(ExportRun context) {
            this.context = context;
        }

        /**
         * Adds {@code files} (written earlier into the site folder, or kept as the last export of a serve session wrote
         * them), in their order.
         */
        void add(List<WrittenFile> files) {
            long start = System.nanoTime();
            for (WrittenFile file : files) {
                entries.add(context.memo().zip().entry(file.path(), file::sha256, () -> {
                    try {
                        return Files.readAllBytes(context.output().resolve(file.path()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, file.path().equals(XlsxExporter.PATH), context.executor()));
            }
            nanos += System.nanoTime() - start;
        }

        /** Writes the ZIP and describes it. */
        List<WrittenFile> finish() throws IOException {
            long start = System.nanoTime();
            try {
                byte[] zip = ZipArchives.zip(ZipArchives.joined(entries), context.dataDate());
                return List.of(context.write(PATH, zip, "ZIP", "application/zip", null));
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        /** How long adding and finishing took on the caller's thread, in milliseconds. */
        long millis() {
            return nanos / 1_000_000;
        }
    }
}
