package be.openboek.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML made from Markdown with an allow-list, because flexmark passes raw HTML and most
 * dangerous links. Keeps text markup, tables, lists and links to http, https, mailto and relative
 * addresses; drops scripts, styles, event handlers, frames, forms and images from other hosts.
 */
public final class HtmlSanitizer {

    /** Never fetched: only used to tell relative links from links with a scheme. */
    private static final String BASE = "https://relative.invalid/";
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private final Safelist safelist = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .removeProtocols("img", "src", "http", "https")
            .removeTags("img")
            .addAttributes("th", "scope")
            .addAttributes("td", "align")
            .addAttributes("th", "align")
            .addAttributes(":all", "id")
            .preserveRelativeLinks(true);

    public String clean(String html) {
        return Jsoup.clean(html, BASE, safelist, OUTPUT);
    }
}
