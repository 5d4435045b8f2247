package be.openboek.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;

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
        this.renderer = HtmlRenderer.builder(options).build();
        this.sanitizer = sanitizer;
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
        String html = sanitizer.clean(renderer.render(parser.parse(markdown))).strip();
        previous[0] = markdown;
        previous[1] = html;
        return html;
    }
}
