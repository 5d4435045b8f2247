package be.openboek.markdown;

import java.util.Optional;

/**
 * The bounds every Markdown text keeps. flexmark (the Markdown parser) recurses once per level of nesting, so about
 * a thousand nested {@code >} overflow the stack, and several of its steps take time quadratic in the size of a
 * construct (a long table, a run of unmatched {@code `}); a few kB of such text crash a build or keep it busy for
 * minutes. The bounds are far beyond what a real text needs (the staff guide, docs/handleiding.md, names them) and
 * are checked in one linear pass that gives the line and column of the first place beyond them. What a scan cannot
 * foresee is bounded again while converting (see {@code render.MarkdownRenderer}).
 */
public final class MarkdownLimits {

    /** Characters in one text; the same as the largest file a project may hold. */
    public static final int MAX_CHARS = 1_000_000;
    /** Lines in one text. */
    public static final int MAX_LINES = 20_000;
    /** Lines in a row without an empty line between them: one table, list or paragraph. */
    public static final int MAX_BLOCK_LINES = 5_000;
    /** Levels of quotes and lists inside each other, and likewise of links and images, of emphasis, of HTML elements. */
    public static final int MAX_NESTING = 32;
    /** The same markup character ({@code *}, {@code `}, {@code -}, {@code [}, ...) in a row, spaces between allowed. */
    public static final int MAX_RUN = 500;

    private MarkdownLimits() {
    }

    /**
     * The first place where a text goes beyond a bound.
     *
     * @param line    1-based line in the text
     * @param column  1-based column, or 0 when the whole line is meant
     * @param message what was expected and what was found
     * @param hint    how to bring the text within bounds
     */
    public record Excess(int line, int column, String message, String hint) {

        /** The same excess at {@code index} of {@code text} (its line and column counted there). */
        public static Excess at(CharSequence text, int index, String message, String hint) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < Math.min(index, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Excess(line, index - lineStart + 1, message, hint);
        }
    }

    /** The first place where {@code markdown} goes beyond a bound; empty when it keeps them all. */
    public static Optional<Excess> check(String markdown) {
        return Optional.ofNullable(new LimitScan(markdown).run());
    }
}
