package be.openboek.render;

import be.openboek.format.Language;
import be.openboek.text.ControlCharacters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code sitemap.xml} (every HTML page in both languages, each with its {@code xhtml:link} alternates,
 * Dutch as x-default) and {@code robots.txt} (allow all, pointing at the sitemap) at the site root. Addresses
 * are absolute, from the organisation's {@code base_url}, as the sitemap protocol requires; the order is fixed
 * so two builds give the same bytes.
 */
final class SitemapWriter {

    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";

    private final String baseUrl;

    /** @param baseUrl where the site is published, ending in {@code /} */
    SitemapWriter(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** @param paths the pages' addresses within a language ({@code ""}, {@code projects/x/}), home first */
    void write(List<String> paths, Path output) throws IOException {
        Files.writeString(output.resolve(SITEMAP), sitemap(paths), StandardCharsets.UTF_8);
        Files.writeString(output.resolve(ROBOTS), robots(), StandardCharsets.UTF_8);
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
