package be.openboek.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Locale;
import java.util.Set;

/**
 * Makes flexmark's HTML renderer emit only what {@link HtmlSanitizer}'s allow-list keeps, so that no page runs the
 * allow-list cleaner: raw HTML in the Markdown is shown as text ({@link HtmlRenderer#ESCAPE_HTML}); a link keeps its
 * address only for http, https, mailto or no scheme (a relative address), as the cleaner keeps it; images, struck-out
 * text's {@code <del>} and the horizontal rule, which the allow-list does not have, are not written (the struck-out
 * text itself is); code blocks lose the {@code class} naming their language. What the cleaner would keep is written
 * the same way; flexmark's own filter ({@link HtmlRenderer#SUPPRESSED_LINKS}) still writes a {@code javascript:}
 * link as its text alone. {@link HtmlSerialForm} then gives the text the character form the cleaner's serialiser gave it.
 * {@code MarkdownRendererTest} holds the cleaner as the oracle: what this renders passes it unchanged.
 */
final class AllowListRendering implements HtmlRenderer.HtmlRendererExtension {

    /** The schemes a link may keep, as the allow-list has them for {@code a href}; no scheme is a relative link. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    /** The options for {@code options}'s renderer, and this extension among its extensions. */
    static void configure(MutableDataHolder options) {
        options.set(HtmlRenderer.ESCAPE_HTML, true);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // Set by configure, before the renderer is built.
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Omissions());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return AllowListRendering::allowedAttributes;
            }
        });
    }

    /** Drops a link's address outside {@link #SCHEMES} and every {@code class} (code blocks name their language). */
    private static void allowedAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        attributes.remove("class");
        if (attributes.contains("href") && !allowedLink(attributes.getValue("href"))) {
            attributes.remove("href");
        }
    }

    /**
     * Whether {@code href} has no scheme or one of {@link #SCHEMES}. A browser ignores leading spaces and control
     * characters and tabs and line breaks anywhere in the scheme; they are ignored here too, so none of them hides one.
     */
    static boolean allowedLink(String href) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ':') {
                return SCHEMES.contains(scheme.toString().toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
            if (c > ' ' && c != 0x7F) {
                scheme.append(c);
            }
        }
        return true;
    }

    /** The nodes whose element the allow-list does not keep. */
    private static final class Omissions implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Image.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> {
                        if (!node.isDefined()) {
                            // Without its reference it is text, which the default writes as such.
                            context.delegateRender();
                        }
                    }),
                    // The line break after the rule stays, as it did when the cleaner took the rule out.
                    new NodeRenderingHandler<>(ThematicBreak.class, (node, context, html) -> html.line().raw("\n")),
                    new NodeRenderingHandler<>(Strikethrough.class, (node, context, html) -> context.renderChildren(node)));
        }
    }
}
