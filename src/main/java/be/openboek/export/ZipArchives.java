package be.openboek.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * ZIP files that are byte-identical across builds: entries in a given order, every timestamp set to the data date
 * (midnight, as a zip's local time), no extra fields. Used for the ZIP of everything and to normalise the XLSX
 * workbook, whose writer stamps entries with the current time.
 *
 * <p>Each entry is compressed on its own ({@link Entry}), so that the entries of one ZIP are compressed on several
 * cores, and so that {@code serve} keeps the compressed entries of the files a change left as they were
 * ({@link Memo}) instead of compressing all of them again.
 */
final class ZipArchives {

    private ZipArchives() {
    }

    /**
     * One entry, compressed, as it goes into a ZIP.
     *
     * @param name   its path in the ZIP
     * @param raw    the bytes stored: raw deflate data, or the content itself when {@code stored}
     * @param crc    the CRC-32 of the content
     * @param size   the length of the content
     * @param stored true when the content is stored as it is (already compressed content, such as a workbook)
     */
    record Entry(String name, byte[] raw, long crc, long size, boolean stored) {

        /**
         * {@code content} deflated at zlib's default level: at 10,000 records the data compress to about 6 MB in half a
         * second, against a few percent less in more than twice the time at level 9.
         */
        static Entry deflated(String name, byte[] content) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(content);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 4));
                byte[] buffer = new byte[64 * 1024];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Entry(name, out.toByteArray(), crc(content), content.length, false);
            } finally {
                deflater.end();
            }
        }

        /** {@code content} stored as it is. */
        static Entry stored(String name, byte[] content) {
            return new Entry(name, content, crc(content), content.length, true);
        }

        private static long crc(byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return crc.getValue();
        }
    }

    /** A ZIP holding {@code entries} in their order, dated {@code date}. */
    static byte[] zip(List<Entry> entries, LocalDate date) throws IOException {
        // Local midnight of the data date in this machine's zone: the writer turns it back into the zip's local date
        // and time (00:00), so that the bytes do not depend on the zone. Whole seconds in the zip's range of dates, so
        // no extended-timestamp field is added.
        long time = date.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Entry e : entries) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
                entry.setMethod(e.stored() ? ZipEntry.STORED : ZipEntry.DEFLATED);
                entry.setCrc(e.crc());
                entry.setSize(e.size());
                entry.setCompressedSize(e.raw().length);
                entry.setTime(time);
                zip.addRawArchiveEntry(entry, new ByteArrayInputStream(e.raw()));
            }
        }
        return bytes.toByteArray();
    }

    /** The entries, waited for in order; a failure of one as an I/O error. */
    static List<Entry> joined(List<CompletableFuture<Entry>> entries) throws IOException {
        try {
            return entries.stream().map(CompletableFuture::join).toList();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /**
     * The compressed entries of the last ZIP made with this memo, by name and the checksum of their content, for
     * {@code serve}, which makes the same ZIPs again after every change: an entry whose content has the checksum it
     * had then is taken as it was. {@link #NONE} keeps nothing (a build makes each ZIP once). Safe from several threads.
     */
    static class Memo {

        /** Remembers nothing: every entry is compressed. */
        static final Memo NONE = new Memo() {
            @Override
            CompletableFuture<Entry> entry(String name, Supplier<String> sha256, Supplier<byte[]> content, boolean stored,
                    Executor executor) {
                return compress(name, content, stored, executor);
            }
        };

        private record Kept(String sha256, Entry entry) {
        }

        private final Generations<String, Kept> kept = new Generations<>();

        /**
         * The entry {@code name}, whose content has the checksum {@code sha256}: as the last ZIP had it when the
         * checksum is the same, else compressed from {@code content} on {@code executor}.
         */
        CompletableFuture<Entry> entry(String name, Supplier<String> sha256, Supplier<byte[]> content, boolean stored,
                Executor executor) {
            String sha = sha256.get();
            Kept before = kept.previous(name);
            if (before != null && before.sha256().equals(sha) && before.entry().stored() == stored) {
                kept.made(name, before);
                return CompletableFuture.completedFuture(before.entry());
            }
            return compress(name, content, stored, executor).thenApply(entry -> {
                kept.made(name, new Kept(sha, entry));
                return entry;
            });
        }

        /** Whether the last ZIP had the entry {@code name} with content of checksum {@code sha256}. */
        boolean has(String name, String sha256) {
            Kept before = kept.previous(name);
            return before != null && before.sha256().equals(sha256);
        }

        /** The ZIP is made: what it holds is what the next one is compared with. */
        void done() {
            kept.done();
        }

        /** The ZIP could not be made: the next one is compared with the last one made. */
        void failed() {
            kept.failed();
        }

        private static CompletableFuture<Entry> compress(String name, Supplier<byte[]> content, boolean stored, Executor executor) {
            return CompletableFuture.supplyAsync(() -> {
                byte[] bytes = content.get();
                return stored ? Entry.stored(name, bytes) : Entry.deflated(name, bytes);
            }, executor);
        }
    }

    /**
     * The entries of a ZIP file, in the order of its central directory. Read through the central directory
     * because the XLSX writer streams entries whose local headers carry no sizes, which ZipInputStream rejects.
     */
    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
