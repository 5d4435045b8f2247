package be.openboek.export;

/**
 * One file the export wrote, as the datasets page and the catalog describe it.
 *
 * @param path      path relative to the site root, e.g. {@code data/subsidies.csv}
 * @param format    short format name, e.g. {@code CSV}
 * @param mediaType IANA media type, e.g. {@code text/csv}
 * @param table     the table it holds, or null when it holds several or none
 * @param bytes     size in bytes
 * @param sha256    SHA-256 checksum of its bytes, lowercase hexadecimal
 */
public record WrittenFile(String path, String format, String mediaType, String table, long bytes, String sha256) {
}
