package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped data built once into a temporary folder, with its records loaded independently of the build, for
 * tests that read the downloads back.
 */
final class ExportedSite {

    static final Path STANDARDS = TestProject.REPO.resolve("../shared/standards").normalize();

    /**
     * Skips the calling test class, loudly, when the official schemas and shapes are not beside the clone (as on a
     * GitHub runner); .ci/run refuses to start without them, so in our CI these tests always run.
     */
    static void assumeStandards() {
        boolean present = Files.isDirectory(STANDARDS);
        if (!present) {
            System.err.println("*** STANDARDS VALIDATION SKIPPED: " + STANDARDS + " is missing (put ../shared beside the clone) ***");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "the standards folder " + STANDARDS + " is missing");
    }

    private static Path site;
    private static Site records;

    private ExportedSite() {
    }

    /** The built site folder (built on first use). */
    static synchronized Path site() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("openboek-export-");
                dir.toFile().deleteOnExit();
                Path out = dir.resolve("site");
                TestProject.Run run = TestProject.Run.of("build", "--source", TestProject.REPO.toString(), "--output", out.toString());
                assertEquals(0, run.exitCode(), run.err());
                site = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /** The shipped records, loaded with the loader alone. */
    static synchronized Site records() {
        if (records == null) {
            records = new SiteLoader().load(TestProject.REPO).site();
        }
        return records;
    }

    static Path file(String path) {
        return site().resolve(path);
    }
}
