package be.openboek.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest takes checksums it is given (from the export, from the previous site) only for files of their size. */
class SiteManifestTest {

    private static final String HELLO = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @Test
    void usesAKnownChecksumForAFileOfItsSize(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("a.txt"), "hello", StandardCharsets.UTF_8);
        String given = "f".repeat(64);
        SiteManifest.write(site, Map.of("a.txt", new SiteManifest.Checksum(5, given)));
        assertEquals(given + "  a.txt\n", Files.readString(site.resolve(SiteManifest.FILE)));
    }

    @Test
    void hashesAFileWhoseSizeDiffersFromTheKnownChecksum(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("a.txt"), "hello", StandardCharsets.UTF_8);
        SiteManifest.write(site, Map.of("a.txt", new SiteManifest.Checksum(6, "f".repeat(64))));
        assertEquals(HELLO + "  a.txt\n", Files.readString(site.resolve(SiteManifest.FILE)));
    }

    @Test
    void readsThePreviousManifestBackByPath(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("sub"));
        Files.writeString(site.resolve("sub/a b.txt"), "hello", StandardCharsets.UTF_8);
        SiteManifest.write(site);
        assertEquals(Map.of("sub/a b.txt", HELLO), SiteManifest.read(site));
        assertEquals(Map.of(), SiteManifest.read(site.resolve("missing")));
    }
}
