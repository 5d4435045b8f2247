package be.openboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.publish.OutputPublisher;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture organisation's built site, file by file, against {@code src/test/resources/golden/site}.
 * After an intended change, refresh with {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true}
 * and review the diff; the refresh refuses to run when the {@code CI} variable is set.
 */
class GoldenSiteTest {

    static final Path GOLDEN = TestProject.REPO.resolve("src/test/resources/golden/site");

    @Test
    void fixtureSiteMatchesTheGoldenFiles(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path output = tmp.resolve("site");
        TestProject.Run run = project.build(output);
        assertEquals(0, run.exitCode(), run.err());
        SortedMap<String, byte[]> actual = TestProject.snapshot(output);

        if (Boolean.getBoolean("golden.update")) {
            assertTrue(System.getenv("CI") == null, "golden files are never refreshed in CI");
            OutputPublisher.deleteTree(GOLDEN);
            for (Map.Entry<String, byte[]> file : actual.entrySet()) {
                Path target = GOLDEN.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }

        SortedMap<String, byte[]> expected = TestProject.snapshot(GOLDEN);
        assertEquals(expected.keySet(), actual.keySet(), "the files of the site");
        for (String file : expected.keySet()) {
            assertEquals(new String(expected.get(file), StandardCharsets.UTF_8), new String(actual.get(file), StandardCharsets.UTF_8),
                    file + " differs from the golden file (refresh with -Dgolden.update=true after an intended change)");
        }
    }
}
