package be.openboek.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;

/**
 * Markdown in records (project descriptions, notes) to safe HTML, in the same dialect JBake uses for
 * the pages in content/. One parser and renderer for the whole build: both are thread-safe.
 */
public final class MarkdownRenderer {

    /** The flexmark (pegdown-profile) extensions, also handed to JBake as {@code markdown.extensions}. */
    static final String EXTENSIONS = "TABLES,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,STRIKETHROUGH,SMARTS";

    private static final int FLAGS = PegdownExtensions.TABLES | PegdownExtensions.AUTOLINKS
            | PegdownExtensions.FENCED_CODE_BLOCKS | PegdownExtensions.DEFINITIONS | PegdownExtensions.STRIKETHROUGH
            | PegdownExtensions.SMARTS;

    private final Parser parser;
    /** The same parser without the autolink extension, for texts in which it cannot find a link (see {@link #mayLink}). */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;
    /**
     * The last text and its HTML, per thread: the pages of one record in every language show the same Markdown and
     * are rendered one after the other on one thread (see {@link RecordPagesRenderer}), so each is converted once.
     */
    private final ThreadLocal<String[]> last = ThreadLocal.withInitial(() -> new String[2]);

    public MarkdownRenderer(HtmlSanitizer sanitizer) {
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(FLAGS);
        this.parser = Parser.builder(options).build();
        List<Extension> withoutAutolinks = Parser.EXTENSIONS.get(options).stream()
                .filter(extension -> !(extension instanceof AutolinkExtension)).toList();
        this.parserWithoutAutolinks = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, withoutAutolinks)).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.sanitizer = sanitizer;
    }

    /**
     * Whether flexmark's autolink extension (flexmark-java 0.64.8, {@code AutolinkNodePostProcessor}) could find a link
     * in {@code markdown}. It looks in the text of each text node, backslash escapes and HTML entities decoded, for
     * what autolink-java 0.6.0 finds, which starts at a {@code :} (URL), an {@code @} (e-mail) or {@code www.} (lower
     * case), and for {@code scheme://}. Without an {@code &} no entity can make one of these, and a backslash escape
     * can only drop the {@code \} before a punctuation mark; so a text without {@code :}, {@code @}, {@code &} and
     * {@code www} has no link, and that extension changes nothing in its tree. It costs a quarter of the conversion,
     * scanning every text node with a regular expression.
     */
    static boolean mayLink(String markdown) {
        return markdown.indexOf(':') >= 0 || markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0
                || markdown.contains("www");
    }

    /** Sanitised HTML for {@code markdown}; empty for null. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String[] previous = last.get();
        if (markdown.equals(previous[0])) {
            return previous[1];
        }
        String html = html(markdown, mayLink(markdown));
        previous[0] = markdown;
        previous[1] = html;
        return html;
    }

    /** The conversion, with or without the autolink extension, not remembered. */
    String html(String markdown, boolean autolinks) {
        Parser p = autolinks ? parser : parserWithoutAutolinks;
        return sanitizer.clean(renderer.render(p.parse(markdown))).strip();
    }
}
