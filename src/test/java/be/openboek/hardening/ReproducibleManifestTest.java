package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.publish.SiteManifest;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same input, in different folders, at different times (more than a second apart, so any
 * time stamp from the clock would differ) and without {@code SOURCE_DATE_EPOCH}, give byte-identical sites and
 * so the same {@code sha256sums.txt}; with {@code SOURCE_DATE_EPOCH} its day is the date of the metadata. The builds
 * run as separate processes, so that the variable is surely set or surely not; the first one serves both tests.
 */
class ReproducibleManifestTest {

    @TempDir
    static Path folderA;
    /** The fixture built by a separate process without {@code SOURCE_DATE_EPOCH}. */
    static Path siteA;
    /** When that build ended ({@link System#nanoTime()}). */
    static long endOfA;

    @BeforeAll
    static void buildWithoutSourceDateEpoch() throws Exception {
        TestProject first = TestProject.fixture(folderA.resolve("project"));
        siteA = folderA.resolve("site");
        ChildBuild a = ChildBuild.start(first.root(), siteA, folderA.resolve("a.log"));
        assertEquals(0, a.exitCode(), a.output());
        endOfA = System.nanoTime();
    }

    @Test
    void buildsAtDifferentTimesInDifferentFoldersHaveTheSameManifest(@TempDir Path tmp) throws Exception {
        TestProject second = TestProject.fixture(tmp.resolve("b/elders/project"));
        Path siteB = tmp.resolve("b/out/www");
        Thread.sleep(Math.max(0, 1500 - (System.nanoTime() - endOfA) / 1_000_000));
        ChildBuild b = ChildBuild.start(second.root(), siteB, tmp.resolve("b.log"));
        assertEquals(0, b.exitCode(), b.output());

        String manifest = Files.readString(siteA.resolve(SiteManifest.FILE), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("  index.html\n") && manifest.contains("  data/openboek.xlsx\n"), manifest);
        assertEquals(manifest, Files.readString(siteB.resolve(SiteManifest.FILE), StandardCharsets.UTF_8));
        SortedMap<String, byte[]> files = TestProject.snapshot(siteA);
        assertTrue(SiteTrees.holds(siteB, files), SiteTrees.difference(siteB, files));
        assertEquals(files.size() - 1, manifest.lines().count(), "every file but the manifest is listed");
        assertEquals(manifest, SiteManifest.of(siteA), "the manifest matches the files");
    }

    @Test
    void theManifestChecksOutWithSha256sum(@TempDir Path tmp) throws Exception {
        Path built = SharedSites.fixture();
        Process check = new ProcessBuilder("sha256sum", "--check", "--strict", "--quiet", SiteManifest.FILE)
                .directory(built.toFile()).redirectErrorStream(true).start();
        assertTrue(check.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, check.exitValue(), new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        // A copy to change: the built site is shared with other tests.
        Path site = tmp.resolve("site");
        TestProject.copyTree(built, site);
        Files.writeString(site.resolve("index.html"), "changed");
        Process fails = new ProcessBuilder("sha256sum", "--check", "--quiet", SiteManifest.FILE).directory(site.toFile()).start();
        assertTrue(fails.waitFor(1, TimeUnit.MINUTES));
        assertEquals(1, fails.exitValue(), "a changed file is caught");
    }

    @Test
    void sourceDateEpochIsTheDateOfTheMetadata(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        // 2023-11-14 in Brussels; the fixture's newest source is of 2021-03-04.
        ChildBuild build = ChildBuild.start(project.root(), site, tmp.resolve("epoch.log"), Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        assertEquals(0, build.exitCode(), build.output());
        assertTrue(Files.readString(site.resolve("catalog.ttl")).contains("\"2023-11-14\""), "issued/modified from the epoch");

        String without = Files.readString(siteA.resolve("catalog.ttl"));
        assertFalse(without.contains("2023-11-14"));
        assertTrue(without.contains("\"2021-03-04\""), "the newest source's date");
    }
}
