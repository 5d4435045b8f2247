package be.openboek.render;

import be.openboek.markdown.HtmlNesting;
import be.openboek.markdown.MarkdownLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list of HTML a page may carry from Markdown: text markup, tables, lists and links to http, https, mailto
 * and relative addresses; no scripts, styles, event handlers, frames, forms, images or {@code name} attributes. The
 * Markdown renderer writes only what it keeps ({@link AllowListRendering}), so pages are not cleaned with it; the
 * tests hold it as the oracle every rendered text must pass unchanged, and the body of a page of content/ passes it
 * once more on its way into JBake's template. HTML nested deeper than {@link #MAX_DEPTH} elements is refused: jsoup's
 * work per tag grows with the depth.
 */
public final class HtmlSanitizer {

    /** Elements inside each other: what Markdown within {@link MarkdownLimits} gives, with room to spare. */
    static final int MAX_DEPTH = 8 * MarkdownLimits.MAX_NESTING;

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
            .preserveRelativeLinks(true);

    /** The allow-listed HTML. */
    public String clean(String html) {
        return serialise(cleaned(html));
    }

    private Document cleaned(String html) {
        HtmlNesting nesting = new HtmlNesting(MAX_DEPTH);
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i)) {
            i = nesting.read(html, i, html.length());
            if (nesting.tooDeep()) {
                throw new MarkdownException(new MarkdownLimits.Excess(0, 0, "expected HTML elements nested at most " + MAX_DEPTH
                        + " deep, found deeper nesting", "nest fewer lists, quotes and HTML elements"));
            }
        }
        return new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, BASE));
    }

    private static String serialise(Document doc) {
        doc.outputSettings(OUTPUT);
        return doc.body().html();
    }
}
