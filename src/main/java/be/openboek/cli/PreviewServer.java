package be.openboek.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A local preview server for the built site on the loopback address only. Serves {@code index.html}
 * for folder addresses and the site's 404 page for anything missing; never serves outside the site.
 */
final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("woff2", "font/woff2"), Map.entry("xml", "application/xml"), Map.entry("ttl", "text/turtle"),
            Map.entry("jsonld", "application/ld+json"), Map.entry("zip", "application/zip"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    /** Where the preview's own files live; no site path starts with it (ids are slugs without underscores). */
    static final String OWN = "/__openboek/";
    private static final byte[] SCRIPT_TAG = ("<script src=\"" + OWN + "preview.js\" defer></script>").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final Path site;
    private final Supplier<PreviewStatus> status;

    private PreviewServer(HttpServer server, Path site, Supplier<PreviewStatus> status) {
        this.server = server;
        this.site = site;
        this.status = status;
    }

    /** Serves {@code site}; pages get a script that reloads them after a rebuild and shows {@code status}'s problems. */
    static PreviewServer start(Path site, int port, Supplier<PreviewStatus> status) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(http, site.toAbsolutePath().normalize(), status);
        http.createContext(OWN, preview::handleOwn);
        http.createContext("/", preview::handle);
        http.start();
        return preview;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(site)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                byte[] body = Files.readAllBytes(file);
                send(exchange, 200, type(file), type(file).startsWith("text/html") ? withScript(body) : body);
                return;
            }
            Path notFound = site.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "not found".getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, "text/html; charset=utf-8", body);
        } catch (IOException | IllegalArgumentException e) {
            // The site may be swapped between two requests; the browser retries.
        }
    }

    private void handleOwn(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(OWN + "status.json")) {
                send(exchange, 200, "application/json", status.get().json());
            } else if (path.equals(OWN + "preview.js")) {
                try (var in = PreviewServer.class.getResourceAsStream("preview.js")) {
                    send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
                }
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The page with the preview script before {@code </body>}; the file on disk is not changed. */
    static byte[] withScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        if (end < 0) {
            return page;
        }
        return (html.substring(0, end) + new String(SCRIPT_TAG, StandardCharsets.UTF_8) + html.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
