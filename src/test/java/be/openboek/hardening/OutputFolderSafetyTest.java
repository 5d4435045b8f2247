package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.publish.BuildLock;
import be.openboek.publish.OutputPublisher;
import be.openboek.publish.SiteManifest;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A build replaces everything in its output folder, so {@code --output} must never point at something a user would
 * lose: the project, a folder holding it, a folder the build reads, the file-system root, the home folder, or a
 * folder of someone else's files (unless {@code --force}). Those are refused with exit code 2, one line and a hint,
 * and left as they were. Beside the output, only Openboek's own files are ever deleted or written. Every case
 * runs inside a temporary folder, nested one level so that even a build that ignored the rules could only harm the
 * test's own files.
 */
class OutputFolderSafetyTest {

    @Test
    void refusesTheProjectFolderItselfAlsoThroughDotDotAndALink(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path link = Files.createSymbolicLink(tmp.resolve("outer/link"), project.root());
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        for (Path output : List.of(project.root(), project.path("data/.."), link)) {
            TestProject.Run run = project.build(output);
            assertRefused(run, project.root(), "it is the project folder itself");
        }
        assertUnchanged(tmp, before);
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void refusesAFolderHoldingTheProject(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path outer = tmp.resolve("outer");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        TestProject.Run run = project.build(project.path(".."));
        assertRefused(run, outer, "it holds the project folder " + project.root());
        assertUnchanged(tmp, before);
    }

    @ParameterizedTest
    @CsvSource({"data/site, data", "content/site, content", "templates/out/site, templates", "assets, assets"})
    void refusesAFolderInWhatTheBuildReads(String output, String input, @TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        TestProject.Run run = project.build(project.path(output));
        assertRefused(run, project.path(output), "it lies in the project's " + input + "/ folder, which the build reads");
        assertUnchanged(tmp, before);
        assertEquals(List.of("project"), names(tmp.resolve("outer")), "nothing was written beside the project either");
    }

    /**
     * The root, named plainly and through {@code ..}. The project has a broken record, so that a build that skipped the
     * check would stop at the records (exit 1) and still write nothing: the test can never harm this machine.
     */
    @Test
    void refusesTheFileSystemRootWithoutTouchingAnything(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project")).write("""
                -- data/projects/broken.yaml --
                id: broken
                """);
        Path root = tmp.getRoot();
        Path viaDotDot = tmp.resolve("../".repeat(tmp.getNameCount() + 2));
        for (Path output : List.of(root, viaDotDot)) {
            TestProject.Run run = project.build(output);
            assertRefused(run, root, "it is the root of the file system");
        }
    }

    /** In a child process whose home folder is a temporary one; the real home folder is never named. */
    @Test
    void refusesTheHomeFolder(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path home = Files.createDirectories(tmp.resolve("outer/home"));
        Files.writeString(home.resolve(".bashrc"), "export EDITOR=nano\n");
        Files.createDirectories(home.resolve("Documents"));
        Files.writeString(home.resolve("Documents/letter.txt"), "Dear staff,\n");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        ChildBuild child = ChildBuild.start(project.root(), home, tmp.resolve("outer/child.log"), Map.of("HOME", home.toString()));
        assertEquals(2, child.exitCode(), child.output());
        List<String> lines = child.output().lines().toList();
        assertEquals(home + ": cannot write the site here: it is your home folder", lines.get(0), child.output());
        assertEquals(2, lines.size(), child.output());
        Files.delete(tmp.resolve("outer/child.log"));
        assertUnchanged(tmp, before);
    }

    @Test
    void refusesAFolderOfOtherFilesUnlessForced(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path site = tmp.resolve("outer/out/site");
        Files.createDirectories(site.resolve("photos"));
        Files.writeString(site.resolve("notes.txt"), "keep me");
        Files.writeString(site.resolve("photos/trip.jpg"), "jpeg");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        TestProject.Run refused = project.build(site);
        assertRefused(refused, site, "it holds files that Openboek did not write (it has no sha256sums.txt of an Openboek site), "
                + "and a build replaces everything in it");
        assertTrue(refused.err().contains("--force"), "the hint names --force: " + refused.err());
        assertUnchangedButTheLockFile(tmp, before, BuildLock.lockFile(site));

        TestProject.Run forced = project.run("build", "--output", site.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("notes.txt")), "--force replaces what the folder held");
        assertEquals(List.of(), SiteTrees.leftovers(site));

        TestProject.Run again = project.build(site);
        assertEquals(0, again.exitCode(), "once built, the folder is Openboek's own: " + again.err());
    }

    /** A list of checksums is common beside downloads; it does not make a folder an Openboek site. */
    @Test
    void refusesAFolderWithAChecksumListThatIsNotASite(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path downloads = Files.createDirectories(tmp.resolve("outer/downloads"));
        Files.writeString(downloads.resolve("release.tar.gz"), "hello");
        Files.writeString(downloads.resolve(SiteManifest.FILE),
                "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824  release.tar.gz\n");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        TestProject.Run run = project.build(downloads);
        assertEquals(2, run.exitCode(), run.err());
        assertUnchangedButTheLockFile(tmp, before, BuildLock.lockFile(downloads));
    }

    @Test
    void refusesAFileAsTheOutput(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path file = Files.writeString(tmp.resolve("outer/report.pdf"), "not a folder");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        assertRefused(project.build(file), file, "it is a file, not a folder");
        assertUnchanged(tmp, before);
    }

    /** A guard more than a new case: the checks must not get in the way of the ordinary rebuild. */
    @Test
    void rebuildsAnEarlierOutputOfOpenboek(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path site = tmp.resolve("outer/out/site");
        assertEquals(0, project.build(site).exitCode());
        project.write("""
                -- data/projects/leesspel.yaml --
                id: leesspel
                title: Leesspel Opnieuw
                status: experiment
                objective: Lezen als spel.
                sources: [vraag-2018]
                """);

        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(read(site.resolve("projects/leesspel/index.html")).contains("Leesspel Opnieuw"));
        assertEquals(List.of(), SiteTrees.leftovers(site));
    }

    @Test
    void leavesAnUnrelatedPreviousFolderAlone(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path site = tmp.resolve("outer/out/site");
        assertEquals(0, project.build(site).exitCode());
        Path previous = Files.createDirectories(tmp.resolve("outer/out/site.previous"));
        Files.writeString(previous.resolve("backup.txt"), "the old site, kept by hand");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        TestProject.Run run = project.build(site);
        assertRefused(run, previous, "Openboek sets the previous site aside here while it puts the new one in place, "
                + "but Openboek did not write site.previous; it is left as it is");
        assertUnchanged(tmp, before);

        // Also when the output is missing, as after a build stopped between its two renames: not put in its place.
        OutputPublisher.deleteTree(site);
        TestProject.Run missing = project.build(site);
        assertEquals(2, missing.exitCode(), missing.err());
        assertEquals("the old site, kept by hand", read(previous.resolve("backup.txt")));
        assertFalse(Files.exists(site));
    }

    @Test
    void leavesAnUnrelatedWorkFolderAloneAndStillBuilds(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path site = tmp.resolve("outer/out/site");
        Path work = Files.createDirectories(tmp.resolve("outer/out/.site.build-x"));
        Files.writeString(work.resolve("draft.md"), "a draft that is not Openboek's");

        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("a draft that is not Openboek's", read(work.resolve("draft.md")));
        assertEquals(List.of(".site.build-x"), SiteTrees.leftovers(site));
    }

    @Test
    void leavesAnUnrelatedCacheFolderAlone(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path site = tmp.resolve("outer/out/site");
        Path cache = Files.createDirectories(tmp.resolve("outer/out/.site.cache"));
        Files.writeString(cache.resolve("pages.txt"), "my own list of pages\n");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        // Openboek keeps nothing beside the output but the lock file, its work folders and the previous site while it
        // swaps: a folder named like the page cache of earlier versions is someone else's and stays as it is.
        TestProject.Run full = project.build(site);
        assertEquals(0, full.exitCode(), full.err());
        assertEquals("my own list of pages\n", read(cache.resolve("pages.txt")));
        assertEquals(List.of(".site.cache"), SiteTrees.leftovers(site));
        assertTrue(TestProject.snapshot(tmp).keySet().containsAll(before.keySet()), "nothing deleted");
    }

    @Test
    void leavesAnUnrelatedLockFileAloneAndFollowsNoLink(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path site = tmp.resolve("outer/out/site");
        Path lock = tmp.resolve("outer/out/.site.lock");
        Files.createDirectories(lock.getParent());
        Files.writeString(lock, "pid 4242\n");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        assertEquals(2, project.build(site).exitCode());
        assertUnchanged(tmp, before);

        Files.delete(lock);
        Path target = tmp.resolve("outer/elsewhere/created-by-the-build");
        Files.createSymbolicLink(lock, target);
        TestProject.Run run = project.build(site);
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS), "the link's target was not created");
        assertFalse(Files.exists(site));
    }

    /** serve writes an output folder too, and would serve whatever it holds: the same rules, before it starts. */
    @Test
    void serveRefusesTheSameFolders(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("outer/project"));
        Path other = Files.createDirectories(tmp.resolve("outer/other"));
        Files.writeString(other.resolve("notes.txt"), "keep me");
        SortedMap<String, byte[]> before = TestProject.snapshot(tmp);

        for (Path output : List.of(project.root(), other)) {
            TestProject.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> project.run("serve", "--port", "0", "--output", output.toString()), "serve did not refuse " + output);
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith(output + ": cannot write the site here: "), run.err());
        }
        assertUnchanged(tmp, before);
    }

    /** Exit code 2, the reason on one line naming the folder, a hint, and no stack trace. */
    private static void assertRefused(TestProject.Run run, Path folder, String why) {
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        String reason = lines.get(0);
        assertTrue(reason.startsWith(folder + ": "), reason);
        assertTrue(reason.endsWith(": " + why), reason);
        assertTrue(lines.get(1).startsWith("  hint: "), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals("", run.out());
    }

    private static void assertUnchanged(Path dir, SortedMap<String, byte[]> before) {
        assertTrue(SiteTrees.holds(dir, before), SiteTrees.difference(dir, before));
    }

    /**
     * What a folder of other files looks like after a refused build: it is only known to be replaceable or not once the
     * input has been built (so that every problem of the input comes first), under the lock, whose empty file stays
     * beside the output by design (see {@link BuildLock}).
     */
    private static void assertUnchangedButTheLockFile(Path dir, SortedMap<String, byte[]> before, Path lock) {
        SortedMap<String, byte[]> after = TestProject.snapshot(dir);
        byte[] lockFile = after.remove(dir.relativize(lock).toString());
        assertTrue(lockFile == null || lockFile.length == 0, "the lock file is empty");
        assertEquals(before.keySet(), after.keySet(), "the files");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
