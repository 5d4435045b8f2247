package be.openboek.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served on the loopback address with the JDK's HTTP server, as a static host serves it:
 * {@code index.html} for folder addresses, the site's {@code 404.html} with status 404 for anything missing.
 * For tests that look at pages through a browser; never serves outside the site folder.
 */
final class ServedSite implements AutoCloseable {

    private final HttpServer server;
    private final Path site;

    private ServedSite(HttpServer server, Path site) {
        this.server = server;
        this.site = site;
    }

    /** Serves {@code site} on a free port until closed. */
    static ServedSite serve(Path site) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ServedSite served = new ServedSite(http, site.toAbsolutePath().normalize());
        http.createContext("/", served::handle);
        http.start();
        return served;
    }

    /** The address of the site root, ending in {@code /}. */
    String url() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
            if (file.startsWith(site) && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                status = 404;
                file = site.resolve("404.html");
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".json") ? "application/json" : name.endsWith(".png") ? "image/png" : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
