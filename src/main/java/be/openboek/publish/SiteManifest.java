package be.openboek.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code sha256sums.txt} at the root of a built site: one line per other file, {@code <sha256>  <path>},
 * sorted by path, in the format of {@code sha256sum -c}. Two builds of the same commit must give the same
 * manifest; comparing it is the quickest check that a build is reproducible, and readers can verify downloads.
 */
public final class SiteManifest {

    /** The manifest's name, at the site root. */
    public static final String FILE = "sha256sums.txt";

    private SiteManifest() {
    }

    /** Writes the manifest of every file under {@code site}. */
    public static void write(Path site) throws IOException {
        Files.writeString(site.resolve(FILE), of(site), StandardCharsets.UTF_8);
    }

    /** The manifest text of every file under {@code site} except the manifest itself. */
    public static String of(Path site) throws IOException {
        List<String> paths;
        try (Stream<Path> walk = Files.walk(site)) {
            paths = walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(FILE)).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (String path : paths) {
            out.append(sha256(site.resolve(path))).append("  ").append(path).append('\n');
        }
        return out.toString();
    }

    private static String sha256(Path file) throws IOException {
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
