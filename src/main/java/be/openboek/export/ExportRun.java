package be.openboek.export;

import be.openboek.model.Organisation;
import be.openboek.model.Site;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.commons.io.output.CountingOutputStream;

/**
 * What every exporter reads: the site, its tables, the data date, the files written before it (for sizes and
 * checksums), and where to write. Exporters may write from several threads at once.
 *
 * @param site        the model
 * @param tables      the rows of every table
 * @param output      the site folder
 * @param dataDate    the deterministic date of the data (never the wall clock)
 * @param files       the files written by earlier exporters
 * @param directories the folders known to exist (shared by all contexts of one export), so each is made once
 * @param executor    threads for pieces of work that never wait for other work (e.g. the API's chunks); an exporter may
 *                    wait for what it submits here
 * @param published   for serve: the checksums of the files already published, by path; an API file whose content
 *                    has that checksum is not written again (empty for a build)
 * @param memo        what serve kept of its last export ({@link ExportMemo#none()} for a build)
 */
record ExportRun(Site site, List<FilledTable> tables, Path output, LocalDate dataDate, List<WrittenFile> files,
        Set<Path> directories, Executor executor, Map<String, String> published, ExportMemo memo) {

    /** A file made but not yet written: its content and its description, checksum included. */
    record Pending(byte[] content, WrittenFile file) {
    }

    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    ExportRun(Site site, List<FilledTable> tables, Path output, LocalDate dataDate, Executor executor,
            Map<String, String> published, ExportMemo memo) {
        this(site, tables, output, dataDate, List.of(), ConcurrentHashMap.newKeySet(), executor, published, memo);
    }

    Organisation organisation() {
        return site.organisation();
    }

    /**
     * The file of kind {@code kind} that the last export of a serve session wrote for {@code table}, when it is still
     * the one to publish (see {@link ExportMemo#kept}); else what {@code write} writes now.
     */
    WrittenFile tableFile(String kind, FilledTable table, TableWriter write) throws IOException {
        WrittenFile kept = memo.kept(kind, table, published);
        if (kept != null) {
            return kept;
        }
        WrittenFile file = write.write();
        memo.made(kind, table, file);
        return file;
    }

    /** What writes one table's file. */
    interface TableWriter {
        WrittenFile write() throws IOException;
    }

    /** The absolute address of a path in the published site. */
    String url(String path) {
        return site.organisation().baseUrl() + path;
    }

    /** Writes {@code content} to {@code path} (relative to the site root) and describes it. Safe from several threads. */
    WrittenFile write(String path, byte[] content, String format, String mediaType, String table) throws IOException {
        return write(pending(path, content, format, mediaType, table));
    }

    /** Describes {@code content} as the file {@code path}, without writing it: the costly part of {@link #write}. */
    static Pending pending(String path, byte[] content, String format, String mediaType, String table) {
        return new Pending(content, new WrittenFile(path, format, mediaType, table, content.length, sha256(content)));
    }

    /** Writes a file made by {@link #pending}. */
    WrittenFile write(Pending pending) throws IOException {
        String path = pending.file().path();
        if (path.startsWith(ApiExporter.ROOT) && pending.file().sha256().equals(published.get(path))) {
            // Already published with this content (serve's update in place): nothing to write.
            return pending.file();
        }
        Path file = output.resolve(pending.file().path());
        folder(file.getParent());
        Files.write(file, pending.content());
        return pending.file();
    }

    /** What writes a file's bytes to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the file {@code path} from {@code content} as it is made, taking its size and checksum on the way, for a
     * file too large to hold in memory (the list of all records of a type). In serve, where the file is already
     * published, the new bytes go to a file beside it first and replace it only when they differ.
     */
    WrittenFile writeStreamed(String path, Content content, String format, String mediaType, String table) throws IOException {
        Path file = output.resolve(path);
        Path parent = folder(file.getParent());
        String before = published.get(path);
        Path target = before == null ? file : Files.createTempFile(parent, ".openboek-", ".part");
        MessageDigest sha = digest();
        long bytes;
        try (CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024), sha))) {
            content.writeTo(counted);
            bytes = counted.getByteCount();
        } catch (IOException | RuntimeException e) {
            if (before != null) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
        String checksum = HexFormat.of().formatHex(sha.digest());
        if (before != null) {
            if (checksum.equals(before)) {
                Files.delete(target);
            } else {
                Files.move(target, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return new WrittenFile(path, format, mediaType, table, bytes, checksum);
    }

    /** Makes {@code folder} unless an earlier file of this export did; returns it. */
    private Path folder(Path folder) throws IOException {
        if (!directories.contains(folder)) {
            // Files.createDirectories throws (and catches) an exception for a folder that exists: once per folder.
            Files.createDirectories(folder);
            directories.add(folder);
        }
        return folder;
    }

    ExportRun with(List<WrittenFile> written) {
        return new ExportRun(site, tables, output, dataDate, List.copyOf(written), directories, executor, published, memo);
    }

    /** The files written so far for {@code table}, or shared by all tables when {@code table} is null. */
    List<WrittenFile> filesOf(String table) {
        return files.stream().filter(f -> table == null ? f.table() == null : table.equals(f.table())).toList();
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static MessageDigest digest() {
        try {
            // A clone skips the provider look-up of getInstance for each of the ~10,000 files.
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 of the JDK can be cloned", e);
        }
    }
}
