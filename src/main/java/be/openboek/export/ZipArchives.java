package be.openboek.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * ZIP files that are byte-identical across builds: entries in a given order, every timestamp set to the data date
 * (midnight, as a zip's local time without a zone), no extra fields. Used for the ZIP of
 * everything and to normalise the XLSX workbook, whose writer stamps entries with the current time.
 */
final class ZipArchives {

    private ZipArchives() {
    }

    /** A ZIP holding {@code entries} (name → bytes) in their iteration order. */
    static byte[] zip(Map<String, byte[]> entries, LocalDate date) throws IOException {
        Builder zip = new Builder(date);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            zip.add(e.getKey(), e.getValue());
        }
        return zip.finish();
    }

    /** A ZIP made entry by entry, in memory. */
    static final class Builder {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ZipOutputStream zip = new ZipOutputStream(bytes);
        private final LocalDate date;

        Builder(LocalDate date) {
            this.date = date;
            // zlib's default level: at 10,000 records the data compress to 5.96 MB in 0.5 s, against 5.80 MB in 1.2 s at
            // level 9 (the ZIP is written again at every build and every change in serve).
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        }

        void add(String name, byte[] content) throws IOException {
            ZipEntry entry = new ZipEntry(name);
            // setTimeLocal, not setTime: the DOS time then does not depend on the machine's time zone, and
            // no extended-timestamp field is added.
            entry.setTimeLocal(date.atStartOfDay());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }

        /** The finished ZIP. */
        byte[] finish() throws IOException {
            zip.close();
            return bytes.toByteArray();
        }
    }

    /**
     * The entries of a ZIP file, in the order of its central directory. Read through the central directory
     * because the XLSX writer streams entries whose local headers carry no sizes, which ZipInputStream rejects.
     */
    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
