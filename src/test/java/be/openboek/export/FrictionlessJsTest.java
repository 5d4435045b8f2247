package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.Prerequisites;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Journalists read the data package with the Frictionless libraries. This reads it with the JavaScript one
 * ({@code datapackage} from the npm registry, pinned in src/test/js/package.json), casting every value, as a script of
 * theirs would: every table must load without an error, the changes table with its times included.
 *
 * <p>The Belgian CSV files are not in this package but in one of their own ({@code data/be/datapackage.json}), for the
 * Python library and spreadsheets: they begin with a byte order mark (Excel needs it to read UTF-8), which the JavaScript
 * library does not strip, so it would read the first column's name as {@code \uFEFFid}.
 */
class FrictionlessJsTest {

    private static final Path TOOL = TestProject.REPO.resolve("src/test/js");

    @Test
    void theJavaScriptLibraryReadsEveryTableOfTheShippedSite() throws Exception {
        assertEveryTableReads(SharedSites.shipped());
    }

    @Test
    void theJavaScriptLibraryReadsEveryTableOfTheFixtureWithItsChanges() throws Exception {
        assertEveryTableReads(SharedSites.fixture());
    }

    private static void assertEveryTableReads(Path site) throws Exception {
        boolean installed = Files.isDirectory(TOOL.resolve("node_modules/datapackage"));
        Prerequisites.require(Prerequisites.NODE, installed && node(), "Node.js or the Frictionless JavaScript library is "
                + "missing; install it with: npm ci --prefix src/test/js (.ci/run does this)");
        List<String> lines = run(site.resolve("datapackage.json"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ok changes ")), String.join("\n", lines));
        assertTrue(lines.size() >= 8, "every table was read: " + lines);
        assertEquals(List.of(), lines.stream().filter(l -> !l.startsWith("ok ")).toList(), String.join("\n", lines));
    }

    private static boolean node() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> run(Path datapackage) throws Exception {
        Process p = new ProcessBuilder("node", TOOL.resolve("read-package.js").toString(), datapackage.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
