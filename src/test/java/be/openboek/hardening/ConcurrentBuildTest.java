package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.build.Outcome;
import be.openboek.build.Build;
import be.openboek.publish.BuildLock;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into the same output folder take turns through a lock file beside it; the result is one whole site. */
class ConcurrentBuildTest {

    @Test
    void twoBuildsAtOnceLeaveOneCompleteSite(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        SortedMap<String, byte[]> expected = TestProject.snapshot(SharedSites.fixture());

        Path site = tmp.resolve("out/site");
        ChildBuild first = ChildBuild.start(project.root(), site, tmp.resolve("first.log"));
        ChildBuild second = ChildBuild.start(project.root(), site, tmp.resolve("second.log"));
        assertEquals(0, first.exitCode(), first.output());
        assertEquals(0, second.exitCode(), second.output());

        assertTrue(SiteTrees.holds(site, expected), SiteTrees.difference(site, expected));
        assertEquals(List.of(), SiteTrees.leftovers(site));
    }

    @Test
    void aBuildThatCannotGetTheLockSaysWhoHasIt(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("out/site");
        try (BuildLock held = BuildLock.acquire(site, Duration.ZERO).orElseThrow()) {
            ChildBuild other = ChildBuild.start(project.root(), site, tmp.resolve("other.log"), Map.of(), "--wait", "1");
            assertEquals(1, other.exitCode(), other.output());
            assertTrue(other.output().startsWith(site + ": another build is writing " + site + "\n"), other.output());

            Outcome inProcess = new Build(project.root(), LocalDate.of(2024, 1, 1)).build(site, Duration.ZERO);
            assertEquals("another build is writing " + site, inProcess.problems().get(0).message());
        }
        assertEquals(0, project.build(site).exitCode(), "once the lock is released, a build goes through");
    }
}
