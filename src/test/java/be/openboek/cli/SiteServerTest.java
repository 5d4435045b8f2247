package be.openboek.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s HTTP server against hostile and clumsy clients, on a tiny site folder and a real socket: redirects
 * stay on the site, only loopback host names are answered, nothing outside the site or hidden is served, and slow
 * clients neither hold up others nor keep their connection.
 */
class SiteServerTest {

    private static final String SECRET = "not for the site";
    private static final ServerWorkers.Limits SHORT = new ServerWorkers.Limits(4, Duration.ofSeconds(1), Duration.ofSeconds(1));

    @TempDir
    Path tmp;
    private Path site;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void writeSite() throws IOException {
        site = tmp.resolve("site");
        write(site.resolve("index.html"), "<html><body><h1>Home</h1></body></html>");
        write(site.resolve("projects/index.html"), "<html><body><h1>Projects</h1></body></html>");
        write(site.resolve("café/index.html"), "<html><body><h1>Café</h1></body></html>");
        write(site.resolve("404.html"), "<html><body><h1>Not here</h1></body></html>");
        write(site.resolve("assets/site.css"), "body { color: black; }");
        write(site.resolve("data/records.json"), "{\"records\": []}");
        write(site.resolve("data/blob.bin"), "raw");
        write(site.resolve(".hidden/notes.txt"), SECRET);
        write(tmp.resolve("secret.txt"), SECRET);
        // What a build keeps beside its output folder.
        write(tmp.resolve(".site.cache/pages.txt"), SECRET);
    }

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void redirectsOnlyToPathsOfThisSite() throws Exception {
        try (SiteServer server = start()) {
            List<String> tricks = List.of("/%2fother.example%2f..%2fprojects", "/%2Fother.example%2F..%2Fprojects",
                    "/%2f%2fother.example/projects", "/%5cother.example%5c..%5cprojects", "/%5C%5Cother.example/projects",
                    "//other.example/../projects", "//other.example/%2e%2e/projects", "///other.example/projects",
                    "//other.example", "/./other.example/../projects", "/%2e/%2fother.example", "/%2e%2e/projects",
                    "/projects/%2e%2e", "/%09/other.example", "/%0d%0aLocation:%20//other.example/", "/%00/projects",
                    "/%c0%af/projects", "/%/projects", "/%zz/projects");
            for (String trick : tricks) {
                Answer answer = get(server, trick);
                String location = answer.header("location");
                if (location != null) {
                    assertTrue(location.matches("/([^/\\\\].*)?"), trick + " redirects to " + location);
                }
                assertTrue(answer.status() == 301 || answer.status() == 400 || answer.status() == 404, trick + " → " + answer.status());
            }
            for (String trick : List.of("/%2fother.example%2f..%2fprojects", "/%5cother.example%5c..%5cprojects", "/%2e%2e/projects",
                    "/%00/projects", "/%0d%0aLocation:%20//other.example/")) {
                assertEquals(400, get(server, trick).status(), trick);
            }
            assertEquals(414, get(server, "/" + "projects/".repeat(300)).status(), "an over-long path");

            Answer folder = get(server, "/projects");
            assertEquals(301, folder.status());
            assertEquals("/projects/", folder.header("location"));
            assertEquals("/caf%C3%A9/", get(server, "/caf%C3%A9").header("location"));
            assertEquals("/projects/", get(server, "//projects/").header("location"), "double slashes are tidied");
            assertEquals("/projects/", get(server, "/projects//").header("location"));
            assertEquals("/assets/site.css", get(server, "/assets//site.css").header("location"));
        }
    }

    @Test
    void servesNothingOutsideTheSiteNorHiddenFiles() throws Exception {
        boolean links = link(site.resolve("link.txt"), tmp.resolve("secret.txt")) & link(site.resolve("outside"), tmp)
                & link(site.resolve("assets/up"), site.resolve(".."));
        try (SiteServer server = start()) {
            List<String> paths = new ArrayList<>(List.of("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt",
                    "/projects/..%2f..%2fsecret.txt", "/%2e%2e/.site.cache/pages.txt", "/..%5csecret.txt", "/.hidden/notes.txt",
                    "/.hidden/", "/%2ehidden/notes.txt", "/projects/../.hidden/notes.txt"));
            if (links) {
                paths.addAll(List.of("/link.txt", "/outside/secret.txt", "/outside/.site.cache/pages.txt", "/assets/up/secret.txt"));
            }
            for (String path : paths) {
                Answer answer = get(server, path);
                assertTrue(answer.status() == 400 || answer.status() == 403 || answer.status() == 404, path + " → " + answer.status());
                assertFalse(answer.body().contains(SECRET), path + " served " + answer.body());
            }
            assertEquals(200, get(server, "/assets/site.css").status(), "files inside are served");
        }
    }

    @Test
    void answersOnlyLoopbackHostNamesWithItsOwnPort() throws Exception {
        try (SiteServer server = start()) {
            int port = server.port();
            int other = port == 65535 ? port - 1 : port + 1;
            for (String host : List.of("localhost:" + port, "LocalHost:" + port, "127.0.0.1:" + port, "[::1]:" + port)) {
                Answer answer = send(server, "GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
                assertEquals(200, answer.status(), host);
                assertTrue(answer.body().contains("<h1>Home</h1>"), host);
            }
            for (String host : List.of("evil.example:" + port, "localhost.evil.example:" + port, "127.0.0.1:" + other,
                    "localhost:" + other, "[::1]:" + other, "localhost", "127.0.0.1", "evil.example", "127.0.0.1.nip.io:" + port,
                    "localhost:" + port + ".evil.example", "localhost:" + port + "@evil.example", "[::1", "[0:0:0:0:0:0:0:1]:" + port,
                    "localhost.:" + port, "")) {
                for (String path : List.of("/", "/__openboek/status.json", "/projects")) {
                    Answer answer = send(server, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
                    assertEquals(421, answer.status(), host + " " + path);
                    assertFalse(answer.body().contains("<h1>") || answer.body().contains("version"), host + " " + path);
                    assertEquals(null, answer.header("location"), host + " " + path);
                }
            }
            assertEquals(400, send(server, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n").status(), "no Host");
            assertEquals(400, send(server, "GET / HTTP/1.0\r\n\r\n").status(), "no Host, HTTP/1.0");
            assertEquals(200, send(server, "GET / HTTP/1.0\r\nHost: localhost:" + port + "\r\n\r\n").status());
            assertEquals(400, send(server, "GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .status(), "two Host headers");
            assertEquals(400, send(server, "GET http://evil.example/ HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .status(), "an absolute address in the request line");
        }
    }

    @Test
    void aSlowClientDoesNotHoldUpOthers() throws Exception {
        try (SiteServer server = start()) {
            for (int i = 0; i < 3; i++) {
                halfRequest(server);
            }
            long start = System.nanoTime();
            Answer answer = get(server, "/");
            assertEquals(200, answer.status());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2000, "answered after " + millis + " ms");
        }
    }

    @Test
    void cutsOffAClientThatSendsItsRequestTooSlowly() throws Exception {
        try (SiteServer server = startImpatient()) {
            Socket half = halfRequest(server);
            assertClosedWithin(half, Duration.ofSeconds(4));

            // One byte at a time keeps the connection busy, but the whole request has a limit, not each byte.
            Socket trickle = connect(server);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = trickle.getOutputStream();
                    out.write(("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n").getBytes(ISO_8859_1));
                    for (int i = 0; i < 100; i++) {
                        out.write('X');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // cut off, as it should be
                }
            });
            writer.setDaemon(true);
            writer.start();
            assertClosedWithin(trickle, Duration.ofSeconds(4));
            assertEquals(200, get(server, "/").status(), "the server still answers");
        }
    }

    @Test
    void cutsOffAClientThatDoesNotTakeItsAnswer() throws Exception {
        long size = 64L << 20;
        try (RandomAccessFile big = new RandomAccessFile(site.resolve("data/big.zip").toFile(), "rw")) {
            big.setLength(size);
        }
        try (SiteServer server = startImpatient()) {
            Socket lazy = connect(server);
            lazy.getOutputStream().write(("GET /data/big.zip HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n\r\n").getBytes(ISO_8859_1));
            Thread.sleep(3000);
            long received = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = lazy.getInputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received += n;
                }
            } catch (SocketException e) {
                // reset: the server gave up on this client
            }
            assertTrue(received < size, "the whole answer was sent to a client that waited " + received);
            assertEquals(200, get(server, "/").status(), "the server still answers");
        }
    }

    @Test
    void answersHeadAndRefusesOtherMethods() throws Exception {
        try (SiteServer server = start()) {
            int port = server.port();
            for (String path : List.of("/", "/data/records.json", "/__openboek/status.json")) {
                Answer get = get(server, path);
                Answer head = send(server, "HEAD " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
                assertEquals(200, head.status(), path);
                assertEquals("", head.body(), path);
                assertEquals(String.valueOf(get.body().getBytes(UTF_8).length), head.header("content-length"), path);
                assertEquals(get.header("content-type"), head.header("content-type"), path);
            }
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND")) {
                Answer answer = send(server, method + " / HTTP/1.1\r\nHost: localhost:" + port
                        + "\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
                assertEquals(405, answer.status(), method);
                assertEquals("GET, HEAD", answer.header("allow"), method);
                assertFalse(answer.body().contains("<h1>"), method);
            }
            assertTrue(send(server, "OPTIONS * HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n").status() != 200);
        }
    }

    @Test
    void everyAnswerNamesItsTypeAndForbidsSniffing() throws Exception {
        try (SiteServer server = start()) {
            int port = server.port();
            Map<String, String> types = Map.of("/", "text/html; charset=utf-8", "/assets/site.css", "text/css; charset=utf-8",
                    "/data/records.json", "application/json", "/data/blob.bin", "application/octet-stream",
                    "/missing/", "text/html; charset=utf-8", "/__openboek/status.json", "application/json",
                    "/__openboek/preview.js", "text/javascript; charset=utf-8");
            for (Map.Entry<String, String> type : types.entrySet()) {
                Answer answer = get(server, type.getKey());
                assertEquals(type.getValue(), answer.header("content-type"), type.getKey());
                assertEquals("nosniff", answer.header("x-content-type-options"), type.getKey());
            }
            List<Answer> others = List.of(get(server, "/projects"), get(server, "/%2f"), get(server, "/.hidden/notes.txt"),
                    send(server, "POST / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n"),
                    send(server, "GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n"));
            for (Answer answer : others) {
                assertNotNull(answer.header("content-type"), answer.toString());
                assertEquals("nosniff", answer.header("x-content-type-options"), answer.toString());
            }
        }
    }

    @Test
    void answersManyConnectionsAtOnceAndSurvivesAHugeHeader() throws Exception {
        try (SiteServer server = start()) {
            for (int i = 0; i < 20; i++) {
                halfRequest(server);
            }
            for (int i = 0; i < 50; i++) {
                connect(server);
            }
            Answer huge = send(server, "GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nX-Huge: " + "x".repeat(1 << 20)
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(huge.status() != 200, "a 1 MB header is refused: " + huge.status());

            ExecutorService clients = Executors.newFixedThreadPool(16);
            try {
                List<Future<Answer>> answers = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    answers.add(clients.submit(() -> get(server, "/projects/")));
                }
                for (Future<Answer> answer : answers) {
                    assertEquals(200, answer.get().status());
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        try (SiteServer server = start()) {
            assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
        }
    }

    private SiteServer start() throws IOException {
        return SiteServer.start(site, 0, SiteServerTest::status);
    }

    /** A server that cuts clients off after a second, so that the tests of it need not wait for the default limits. */
    private SiteServer startImpatient() throws IOException {
        return SiteServer.start(site, 0, SiteServerTest::status, SHORT);
    }

    private static ServeStatus status() {
        return new ServeStatus(1, List.of());
    }

    private Socket connect(SiteServer server) throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
        return socket;
    }

    /** A client that sends half a request line and then nothing. */
    private Socket halfRequest(SiteServer server) throws IOException {
        Socket socket = connect(server);
        socket.getOutputStream().write("GET /ind".getBytes(ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    private static void assertClosedWithin(Socket socket, Duration limit) throws IOException {
        long start = System.nanoTime();
        socket.setSoTimeout((int) limit.toMillis());
        try {
            while (socket.getInputStream().read() >= 0) {
                // whatever the server says before it closes
            }
        } catch (SocketException e) {
            // reset counts as closed
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("the connection was still open after " + limit, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < limit.toMillis(), "closed after " + millis + " ms");
    }

    private static Answer get(SiteServer server, String rawPath) throws IOException {
        return send(server, "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
    }

    /** Sends a request as written, byte for byte, and reads the answer until the server closes the connection. */
    private static Answer send(SiteServer server, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            socket.setSoTimeout(5000);
            try {
                socket.getOutputStream().write(request.getBytes(UTF_8));
            } catch (SocketException e) {
                // the server closed before reading it all; read what it said
            }
            byte[] bytes;
            try {
                bytes = socket.getInputStream().readAllBytes();
            } catch (SocketException e) {
                bytes = new byte[0];
            }
            return Answer.parse(new String(bytes, UTF_8));
        }
    }

    /** An answer as read from the socket; status -1 when the server closed without one. */
    private record Answer(int status, Map<String, String> headers, String body) {

        static Answer parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return new Answer(-1, Map.of(), text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }

    /** Makes a symbolic link; false where the file system or the user may not. */
    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
