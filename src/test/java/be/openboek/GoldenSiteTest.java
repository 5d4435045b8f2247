package be.openboek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.publish.OutputPublisher;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The fixture organisation's built site, file by file, against {@code src/test/resources/golden/site}
 * ({@link GoldenFiles} says how each kind of file is compared). The static assets the build copies from
 * {@code assets/} are compared with those sources, byte for byte, and are not kept a second time as golden files.
 * After an intended change, refresh with {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true}
 * and review the diff; the refresh refuses to run when the {@code CI} variable is set.
 */
class GoldenSiteTest {

    static final Path GOLDEN = TestProject.REPO.resolve("src/test/resources/golden/site");
    /** The fixture project is built with the shipped assets ({@link TestProject#fixture}). */
    static final Path ASSETS = TestProject.REPO.resolve("assets");

    @Test
    void fixtureSiteMatchesTheGoldenFiles() throws IOException {
        SortedMap<String, byte[]> built = TestProject.snapshot(SharedSites.fixture());

        SortedMap<String, byte[]> generated = new TreeMap<>(built);
        SortedMap<String, byte[]> sources = TestProject.snapshot(ASSETS);
        assertTrue(sources.size() >= 3, "the shipped assets: " + sources.keySet());
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            String path = "assets/" + source.getKey();
            assertTrue(built.containsKey(path), path + " is copied into the site");
            assertArrayEquals(source.getValue(), generated.remove(path), path + " is a byte-for-byte copy of its source");
        }

        if (Boolean.getBoolean("golden.update")) {
            assertTrue(System.getenv("CI") == null, "golden files are never refreshed in CI");
            OutputPublisher.deleteTree(GOLDEN);
            for (Map.Entry<String, byte[]> file : generated.entrySet()) {
                Path target = GOLDEN.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }

        SortedMap<String, byte[]> expected = TestProject.snapshot(GOLDEN);
        assertEquals(expected.keySet(), generated.keySet(), "the files of the site (besides the copied assets)");
        for (String file : expected.keySet()) {
            GoldenFiles.assertSameContent(file, expected.get(file), generated.get(file));
        }
    }
}
