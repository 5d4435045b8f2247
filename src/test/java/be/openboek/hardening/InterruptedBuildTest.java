package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.publish.OutputPublisher;
import be.openboek.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment (a real {@code kill -9} of a separate process) leaves the previous site or the
 * complete new one, never a mix, and the next build repairs and cleans up what it left.
 */
class InterruptedBuildTest {

    /**
     * When to kill, as a share of how long a whole build takes on this machine: from before the JVM has started
     * to around the swap at the end.
     */
    private static final double[] KILL_AT = {0.05, 0.4, 0.7, 0.9, 1.05};

    @Test
    void aKilledBuildLeavesThePreviousOrTheNewSite(@TempDir Path tmp) throws Exception {
        TestProject older = TestProject.fixture(tmp.resolve("older"));
        TestProject newer = TestProject.fixture(tmp.resolve("newer")).write("""
                -- data/projects/nieuw.yaml --
                id: nieuw
                title: Een nieuw project
                status: selected
                objective: Iets nieuws proberen.
                sources: [vraag-2018]
                """);
        Path site = tmp.resolve("out/site");
        assertEquals(0, older.build(site).exitCode());
        SortedMap<String, byte[]> previous = TestProject.snapshot(site);

        // A whole build of the newer project, timed, in a process like the ones killed below (the same command line and
        // environment): the moments to kill are shares of its time, and what it makes is the new site.
        Path reference = tmp.resolve("reference/site");
        long start = System.nanoTime();
        ChildBuild timed = ChildBuild.start(newer.root(), reference, tmp.resolve("timed.log"));
        assertEquals(0, timed.exitCode(), timed.output());
        long whole = (System.nanoTime() - start) / 1_000_000;
        SortedMap<String, byte[]> next = TestProject.snapshot(reference);
        assertTrue(next.containsKey("projects/nieuw/index.html") && !previous.containsKey("projects/nieuw/index.html"));

        Map<String, Integer> states = new TreeMap<>();
        for (double share : KILL_AT) {
            long millis = Math.round(share * whole);
            ChildBuild child = ChildBuild.start(newer.root(), site, tmp.resolve("build-" + millis + ".log"));
            Thread.sleep(millis);
            child.kill();

            String state;
            if (SiteTrees.holds(site, previous)) {
                state = "previous";
            } else if (SiteTrees.holds(site, next)) {
                state = "new";
            } else if (!Files.exists(site)) {
                // Killed between the two renames: the previous site waits beside it, whole, for the next build.
                assertTrue(SiteTrees.holds(site.resolveSibling("site.previous"), previous), "killed after " + millis + " ms");
                state = "previous, set aside";
            } else {
                throw new AssertionError("killed after " + millis + " ms, the site is a mix: " + SiteTrees.difference(site, previous));
            }
            states.merge(state, 1, Integer::sum);

            TestProject.Run repair = older.build(site);
            assertEquals(0, repair.exitCode(), repair.err());
            assertTrue(SiteTrees.holds(site, previous), SiteTrees.difference(site, previous));
            assertEquals(List.of(), SiteTrees.leftovers(site), "the next build cleans up after a build killed after " + millis + " ms");
        }
        System.out.println("InterruptedBuildTest: a whole build took " + whole + " ms; what killed builds left: " + states);
    }

    @Test
    void theNextBuildRepairsASwapStoppedHalfwayAndDeletesOldTemporaryFolders(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("out/site");
        assertEquals(0, project.build(site).exitCode());
        SortedMap<String, byte[]> built = TestProject.snapshot(site);
        // What a build killed between its two renames, and two killed while baking, leave behind: each work folder
        // carries Openboek's mark from the moment it is made.
        Files.move(site, site.resolveSibling("site.previous"));
        Files.createDirectories(site.resolveSibling(".site.build-1/site/projects"));
        Files.writeString(site.resolveSibling(".site.build-1/site/index.html"), "half");
        Files.createFile(site.resolveSibling(".site.build-1/" + OutputPublisher.WORK_MARK));
        Files.createDirectories(site.resolveSibling(".site.build-2/jbake"));
        Files.createFile(site.resolveSibling(".site.build-2/" + OutputPublisher.WORK_MARK));

        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(SiteTrees.holds(site, built), SiteTrees.difference(site, built));
        assertEquals(List.of(), SiteTrees.leftovers(site));
        assertFalse(Files.exists(site.resolveSibling("site.previous")));
    }
}
