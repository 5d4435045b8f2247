package be.openboek.render;

import be.openboek.files.SourceFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the pages are made with besides the records: the templates and the generator's own code. When it changes,
 * serve renders every page again instead of only those whose records changed.
 */
public final class TemplatesVersion {

    private TemplatesVersion() {
    }

    /**
     * The hash of every file under templates/ (any layout, any language) and of the generator's own code. Reads only
     * what a {@link SourceFiles} walk accepts: the bake refuses the rest.
     */
    public static String of(Path templates) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        Path folder = templates.toAbsolutePath().normalize();
        String name = folder.getFileName().toString();
        SourceFiles files = SourceFiles.scan(folder.getParent(), name);
        for (String file : files.filesUnder(name)) {
            sha.update(file.substring(name.length() + 1).getBytes(StandardCharsets.UTF_8));
            SourceFiles.requireRegularFile(files.path(file));
            sha.update(Files.readAllBytes(files.path(file)));
        }
        sha.update(codeVersion().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The jar's size and time: a new generator (other labels, other Java code) starts with a full build. */
    private static String codeVersion() {
        try {
            Path code = Path.of(TemplatesVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            return code.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
