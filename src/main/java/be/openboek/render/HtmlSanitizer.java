package be.openboek.render;

import be.openboek.markdown.HtmlNesting;
import be.openboek.markdown.MarkdownLimits;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML made from Markdown with an allow-list, because flexmark passes raw HTML and most
 * dangerous links. Keeps text markup, tables, lists and links to http, https, mailto and relative
 * addresses; drops scripts, styles, event handlers, frames, forms, images from other hosts and {@code name}
 * attributes. HTML nested deeper than {@link #MAX_DEPTH} elements is refused: jsoup's work per tag grows with the
 * depth.
 */
public final class HtmlSanitizer {

    /**
     * What an {@code id} from Markdown starts with on the page, so that a text cannot take over an anchor of the
     * page's own ({@code #inhoud}, the skip link's target, or a section of the template).
     */
    static final String ID_PREFIX = "md-";
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
            .addAttributes(":all", "id")
            .preserveRelativeLinks(true);

    /** The allow-listed HTML; ids are kept as they are. */
    public String clean(String html) {
        return serialise(cleaned(html));
    }

    /**
     * The allow-listed HTML of a Markdown text, its ids prefixed with {@link #ID_PREFIX} and its links to them
     * ({@code href="#x"} where the text has {@code id="x"}) changed to match. Links to anchors the text does not
     * define are left alone: they point at the page's own sections.
     */
    String cleanMarkdown(String html) {
        Document doc = cleaned(html);
        Set<String> ids = new HashSet<>();
        for (Element element : doc.body().select("[id]")) {
            ids.add(element.id());
            element.id(ID_PREFIX + element.id());
        }
        for (Element link : doc.body().select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (ids.contains(target)) {
                link.attr("href", "#" + ID_PREFIX + target);
            }
        }
        return serialise(doc);
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
