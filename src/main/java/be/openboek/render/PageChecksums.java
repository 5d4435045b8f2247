package be.openboek.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of every page the template engine wrote, taken from its bytes on their way to the file, on the thread
 * that rendered it (so on all cores, beside the rendering), for {@code sha256sums.txt}: the checksums stage then no
 * longer reads the pages back. Thread-safe; a page written twice keeps the checksum of its last writing.
 */
public final class PageChecksums {

    /**
     * The checksum of a written page.
     *
     * @param bytes  the page's size in bytes
     * @param sha256 lowercase hexadecimal SHA-256 of those bytes
     */
    public record Checksum(long bytes, String sha256) {
    }

    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private final Map<String, Checksum> byPath = new ConcurrentHashMap<>();

    /** The checksums by path under the site root ({@code projects/x/index.html}). */
    public Map<String, Checksum> byPath() {
        return Map.copyOf(byPath);
    }

    /**
     * A writer that passes everything on to {@code out}; its {@link Recording#record} records the checksum of the UTF-8
     * bytes of what went through as that of the file {@code path}. {@code out} must write UTF-8 (JBake's page writer
     * does: {@code render.encoding}) and nothing else may write to it.
     */
    Recording recording(String path, Writer out) {
        return new Recording(path, out);
    }

    /** A page on its way to its file. */
    final class Recording extends Writer {

        private final String path;
        private final Writer out;
        private final StringBuilder text = new StringBuilder(16 * 1024);

        private Recording(String path, Writer out) {
            this.path = path;
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(chars, offset, length);
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            out.write(string, offset, length);
            text.append(string, offset, offset + length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** Leaves {@code out} open: its owner closes it. */
        @Override
        public void close() throws IOException {
            out.flush();
        }

        /** Records the checksum of everything written so far, the whole page. */
        void record() {
            // String.getBytes replaces what UTF-8 cannot encode as the page writer's encoder does (XmlSafeWriter has
            // already replaced every unpaired surrogate).
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            byPath.put(path, new Checksum(bytes.length, HexFormat.of().formatHex(digest().digest(bytes))));
        }
    }

    /** The lowercase hexadecimal SHA-256 of {@code content}, as {@code sha256sums.txt} gives it. */
    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be cloned", e);
        }
    }
}
