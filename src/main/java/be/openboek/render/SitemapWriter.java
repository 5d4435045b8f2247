package be.openboek.render;

import be.openboek.format.Language;
import be.openboek.model.Site;
import be.openboek.text.ControlCharacters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes {@code sitemap.xml} (every HTML page in both languages, each with its {@code xhtml:link} alternates,
 * Dutch as x-default) and {@code robots.txt} (allow all, pointing at the sitemap) at the site root. Addresses
 * are absolute, from the organisation's {@code base_url}, as the sitemap protocol requires; the order is fixed
 * so two builds give the same bytes.
 *
 * <p>The protocol allows 50,000 addresses in one sitemap file. A larger site gets a sitemap index instead: then
 * {@code sitemap.xml} lists the files {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... beside it, each with at most
 * that many addresses (a page and its translation stay in one file). Crawlers and robots.txt keep reading
 * {@code sitemap.xml} either way.
 */
final class SitemapWriter {

    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";
    /** The sitemap protocol's limit of addresses per file. */
    static final int URLS_PER_FILE = 50_000;
    private static final Pattern PART = Pattern.compile("sitemap-[0-9]+\\.xml");

    private final String baseUrl;
    private final int urlsPerFile;

    /** Every address the sitemap of {@code site} lists: the pages of its plan, then its content pages. */
    static List<String> paths(Site site, PagePlan plan) {
        List<String> paths = new ArrayList<>(plan.htmlPaths());
        site.pages().forEach(p -> paths.add(p.id() + "/"));
        return paths;
    }

    /** @param baseUrl where the site is published, ending in {@code /} */
    SitemapWriter(String baseUrl) {
        this(baseUrl, URLS_PER_FILE);
    }

    /** With another limit per file, so that a test can split a small site. */
    SitemapWriter(String baseUrl, int urlsPerFile) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.urlsPerFile = Math.max(urlsPerFile, Language.values().length);
    }

    /**
     * Writes the sitemap (or the index and its parts) and robots.txt; removes parts of an earlier, larger sitemap
     * that this one no longer has ({@code serve} rebuilds in place).
     *
     * @param paths the pages' addresses within a language ({@code ""}, {@code projects/x/}), home first
     * @return the files written, relative to {@code output}
     */
    List<String> write(List<String> paths, Path output) throws IOException {
        List<String> parts = new ArrayList<>();
        int pathsPerFile = urlsPerFile / Language.values().length;
        if (paths.size() <= pathsPerFile) {
            Files.writeString(output.resolve(SITEMAP), sitemap(paths), StandardCharsets.UTF_8);
        } else {
            for (int from = 0; from < paths.size(); from += pathsPerFile) {
                String part = "sitemap-" + (parts.size() + 1) + ".xml";
                Files.writeString(output.resolve(part), sitemap(paths.subList(from, Math.min(from + pathsPerFile, paths.size()))),
                        StandardCharsets.UTF_8);
                parts.add(part);
            }
            Files.writeString(output.resolve(SITEMAP), index(parts), StandardCharsets.UTF_8);
        }
        try (Stream<Path> files = Files.list(output)) {
            for (Path stale : files.filter(f -> PART.matcher(f.getFileName().toString()).matches())
                    .filter(f -> !parts.contains(f.getFileName().toString())).toList()) {
                Files.delete(stale);
            }
        }
        Files.writeString(output.resolve(ROBOTS), robots(), StandardCharsets.UTF_8);
        List<String> written = new ArrayList<>(List.of(SITEMAP, ROBOTS));
        written.addAll(parts);
        return written;
    }

    /** Whether {@code path}, relative to the site root, is a file this writer writes (or wrote for a larger site). */
    static boolean writes(String path) {
        return path.equals(SITEMAP) || path.equals(ROBOTS) || PART.matcher(path).matches();
    }

    /** A sitemap index naming each part by its absolute address. */
    String index(List<String> parts) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String part : parts) {
            xml.append("  <sitemap>\n    <loc>").append(escape(baseUrl + part)).append("</loc>\n  </sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    String sitemap(List<String> paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String path : paths) {
            for (Language language : Language.values()) {
                xml.append("  <url>\n    <loc>").append(escape(url(language, path))).append("</loc>\n");
                for (Language alternate : Language.values()) {
                    alternate(xml, alternate.code(), url(alternate, path));
                }
                alternate(xml, "x-default", url(Language.NL, path));
                xml.append("  </url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    String robots() {
        // Crawlers read robots.txt only at the host's root; under a sub-path it is harmless and says where the sitemap is.
        return "# Everything on this site may be crawled.\nUser-agent: *\nAllow: /\n\nSitemap: " + baseUrl + SITEMAP + "\n";
    }

    private String url(Language language, String path) {
        return baseUrl + language.prefix() + path;
    }

    private static void alternate(StringBuilder xml, String hreflang, String href) {
        xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(hreflang).append("\" href=\"").append(escape(href)).append("\"/>\n");
    }

    /**
     * A URL as XML text. Addresses come from ids and file names that validation keeps plain, but the writer does not
     * rely on it: a character XML forbids is percent-encoded (its UTF-8 bytes; an unpaired surrogate as U+FFFD's).
     */
    static String escape(String url) {
        StringBuilder out = new StringBuilder(url.length());
        url.codePoints().forEach(cp -> {
            if (ControlCharacters.isForbidden(cp)) {
                String character = Character.isSurrogate((char) cp) ? String.valueOf(ControlCharacters.REPLACEMENT) : Character.toString(cp);
                for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
                return;
            }
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
