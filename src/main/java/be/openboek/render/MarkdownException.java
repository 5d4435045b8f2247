package be.openboek.render;

import be.openboek.markdown.MarkdownLimits;

/**
 * A Markdown text that cannot be converted within the bounds of {@link MarkdownLimits} and of the conversion
 * itself; says where in the text, so that the caller can name the file and line.
 */
public final class MarkdownException extends RuntimeException {

    private final transient MarkdownLimits.Excess excess;

    public MarkdownException(MarkdownLimits.Excess excess) {
        super(excess.message());
        this.excess = excess;
    }

    /** What went beyond which bound, at which line and column of the text. */
    public MarkdownLimits.Excess excess() {
        return excess;
    }
}
