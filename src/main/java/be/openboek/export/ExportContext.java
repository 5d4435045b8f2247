package be.openboek.export;

import be.openboek.model.Organisation;
import be.openboek.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * What every exporter reads: the site, its tables, the data date, the files written before it (for sizes and
 * checksums), and where to write.
 *
 * @param site     the model
 * @param tables   the rows of every table
 * @param output   the site folder
 * @param dataDate the deterministic date of the data (never the wall clock)
 * @param files    the files written by earlier exporters
 */
record ExportContext(Site site, List<TableData> tables, Path output, LocalDate dataDate, List<ExportedFile> files) {

    Organisation organisation() {
        return site.organisation();
    }

    /** The absolute address of a path in the published site. */
    String url(String path) {
        return site.organisation().baseUrl() + path;
    }

    /** Writes {@code content} to {@code path} (relative to the site root) and describes it. */
    ExportedFile write(String path, byte[] content, String format, String mediaType, String table) throws IOException {
        Path file = output.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return new ExportedFile(path, format, mediaType, table, content.length, sha256(content));
    }

    ExportContext with(List<ExportedFile> written) {
        return new ExportContext(site, tables, output, dataDate, List.copyOf(written));
    }

    /** The files written so far for {@code table}, or shared by all tables when {@code table} is null. */
    List<ExportedFile> filesOf(String table) {
        return files.stream().filter(f -> table == null ? f.table() == null : table.equals(f.table())).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
