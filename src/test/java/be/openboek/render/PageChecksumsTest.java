package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.publish.SiteManifest;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checksums of {@code sha256sums.txt} are those of the files as written: the pages' checksums are taken from their
 * bytes while the bake writes them, and each equals a separate SHA-256 of the file on disk.
 */
class PageChecksumsTest {

    @Test
    void theBakeTakesEveryPagesChecksumWhileWritingIt(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Site site = new SiteLoader().load(project.root()).site();
        SiteBaker baker = new SiteBaker(project.root());
        Path output = tmp.resolve("site");
        assertEquals(List.of(), baker.bake(site, output, tmp.resolve("work")).all());

        Map<String, PageChecksums.Checksum> taken = baker.pageChecksums();
        // All pages but JBake's home and 404 page, which JBake's rendering tools write without an address for them.
        List<String> pages = files(output).stream().filter(p -> p.endsWith(".html") || p.endsWith(".svg"))
                .filter(p -> !p.equals("index.html") && !p.equals("404.html")).toList();
        assertTrue(pages.size() > 20, "pages were baked: " + pages.size());
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            PageChecksums.Checksum sum = taken.get(page);
            Path file = output.resolve(page);
            if (sum == null || sum.bytes() != Files.size(file) || !sum.sha256().equals(SiteManifest.sha256(file))) {
                wrong.add(page + ": " + sum);
            }
        }
        assertEquals(List.of(), wrong, "pages without the checksum of their bytes");
    }

    @Test
    void everyLineOfTheManifestIsTheChecksumOfTheFileOnDisk() throws IOException {
        Path site = SharedSites.fixture();
        List<String> lines = Files.readAllLines(site.resolve(SiteManifest.FILE), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (String path : files(site)) {
            if (!path.equals(SiteManifest.FILE)) {
                expected.add(SiteManifest.sha256(site.resolve(path)) + "  " + path);
            }
        }
        assertTrue(expected.size() > 100, "a whole site: " + expected.size());
        assertEquals(expected, lines);
    }

    /** The regular files under {@code root}, as sorted paths with slashes. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
