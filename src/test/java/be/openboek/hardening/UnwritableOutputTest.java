package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that cannot be written gives one clear problem line, exit code 1, and leaves the previous site as it
 * was. Tried: a file where the output's folder should be, a read-only parent folder, and (where the test may
 * mount file systems, as root on Linux) a full disk: a tiny tmpfs that holds one site but not a second.
 */
class UnwritableOutputTest {

    @Test
    void aFileInTheWayOfTheOutputFolder(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Files.writeString(tmp.resolve("out"), "not a folder");
        Path site = tmp.resolve("out/site");
        TestProject.Run run = project.build(site);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(site + ": cannot write the site: " + tmp.resolve("out") + " is in the way (a file where a folder is needed)",
                "  hint: check that the folder is writable and the disk is not full"), run.problemLines());
    }

    @Test
    void aReadOnlyParentFolder(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path parent = tmp.resolve("out");
        Path site = parent.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        SortedMap<String, byte[]> before = TestProject.snapshot(site);
        project.write("""
                -- data/projects/streaming.yaml --
                """);
        try {
            makeReadOnly(parent);
            TestProject.Run run = project.build(site);
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(2, run.problemLines().size(), run.err());
            String line = run.problemLines().get(0);
            assertTrue(line.startsWith(site + ": cannot write the site: "), line);
            assertTrue(line.matches(".*(permission denied|Operation not permitted|Read-only file system).*"), line);
        } finally {
            undo(parent);
        }
        assertTrue(SiteTrees.holds(site, before), SiteTrees.difference(site, before));
    }

    @Test
    void aFullDisk(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        // Room for one site and its temporary files, not for a second one beside it.
        long need = TestProject.snapshot(SharedSites.fixture()).values().stream().mapToLong(b -> (b.length / 4096 + 1) * 4096L).sum();
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + (need * 3 / 2 / 1024) + "k", "tmpfs", disk.toString()),
                "mounting a tmpfs needs root on Linux");
        try {
            Path site = disk.resolve("site");
            assertEquals(0, project.build(site).exitCode(), "one site fits");
            SortedMap<String, byte[]> before = TestProject.snapshot(site);
            project.write("""
                    -- data/projects/streaming.yaml --
                    """);
            TestProject.Run run = project.build(site);

            assertEquals(1, run.exitCode(), run.err());
            assertEquals(2, run.problemLines().size(), run.err());
            assertTrue(run.problemLines().get(0).contains("No space left on device"), run.err());
            assertTrue(SiteTrees.holds(site, before), SiteTrees.difference(site, before));
            assertEquals(List.of(), SiteTrees.leftovers(site), "the failed build removed its temporary folder");
        } finally {
            run("umount", disk.toString());
        }
    }

    /** chmod 555; when that does not stop this user (root), the immutable attribute does. */
    private static void makeReadOnly(Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (canWrite(dir)) {
            assumeTrue(run("chattr", "+i", dir.toString()), "no way to make a folder read-only for this user");
        }
        assumeTrue(!canWrite(dir), "the folder is still writable");
    }

    private static void undo(Path dir) throws Exception {
        run("chattr", "-i", dir.toString());
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean canWrite(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ""));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
