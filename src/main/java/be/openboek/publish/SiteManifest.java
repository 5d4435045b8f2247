package be.openboek.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes {@code sha256sums.txt} at the root of a built site: one line per other file, {@code <sha256>  <path>},
 * sorted by path, in the format of {@code sha256sum -c}. Two builds of the same commit must give the same
 * manifest; comparing it is the quickest check that a build is reproducible, and readers can verify downloads.
 * Files whose checksum is already known (the datasets, hashed while they were written; pages taken over from the
 * previous site) are not read again, and the others are hashed on all cores.
 */
public final class SiteManifest {

    /** The manifest's name, at the site root. */
    public static final String FILE = "sha256sums.txt";

    /**
     * A file every Openboek site lists in its manifest. A list of checksums alone is common (beside downloads, say),
     * so it is not enough to know a site of ours by.
     */
    private static final String ALWAYS_LISTED = "datapackage.json";

    /** A line of the manifest: lowercase hexadecimal SHA-256, two spaces, the path. */
    private static final Pattern LINE = Pattern.compile("[0-9a-f]{64}  [^\\r\\n]+");

    /**
     * A checksum computed elsewhere, for a file of the given size.
     *
     * @param bytes  the size of the file it was computed for; a file of another size is hashed again
     * @param sha256 lowercase hexadecimal SHA-256
     */
    public record Checksum(long bytes, String sha256) {
    }

    private SiteManifest() {
    }

    /** Writes the manifest of every file under {@code site}. */
    public static void write(Path site) throws IOException {
        write(site, Map.of());
    }

    /** Writes the manifest of every file under {@code site}, taking the checksums in {@code known} (by path). */
    public static void write(Path site, Map<String, Checksum> known) throws IOException {
        Files.writeString(site.resolve(FILE), of(site, known), StandardCharsets.UTF_8);
    }

    /** The manifest text of every file under {@code site} except the manifest itself. */
    public static String of(Path site) throws IOException {
        return of(site, Map.of());
    }

    private static String of(Path site, Map<String, Checksum> known) throws IOException {
        List<String> paths;
        try (Stream<Path> walk = Files.walk(site)) {
            paths = walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(FILE)).sorted().toList();
        }
        List<String> sums;
        try {
            sums = paths.parallelStream().map(path -> checksum(site.resolve(path), known.get(path))).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, String> byPath = new TreeMap<>();
        for (int i = 0; i < paths.size(); i++) {
            byPath.put(paths.get(i), sums.get(i));
        }
        return text(byPath);
    }

    /** The manifest's lines, {@code <sha256>  <path>}, sorted by path. */
    private static String text(Map<String, String> sums) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(sums).forEach((path, sha) -> out.append(sha).append("  ").append(path).append('\n'));
        return out.toString();
    }

    /**
     * The checksums in a previous site's manifest, by path; empty when it has none. Only for files that are the
     * previous site's own files (hard links or copies of them), whose size {@link #write} still checks.
     */
    public static Map<String, String> read(Path previousSite) {
        Map<String, String> sums = new HashMap<>();
        try (Stream<String> lines = Files.lines(previousSite.resolve(FILE), StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int gap = line.indexOf("  ");
                if (gap == 64) {
                    sums.put(line.substring(gap + 2), line.substring(0, gap));
                }
            });
        } catch (IOException | RuntimeException e) {
            // No usable manifest: every file is hashed.
            return Map.of();
        }
        return sums;
    }

    /**
     * Whether {@code folder} holds a site that Openboek wrote, known by its manifest: a {@value #FILE} of its own (not a
     * link, not a special file), every line in the form {@link #write} gives it, listing the data package every site
     * has. This is the mark that lets a build replace the folder; the manifest is written by every build (and kept up
     * to date by {@code serve}), so the mark costs the site nothing.
     */
    public static boolean marks(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        boolean listed = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!LINE.matcher(line).matches()) {
                    return false;
                }
                listed |= line.substring(66).equals(ALWAYS_LISTED);
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable or not UTF-8: not a manifest of ours.
            return false;
        }
        return listed;
    }

    private static String checksum(Path file, Checksum known) {
        try {
            if (known != null && known.bytes() == Files.size(file)) {
                return known.sha256();
            }
            return sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the manifest of a site whose checksums are all known, {@code sums} (path to SHA-256, every file but the
     * manifest), through a temporary file in {@code work}, so that readers of {@code site} never see half of it.
     */
    public static void write(Path site, Map<String, String> sums, Path work) throws IOException {
        Path file = site.resolve(FILE);
        String text = text(sums);
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Path temporary = Files.createTempFile(work, "sha256sums", ".txt");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The SHA-256 of {@code file}, lowercase hexadecimal. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
