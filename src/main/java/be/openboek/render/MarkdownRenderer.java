package be.openboek.render;

import be.openboek.markdown.MarkdownLimits;
import be.openboek.markdown.MarkdownLimits.Excess;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Markdown of records (project descriptions, the organisation's introduction) and of the pages in content/ (see
 * {@link ContentStager}) to safe HTML, in the pegdown dialect JBake used for them. The renderer itself writes only what
 * the allow-list of {@link HtmlSanitizer} keeps ({@link AllowListRendering}): raw HTML comes out as text, so no page
 * needs a cleaning pass. One parser and renderer for the whole build: both are thread-safe.
 *
 * <p>Every text is bounded, each bound a {@link MarkdownException} saying where in the text:
 * <ul>
 * <li>it keeps {@link MarkdownLimits}: a linear scan before parsing (nesting, runs of marks, size);</li>
 * <li>flexmark may read at most {@link #READ_BUDGET} characters for it ({@link BoundedText}): its slow paths read the
 * same characters again and again, so counting reads bounds its work and, unlike a clock, gives the same verdict on
 * a busy CI runner as on an idle laptop;</li>
 * <li>the parsed tree may be at most {@link #MAX_TREE_DEPTH} deep, as rendering recurses once per level;</li>
 * <li>it is converted on a thread with a large stack, so that flexmark's recursion and that of its regular
 * expressions (once per attribute of an HTML tag, per character of a link title) have room; an overflow is caught
 * there and the thread goes on with the next text;</li>
 * <li>after {@link #DEADLINE} it is given up and its conversion stops at its next read: the last bound, for work
 * nothing above foresees.</li>
 * </ul>
 */
public final class MarkdownRenderer {

    /**
     * Characters flexmark may read for one text, over all its passes: about a second of its slowest work. An ordinary
     * text costs 10 to 15 reads per character (a 1 MB text 15 million); 800 reference definitions in a row, each read
     * again for every one after it, cost about 85 million.
     */
    static final long READ_BUDGET = 100_000_000L;
    /** Levels of the parsed tree; one level of Markdown nesting is at most a few (a list and its item). */
    static final int MAX_TREE_DEPTH = 4 * MarkdownLimits.MAX_NESTING;
    /** The last bound, for work no count above foresees; far beyond what any text within the others takes. */
    static final Duration DEADLINE = Duration.ofSeconds(20);

    /** The flexmark (pegdown-profile) extensions; JBake's own Markdown setting is unused, as it is given HTML. */
    private static final int FLAGS = PegdownExtensions.TABLES | PegdownExtensions.AUTOLINKS
            | PegdownExtensions.FENCED_CODE_BLOCKS | PegdownExtensions.DEFINITIONS | PegdownExtensions.STRIKETHROUGH
            | PegdownExtensions.SMARTS;
    private static final String SIMPLIFY = "simplify it near that line: fewer reference definitions or table rows in a row,"
            + " fewer unmatched ` [ < * or _";
    /** 32 times an ordinary thread's stack: reserved address space, used only as deep as a conversion goes. */
    private static final long STACK_BYTES = 32L * 1024 * 1024;
    /** The threads that convert, shared by all renderers; idle ones end after a minute. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(null, task, "openboek-markdown", STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private final Parser parser;
    /** The same parser without the autolink extension, for texts in which it cannot find a link (see {@link #mayLink}). */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    /**
     * The last text and its HTML, per thread: the pages of one record in every language show the same Markdown and
     * are rendered one after the other on one thread (see {@link RecordPagesRenderer}), so each is converted once.
     */
    private final ThreadLocal<String[]> last = ThreadLocal.withInitial(() -> new String[2]);

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(FLAGS));
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(options));
        extensions.add(new AllowListRendering());
        options.set(Parser.EXTENSIONS, extensions);
        AllowListRendering.configure(options);
        this.parser = Parser.builder(options).build();
        List<Extension> withoutAutolinks = Parser.EXTENSIONS.get(options).stream()
                .filter(extension -> !(extension instanceof AutolinkExtension)).toList();
        this.parserWithoutAutolinks = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, withoutAutolinks)).build();
        this.renderer = HtmlRenderer.builder(options).build();
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

    /**
     * Safe HTML for {@code markdown}; empty for null.
     *
     * @throws MarkdownException when the text goes beyond a bound
     */
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
        MarkdownLimits.check(markdown).ifPresent(excess -> {
            throw new MarkdownException(excess);
        });
        BoundedText text = new BoundedText(markdown, READ_BUDGET);
        Future<String> conversion = WORKERS.submit(() -> convert(text, autolinks));
        try {
            return conversion.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            text.cancel();
            throw new MarkdownException(Excess.at(markdown, text.furthest(), "expected Markdown that converts within "
                    + DEADLINE.toSeconds() + " seconds, found a text that takes longer", SIMPLIFY));
        } catch (InterruptedException e) {
            text.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting Markdown", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Parses, checks the tree and renders, on a worker thread. */
    private String convert(BoundedText text, boolean autolinks) {
        String markdown = text.toString();
        try {
            Document document = (autolinks ? parser : parserWithoutAutolinks).parse(BasedSequence.of(text));
            Node deep = deeperThan(document, MAX_TREE_DEPTH);
            if (deep != null) {
                throw new MarkdownException(Excess.at(markdown, deep.getStartOffset(), "expected Markdown nested at most "
                        + MarkdownLimits.MAX_NESTING + " levels deep (quotes, lists, emphasis, links), found deeper nesting",
                        "nest fewer quotes, lists, emphasis and links inside each other"));
            }
            String html = renderer.render(document);
            if (text.exhausted()) {
                throw new BoundedText.Exhausted();
            }
            return HtmlSerialForm.of(html).strip();
        } catch (BoundedText.Exhausted e) {
            throw new MarkdownException(Excess.at(markdown, text.furthest(), "expected Markdown the parser can read in "
                    + String.format(java.util.Locale.ROOT, "%,d", READ_BUDGET) + " steps, found a text that needs more", SIMPLIFY));
        } catch (StackOverflowError e) {
            // The stack unwound to here; the worker thread carries on with the next text.
            throw new MarkdownException(Excess.at(markdown, text.furthest(), "expected Markdown nested at most "
                    + MarkdownLimits.MAX_NESTING + " levels deep, found a text too deeply nested to convert",
                    "nest fewer quotes, lists, emphasis and links inside each other; shorten long link titles and HTML tags"));
        }
    }

    /** The first node of {@code document} more than {@code depth} levels down, or null; walks without recursion. */
    private static Node deeperThan(Document document, int depth) {
        Node node = document;
        int level = 0;
        while (true) {
            if (level > depth) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                level++;
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                level--;
            }
            if (node == document) {
                return null;
            }
            node = node.getNext();
        }
    }
}
