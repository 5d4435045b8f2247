package be.openboek.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks every internal link of a built site without a server: {@code href} and {@code src} in every HTML page,
 * {@code href} in Atom feeds and sitemaps, {@code url(...)} in stylesheets. A link must name an existing file
 * (a folder link means its {@code index.html}) and its {@code #fragment} an id on that page. Links to other hosts
 * are not fetched; absolute links to the site's own base URL count as internal.
 */
final class LinkChecker {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final URI SITE = URI.create("http://site.invalid/");

    private final Path root;
    private final String baseUrl;
    private final String basePath;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    /**
     * @param root    the built site
     * @param baseUrl the site's published address, ending in /, e.g. {@code https://open.example/}
     */
    LinkChecker(Path root, String baseUrl) {
        this.root = root;
        this.baseUrl = baseUrl;
        this.basePath = URI.create(baseUrl).getPath();
    }

    /** Every broken link, as {@code file: link (why)}; empty when all resolve. */
    List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<String> links = new ArrayList<>();
            if (name.endsWith(".html")) {
                Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
                doc.select("[href]").forEach(e -> links.add(e.attr("href")));
                doc.select("[src]").forEach(e -> links.add(e.attr("src")));
            } else if (name.endsWith(".xml")) {
                Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
                doc.select("link[href]").forEach(e -> links.add(e.attr("href")));
                doc.select("loc").forEach(e -> links.add(e.text()));
            } else if (name.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    links.add(m.group(1));
                }
            }
            for (String link : links) {
                String why = check(file, link.strip());
                if (why != null) {
                    broken.add(root.relativize(file) + ": " + link + " (" + why + ")");
                }
            }
        }
        return broken;
    }

    /** Why {@code link} on {@code page} is broken, or null when it resolves or leaves the site. */
    private String check(Path page, String link) {
        String from = root.relativize(page).toString().replace('\\', '/');
        if (link.isEmpty() || link.startsWith("?")) {
            // The page itself (href="" on a home page whose root is "").
            return null;
        }
        String path;
        if (link.startsWith(baseUrl)) {
            path = link.substring(baseUrl.length());
        } else if (link.startsWith("//") || link.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return null;
        } else if (link.startsWith("/")) {
            if (!link.startsWith(basePath)) {
                return "outside the site's base path " + basePath;
            }
            path = link.substring(basePath.length());
        } else {
            URI resolved = SITE.resolve(from).resolve(link);
            if (!resolved.getHost().equals(SITE.getHost())) {
                return null;
            }
            path = resolved.getRawPath().substring(1) + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
            if (resolved.getRawPath().startsWith("/..")) {
                return "leaves the site root";
            }
        }
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = URLDecoder.decode(path.substring(hash + 1), StandardCharsets.UTF_8);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = URLDecoder.decode(path, StandardCharsets.UTF_8);
        if (link.startsWith("#")) {
            path = from;
        }
        Path target = root.resolve(path);
        if (path.isEmpty() || path.endsWith("/") || Files.isDirectory(target)) {
            if (!path.isEmpty() && !path.endsWith("/")) {
                return "a folder without a trailing slash";
            }
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no file " + root.relativize(target);
        }
        if (!fragment.isEmpty() && target.getFileName().toString().endsWith(".html") && !idsOf(target).contains(fragment)) {
            return "no id \"" + fragment + "\" in " + root.relativize(target);
        }
        return null;
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            try {
                Set<String> found = new HashSet<>();
                Document doc = Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8));
                doc.select("[id]").forEach(e -> found.add(e.id()));
                doc.select("a[name]").forEach((Element e) -> found.add(e.attr("name")));
                return found;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
