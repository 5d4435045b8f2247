package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.openboek.cli.OpenboekCommand;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a pull request can put under data/, content/, templates/ and assets/ besides plain files: symbolic links out
 * of the project (to a secrets file, a system file, a folder, a device) and special files (a named pipe, a device, a
 * socket). Each is refused with exit code 1 and a problem naming it; nothing of a file outside the project reaches
 * the site or any message; no file makes a run hang or copy without end; nothing is written. Links that stay inside
 * the project keep working.
 */
class LinksAndSpecialFilesTest {

    /** What only the file outside the project holds; it must never be printed or published. */
    private static final String SECRET = "OPENBOEK_GEHEIM=s3cr3t-token-42";
    private static final String TOKEN = "s3cr3t-token-42";
    private static final Duration QUICKLY = Duration.ofSeconds(20);
    private static final String EXPECTED = "expected a regular file or folder inside the project, found ";
    private static final String COPY_FILE = "copy the file into the project instead of linking to it, or delete the link";
    private static final String DELETE_IT = "delete it: the build reads only regular files and folders";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"data/projects/geheim.yaml", "content/geheim.md", "templates/geheim.ftl", "assets/geheim.txt"})
    void aLinkToAFileOutsideTheProjectIsRefused(String link) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        // Shaped as a page too, so that content/ would publish it and data/ would echo its first line.
        Path secret = secret();
        Path page = Files.writeString(tmp.resolve("outside/page.md"), "---\ntitle: Geheim " + TOKEN + "\n---\n" + SECRET + "\n");
        linkOrSkip(project.path(link), link.startsWith("content/") ? page : secret);

        assertBuildRefuses(project, link, "a symbolic link to a file outside it", COPY_FILE);
    }

    @Test
    void aChainOfLinksLeadingOutOfTheProjectIsRefused() throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path secret = secret();
        // assets/keten.css -> ../schakel (in the project, outside the four folders) -> the secret outside.
        linkOrSkip(project.path("schakel"), secret);
        Files.createSymbolicLink(project.path("assets/keten.css"), Path.of("../schakel"));

        assertBuildRefuses(project, "assets/keten.css", "a symbolic link to a file outside it", COPY_FILE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/services", "content/en", "templates/extern", "assets/extern"})
    void aLinkedFolderPointingOutsideIsRefused(String link) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("about.md"), "---\ntitle: Geheim " + TOKEN + "\n---\n" + SECRET + "\n");
        Files.writeString(outside.resolve("leesspel-dienst.yaml"), SECRET + "\n");
        Files.writeString(outside.resolve("geheim.ftl"), SECRET + "\n");
        TestProject.copyTree(project.path(link), tmp.resolve("moved"));
        deleteTree(project.path(link));
        linkOrSkip(project.path(link), outside);

        assertBuildRefuses(project, link, "a symbolic link to a folder outside it",
                "copy the folder into the project instead of linking to it, or delete the link");
    }

    @Test
    void aLinkInsideALinkedFolderIsCheckedToo() throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path secret = secret();
        Path shared = Files.createDirectories(project.path("gedeeld"));
        Files.writeString(shared.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        linkOrSkip(shared.resolve("lek.txt"), secret);
        Files.createSymbolicLink(project.path("assets/gedeeld"), Path.of("../gedeeld"));

        assertBuildRefuses(project, "assets/gedeeld/lek.txt", "a symbolic link to a file outside it", COPY_FILE);
    }

    @Test
    void aLinkToADeviceUnderAssetsIsRefusedWithoutCopyingIt() throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        linkOrSkip(project.path("assets/nul.css"), zero);
        String found = "a symbolic link to a character device outside it";
        String hint = "delete the link: the build reads only regular files and folders";

        // validate first: a build that followed the link would copy until the disk is full.
        assertValidateRefuses(project, "assets/nul.css", found, hint);
        assertBuildRefuses(project, "assets/nul.css", found, hint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/projects/pijp.yaml", "content/pijp.md", "templates/pijp.ftl", "assets/pijp.css"})
    void aNamedPipeEndsValidateAtOnce(String fifo) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path pipe = project.path(fifo);
        assumeTrue(run("mkfifo", pipe.toString()), "mkfifo is not available here");
        try {
            assertValidateRefuses(project, fifo, "a named pipe (FIFO)", DELETE_IT);
        } finally {
            release(pipe);
        }
    }

    @Test
    void aSocketIsRefused() throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path socket = project.path("content/sok.md");
        ServerSocketChannel server;
        try {
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "cannot make a Unix domain socket here: " + e);
            return;
        }
        try (server) {
            assertValidateRefuses(project, "content/sok.md", "a socket", DELETE_IT);
        }
    }

    @Test
    void aDeviceFileIsRefused() throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path device = project.path("data/projects/nul.yaml");
        // Like /dev/null; making a device needs root (or CAP_MKNOD) on Linux.
        assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod needs root here");

        assertValidateRefuses(project, "data/projects/nul.yaml", "a character device", DELETE_IT);
    }

    @Test
    void everyProblemIsReportedInOneRunAndThePreviousSiteStays() throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        SortedMap<String, byte[]> before = TestProject.snapshot(site);
        Path secret = secret();
        linkOrSkip(project.path("data/projects/geheim.yaml"), secret);
        Files.createSymbolicLink(project.path("content/geheim.md"), secret);
        Files.createSymbolicLink(project.path("templates/geheim.ftl"), secret);
        Files.createSymbolicLink(project.path("assets/geheim.txt"), secret);
        Files.createSymbolicLink(project.path("assets/weg.txt"), project.path("bestaat-niet.txt"));
        Files.createSymbolicLink(project.path("content/rond.md"), Path.of("rond.md"));
        boolean pipe = run("mkfifo", project.path("data/services/pijp.yaml").toString());
        try {
            TestProject.Run run = assertTimeoutPreemptively(QUICKLY, () -> project.build(site));

            assertEquals(1, run.exitCode(), run.out() + run.err());
            List<String> named = run.problemLines().stream().filter(l -> !l.startsWith("  hint: "))
                    .map(l -> l.substring(0, l.indexOf(": "))).toList();
            List<String> expected = new java.util.ArrayList<>(List.of("assets/geheim.txt", "assets/weg.txt", "content/geheim.md",
                    "content/rond.md", "data/projects/geheim.yaml", "templates/geheim.ftl"));
            if (pipe) {
                expected.add(5, "data/services/pijp.yaml");
            }
            assertEquals(expected, named, run.err());
            assertTrue(run.problemLines().containsAll(refused("assets/weg.txt", "a symbolic link to nothing (its target does not exist)",
                    "delete the link, or restore what it points to")), run.err());
            assertTrue(run.problemLines().containsAll(refused("content/rond.md", "a symbolic link that cannot be followed (it leads back "
                    + "to itself)", "delete the link")), run.err());
            assertNoSecret(run);
            assertTrue(SiteTrees.holds(site, before), SiteTrees.difference(site, before));
        } finally {
            if (pipe) {
                release(project.path("data/services/pijp.yaml"));
            }
        }
    }

    @Test
    void serveShowsTheProblemWithoutTheSecretAndKeepsRunning() throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path secret = secret();
        Path link = project.path("data/projects/geheim.yaml");
        linkOrSkip(link, secret);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serve = new Thread(() -> OpenboekCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--source",
                project.root().toString(), "--output", tmp.resolve("site").toString(), "--port", "0"), "serve under test");
        serve.setDaemon(true);
        serve.start();
        try {
            String status = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port(out) + "/__openboek/status.json";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String body = get(http, status);
            assertTrue(body.contains("data/projects/geheim.yaml: " + EXPECTED + "a symbolic link to a file outside it"), body);
            assertFalse(body.contains(TOKEN), body);
            assertFalse(err.toString().contains(TOKEN), err.toString());

            // Still serving: removing the link gives a good rebuild.
            Files.delete(link);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!body.contains("\"problems\":[]") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                body = get(http, status);
            }
            assertTrue(body.contains("\"problems\":[]"), body + out + err);
        } finally {
            serve.interrupt();
            serve.join(TimeUnit.SECONDS.toMillis(20));
        }
    }

    @Test
    void newDoesNotAppendThroughALinkOutOfTheProject() throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path theirs = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("subsidies.yaml"), "subsidies:\n");
        Files.delete(project.path("data/subsidies.yaml"));
        linkOrSkip(project.path("data/subsidies.yaml"), theirs);

        TestProject.Run run = project.run("new", "subsidy", "2030-werking");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(refused("data/subsidies.yaml", "a symbolic link to a file outside it", COPY_FILE), run.problemLines());
        assertEquals("subsidies:\n", Files.readString(theirs), "the file outside the project is not touched");
    }

    @Test
    void linksInsideTheProjectKeepWorking() throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path shared = Files.createDirectories(project.path("gedeeld/beelden"));
        Files.writeString(shared.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Files.writeString(project.path("gedeeld/hulp.md"), "---\ntitle: Hulp\n---\nGedeelde hulptekst.\n");
        Files.move(project.path("templates/page.ftl"), project.path("gedeeld/page.ftl"));
        Files.move(project.path("data/projects/leesspel.yaml"), project.path("gedeeld/leesspel.yaml"));
        // A folder link, a file link through a folder link, a page, a template and a record, each inside the project.
        linkOrSkip(project.path("assets/beelden"), Path.of("../gedeeld/beelden"));
        Files.createSymbolicLink(project.path("assets/logo.svg"), Path.of("beelden/logo.svg"));
        Files.createSymbolicLink(project.path("content/hulp.md"), Path.of("../gedeeld/hulp.md"));
        Files.createSymbolicLink(project.path("templates/page.ftl"), Path.of("../gedeeld/page.ftl"));
        Files.createSymbolicLink(project.path("data/projects/leesspel.yaml"), Path.of("../../gedeeld/leesspel.yaml"));
        // The project itself reached through a link.
        Path via = Files.createSymbolicLink(tmp.resolve("via"), project.root());
        Path site = tmp.resolve("site");

        TestProject.Run run = TestProject.Run.of("build", "--source", via.toString(), "--output", site.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(Files.isRegularFile(site.resolve("assets/beelden/logo.svg")), "a linked folder's files are published");
        assertTrue(Files.isRegularFile(site.resolve("assets/logo.svg")));
        assertTrue(Files.readString(site.resolve("hulp/index.html")).contains("Gedeelde hulptekst."));
        assertTrue(Files.readString(site.resolve("projects/leesspel/index.html")).contains("Leesspel"));
    }

    /** Builds into a new folder: exit code 1 with exactly the problem of {@code file}, no trace of the secret, nothing written. */
    private void assertBuildRefuses(TestProject project, String file, String found, String hint) {
        Path site = tmp.resolve("site");
        TestProject.Run run = assertTimeoutPreemptively(QUICKLY, () -> project.build(site));
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(refused(file, found, hint), run.problemLines());
        assertNoSecret(run);
        assertFalse(Files.exists(site), "nothing is written");
    }

    /** Runs validate, which must end within {@link #QUICKLY} with exit code 1 and exactly the problem of {@code file}. */
    private static void assertValidateRefuses(TestProject project, String file, String found, String hint) {
        TestProject.Run run = assertTimeoutPreemptively(QUICKLY, () -> project.run("validate"), "validate must not wait on " + file);
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(refused(file, found, hint), run.problemLines());
    }

    /** The problem lines for a refused file: what was found and the hint. */
    private static List<String> refused(String file, String found, String hint) {
        return List.of(file + ": " + EXPECTED + found, "  hint: " + hint);
    }

    private static void assertNoSecret(TestProject.Run run) {
        assertFalse(run.out().contains(TOKEN), run.out());
        assertFalse(run.err().contains(TOKEN), run.err());
    }

    /** Makes a symbolic link, or skips the test (loudly) where the file system cannot. */
    private static void linkOrSkip(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "cannot make symbolic links here: " + e);
        }
    }

    /** A file outside the project holding the secret. */
    private Path secret() throws IOException {
        return Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("secret.txt"), SECRET + "\n");
    }

    /** Opening a pipe for reading and writing never blocks; it releases a reader left waiting by a failed run. */
    private static void release(Path pipe) throws IOException {
        try (RandomAccessFile writer = new RandomAccessFile(pipe.toFile(), "rw")) {
            writer.getFD();
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The port serve printed, waiting for its first build. */
    private static int port(StringWriter out) throws InterruptedException {
        Pattern serving = Pattern.compile("at http://localhost:(\\d+)/");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = serving.matcher(out.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start within a minute: " + out);
    }

    private static String get(HttpClient http, String uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
