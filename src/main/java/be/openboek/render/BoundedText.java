package be.openboek.render;

/**
 * The text flexmark parses, counting every character it reads. The parser's slow paths (a long table, many
 * unmatched backticks, reference definitions in a row, autolink candidates) all read the same characters over and
 * over, so the number of reads bounds its work; unlike a clock, it gives the same answer on a busy machine as on
 * an idle one. Past its budget, or once cancelled, a read throws {@link Exhausted}.
 */
final class BoundedText implements CharSequence {

    /** Thrown by a read past the budget or after {@link #cancel()}; without a stack trace, to stop fast. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("Markdown conversion stopped", null, false, false);
        }
    }

    private final String text;
    private final long budget;
    private long reads;
    private int furthest;
    private volatile boolean cancelled;

    BoundedText(String text, long budget) {
        this.text = text;
        this.budget = budget;
    }

    @Override
    public char charAt(int index) {
        // The flag is looked at now and then only: a volatile read on every character would cost more than the rest.
        if (++reads > budget || ((reads & 0xFFFF) == 0 && cancelled)) {
            throw new Exhausted();
        }
        if (index > furthest) {
            furthest = index;
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Whether a read went past the budget. */
    boolean exhausted() {
        return reads > budget;
    }

    /** The furthest index read so far: roughly where the parser was. */
    int furthest() {
        return furthest;
    }

    /** Makes the next reads throw, for a conversion given up from another thread. */
    void cancel() {
        cancelled = true;
    }
}
