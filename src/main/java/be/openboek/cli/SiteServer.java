package be.openboek.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A local preview server for the built site, bound to the loopback address only. It answers GET and HEAD, and only
 * requests addressed to {@code localhost}, {@code 127.0.0.1} or {@code [::1]} on its own port (see
 * {@link LoopbackHost}); serves {@code index.html} for folder addresses and the site's 404 page for anything missing;
 * never serves a file outside the site folder (links that lead out included) nor a hidden one, and redirects only to
 * paths of its own (see {@link SitePath}). Slow clients are cut off by {@link ServerWorkers}.
 */
final class SiteServer implements AutoCloseable {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", HTML), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("xml", "application/xml"),
            Map.entry("ttl", "text/turtle; charset=utf-8"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("zip", "application/zip"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    /** Where the preview's own files live; no site path starts with it (ids are slugs without underscores). */
    static final String OWN = "/__openboek/";
    private static final byte[] SCRIPT_TAG = ("<script src=\"" + OWN + "preview.js\" defer></script>").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ServerWorkers workers;
    private final Path site;
    private final Supplier<ServeStatus> status;

    private SiteServer(HttpServer server, ServerWorkers workers, Path site, Supplier<ServeStatus> status) {
        this.server = server;
        this.workers = workers;
        this.site = site;
        this.status = status;
    }

    /** Serves {@code site}; pages get a script that reloads them after a rebuild and shows {@code status}'s problems. */
    static SiteServer start(Path site, int port, Supplier<ServeStatus> status) throws IOException {
        return start(site, port, status, ServerWorkers.Limits.DEFAULT);
    }

    /** As {@link #start(Path, int, Supplier)}, with the given limits on workers and time per request. */
    static SiteServer start(Path site, int port, Supplier<ServeStatus> status, ServerWorkers.Limits limits) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ServerWorkers workers = new ServerWorkers(limits);
        http.setExecutor(workers);
        SiteServer preview = new SiteServer(http, workers, site.toAbsolutePath().normalize(), status);
        http.createContext("/", preview::handle);
        http.start();
        return preview;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The address the server listens on: always a loopback address. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) {
        workers.requestRead();
        try (exchange) {
            answer(exchange);
        } catch (IOException e) {
            // The client went away or took too long, or the site was swapped between two requests: the browser retries.
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        List<String> hosts = exchange.getRequestHeaders().getOrDefault("Host", List.of());
        if (hosts.size() != 1) {
            // Browsers and HTTP tools send exactly one Host header, with HTTP/1.0 too. A request without one is
            // refused (as HTTP/1.1 requires) rather than taken for a local one: no real client is turned away, and
            // the rule has no exception to get wrong.
            send(exchange, 400, TEXT, text("a request needs exactly one Host header"));
            return;
        }
        if (!LoopbackHost.allowed(hosts.get(0), port())) {
            send(exchange, 421, TEXT, text("openboek serve answers only " + LoopbackHost.address(port())
                    + " (or 127.0.0.1, [::1] on the same port)"));
            return;
        }
        String raw = rawPath(exchange.getRequestURI());
        if (raw == null) {
            send(exchange, 400, TEXT, text("expected a path such as /projects/, not a full address"));
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, TEXT, text("the preview only answers GET and HEAD"));
            return;
        }
        if (raw.startsWith(OWN)) {
            answerOwn(exchange, raw);
        } else {
            answerSite(exchange, raw);
        }
    }

    /**
     * The path of the request target as the client sent it, still percent-encoded, or null when the target is not a
     * path. {@link URI} reads a target such as {@code //other.example/x} as a host and a path; for a server it is a
     * path with an empty first segment, so the text is taken as written.
     */
    private static String rawPath(URI target) {
        if (target.getScheme() != null || target.isOpaque()) {
            return null;
        }
        String path = target.toString().split("[?#]", 2)[0];
        return path.startsWith("/") ? path : null;
    }

    private void answerSite(HttpExchange exchange, String raw) throws IOException {
        SitePath path;
        try {
            path = SitePath.parse(raw);
        } catch (SitePath.Refused refused) {
            send(exchange, refused.status, TEXT, text(refused.getMessage()));
            return;
        }
        if (!path.tidy()) {
            redirect(exchange, path.location());
            return;
        }
        Path file = path.hidden() ? null : inside(path.segments());
        if (file != null && Files.isDirectory(file)) {
            if (!path.folder()) {
                redirect(exchange, path.asFolder().location());
                return;
            }
            file = inside(Stream.concat(path.segments().stream(), Stream.of("index.html")).toList());
        } else if (path.folder()) {
            file = null;
        }
        if (file != null && Files.isRegularFile(file)) {
            String type = type(file);
            if (type.startsWith("text/html")) {
                send(exchange, 200, type, withScript(read(file)));
            } else {
                sendFile(exchange, type, file);
            }
            return;
        }
        Path notFound = inside(List.of("404.html"));
        if (notFound != null && Files.isRegularFile(notFound)) {
            send(exchange, 404, HTML, read(notFound));
        } else {
            send(exchange, 404, TEXT, text("not found"));
        }
    }

    private void answerOwn(HttpExchange exchange, String raw) throws IOException {
        if (raw.equals(OWN + "status.json")) {
            send(exchange, 200, "application/json", status.get().json());
        } else if (raw.equals(OWN + "preview.js")) {
            try (InputStream in = SiteServer.class.getResourceAsStream("preview.js")) {
                send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
            }
        } else {
            send(exchange, 404, TEXT, text("not found"));
        }
    }

    /**
     * The real path (links resolved) of what {@code names} lead to in the site folder, or null when it does not exist
     * or lies outside the site folder, e.g. through a link in the built site.
     */
    private Path inside(List<String> names) {
        try {
            Path file = site;
            for (String name : names) {
                file = file.resolve(name);
            }
            Path real = file.toRealPath();
            // The site folder's own real path is taken per request: a full build swaps the folder.
            return real.startsWith(site.toRealPath()) ? real : null;
        } catch (IOException | InvalidPathException e) {
            return null;
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

    private static byte[] text(String message) {
        return (message + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return Channels.newInputStream(channel).readAllBytes();
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 301, TEXT, new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        headers(exchange, type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Streams a file: datasets can be large. Its size is taken from the open file, which a rebuild replaces, never changes. */
    private static void sendFile(HttpExchange exchange, String type, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            headers(exchange, type);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream out = exchange.getResponseBody()) {
                Channels.newInputStream(channel).transferTo(out);
            }
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        // Browsers take the type as sent, and pages of other sites cannot embed or read what the preview serves.
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
    }

    @Override
    public void close() {
        server.stop(0);
        workers.close();
    }
}
