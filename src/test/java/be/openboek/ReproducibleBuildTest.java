package be.openboek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.openboek.testing.TestProject;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, whatever the folder it is built from or into. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsInDifferentFoldersAreByteIdentical(@TempDir Path tmp) {
        TestProject first = TestProject.fixture(tmp.resolve("a/project"));
        TestProject second = TestProject.fixture(tmp.resolve("b/elsewhere"));
        assertEquals(0, first.build(tmp.resolve("a/site")).exitCode());
        assertEquals(0, second.build(tmp.resolve("b/out/www")).exitCode());

        SortedMap<String, byte[]> a = TestProject.snapshot(tmp.resolve("a/site"));
        SortedMap<String, byte[]> b = TestProject.snapshot(tmp.resolve("b/out/www"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((file, bytes) -> assertArrayEquals(bytes, b.get(file), file));
    }

    @Test
    void aRebuildReplacesTheSiteAndDropsPagesOfDeletedRecords(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        assertEquals(true, java.nio.file.Files.exists(site.resolve("projects/streaming/index.html")));

        project.write("""
                -- data/projects/streaming.yaml --
                """);
        assertEquals(0, project.build(site).exitCode());
        assertEquals(false, java.nio.file.Files.exists(site.resolve("projects/streaming/index.html")),
                "a deleted record leaves no page behind");
    }
}
