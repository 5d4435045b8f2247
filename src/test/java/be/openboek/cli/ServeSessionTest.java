package be.openboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}: a change to a record is on the served page after the rebuild, without a restart; a port it cannot
 * use is a usage error with a hint. The server itself is tested in {@link SiteServerTest}.
 */
class ServeSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void servesTheNewPageAfterARecordChanges(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (ServeSession preview = ServeSession.start(project.root(), tmp.resolve("site"), 0, new PrintWriter(out, true), new PrintWriter(err, true))) {
            URI page = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + preview.port() + "/projects/leesspel/");
            HttpResponse<String> first = get(http, page);
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("<h1>Leesspel</h1>"), first.body());

            Path record = project.path("data/projects/leesspel.yaml");
            Files.writeString(record, Files.readString(record, StandardCharsets.UTF_8).replace("title: Leesspel", "title: Leesspel Plus"),
                    StandardCharsets.UTF_8);

            long deadline = System.nanoTime() + WAIT.toNanos();
            String body = first.body();
            while (!body.contains("<h1>Leesspel Plus</h1>") && System.nanoTime() < deadline) {
                Thread.sleep(100);
                body = get(http, page).body();
            }
            assertTrue(body.contains("<h1>Leesspel Plus</h1>"), "rebuilt within " + WAIT + "; output: " + out + err);
            assertEquals("", err.toString());
        }
    }

    @Test
    void showsTheProblemsOfAFailedRebuildOnThePageAndReloadsWhenFixed(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (ServeSession preview = ServeSession.start(project.root(), tmp.resolve("site"), 0, new PrintWriter(out, true), new PrintWriter(err, true))) {
            String base = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + preview.port();
            HttpResponse<String> page = get(http, URI.create(base + "/projects/leesspel/"));
            assertTrue(page.body().contains("<script src=\"/__openboek/preview.js\" defer></script></body>"), "served pages get the script");
            assertTrue(!Files.readString(tmp.resolve("site/projects/leesspel/index.html")).contains("__openboek"), "the built file does not");
            assertEquals(200, get(http, URI.create(base + "/__openboek/preview.js")).statusCode());
            String before = get(http, URI.create(base + "/__openboek/status.json")).body();
            assertTrue(before.contains("\"problems\":[]"), before);

            Path record = project.path("data/projects/leesspel.yaml");
            String good = Files.readString(record, StandardCharsets.UTF_8);
            Files.writeString(record, good.replace("status: scaled_up", "status: klaar"), StandardCharsets.UTF_8);
            String status = waitFor(http, URI.create(base + "/__openboek/status.json"), "data/projects/leesspel.yaml:");
            assertTrue(status.contains("status: expected one of"), status);
            assertTrue(get(http, URI.create(base + "/projects/leesspel/")).body().contains("<h1>Leesspel</h1>"), "the last good site stays");

            Files.writeString(record, good, StandardCharsets.UTF_8);
            String fixed = waitFor(http, URI.create(base + "/__openboek/status.json"), "\"problems\":[]");
            assertTrue(!fixed.equals(before), "a new version, so the page reloads: " + fixed);
        }
    }

    @Test
    void survivesMarkdownThatWouldOverflowTheStackAndShowsItsProblem(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path record = project.path("data/projects/leesspel.yaml");
        String good = Files.readString(record, StandardCharsets.UTF_8);
        String deep = good.replace("  Een **spel** voor kinderen.", "  " + ">".repeat(100_000));
        String position = "data/projects/leesspel.yaml:" + (good.lines().toList().indexOf("  Een **spel** voor kinderen.") + 1)
                + ": description: ";
        Files.writeString(record, deep, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // The first build meets it already; serve starts anyway and says what is wrong.
        try (ServeSession preview = ServeSession.start(project.root(), tmp.resolve("site"), 0, new PrintWriter(out, true), new PrintWriter(err, true))) {
            String base = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + preview.port();
            String status = waitFor(http, URI.create(base + "/__openboek/status.json"), position);
            assertTrue(status.contains("nested at most 32"), status);

            Files.writeString(record, good, StandardCharsets.UTF_8);
            waitFor(http, URI.create(base + "/__openboek/status.json"), "\"problems\":[]");
            assertEquals(200, get(http, URI.create(base + "/projects/leesspel/")).statusCode());

            // And again while it runs, after a good build.
            Files.writeString(record, deep, StandardCharsets.UTF_8);
            waitFor(http, URI.create(base + "/__openboek/status.json"), position);
            HttpResponse<String> page = get(http, URI.create(base + "/projects/leesspel/"));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Leesspel</h1>"), "the last good site stays");
        }
    }

    @Test
    void refusesAPortInUseWithAHint(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            TestProject.Run run = project.run("serve", "--port", port, "--output", tmp.resolve("site").toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("openboek: cannot serve on port " + port + " of this computer: "), run.err());
            assertTrue(run.err().contains("  hint: stop the program that uses it, or choose another port with --port"), run.err());
        }
    }

    @Test
    void refusesAPortOutOfRange(@TempDir Path tmp) {
        TestProject.Run run = TestProject.fixture(tmp.resolve("project")).run("serve", "--port", "70000");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("--port: expected a port from 0 to 65535, found 70000"), run.err());
    }

    private static String waitFor(HttpClient http, URI uri, String text) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String body = get(http, uri).body();
        while (!body.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = get(http, uri).body();
        }
        assertTrue(body.contains(text), "within " + WAIT + ": " + body);
        return body;
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
