package be.openboek.testing;

import be.openboek.publish.OutputPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Leaves nothing of a test run in the machine's temporary folder. Maven points {@code java.io.tmpdir} (and
 * {@code TMPDIR}, for Chromium) of the test JVM at a folder of the run's own and names it in {@code test.tmpdir}; this
 * listener makes that folder before the first test and removes it, with all in it, after the last. JUnit removes its
 * {@code @TempDir} folders itself, but the agents Jazzer and Mockito unpack, Chromium's scraps and the shared sites
 * would otherwise stay behind after every run.
 */
public final class TestTemporaryFolder implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        Path folder = ownFolder();
        if (folder != null) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the tests' temporary folder " + folder, e);
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        Path folder = ownFolder();
        if (folder != null && Files.exists(folder)) {
            try {
                OutputPublisher.deleteTree(folder);
            } catch (IOException e) {
                System.err.println("could not remove the tests' temporary folder " + folder + ": " + e);
            }
        }
    }

    /** The run's own temporary folder, or null when the tests run without one (from an IDE: the usual folder, not ours). */
    private static Path ownFolder() {
        String owned = System.getProperty("test.tmpdir");
        if (owned == null || owned.isBlank() || !Path.of(owned).equals(Path.of(System.getProperty("java.io.tmpdir")))) {
            return null;
        }
        return Path.of(owned);
    }
}
