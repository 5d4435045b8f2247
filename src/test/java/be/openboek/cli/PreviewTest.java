package be.openboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
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

/** {@code serve}: a change to a record is on the served page after the rebuild, without a restart. */
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void servesTheNewPageAfterARecordChanges(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Preview preview = Preview.start(project.root(), tmp.resolve("site"), 0, new PrintWriter(out, true), new PrintWriter(err, true))) {
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

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
