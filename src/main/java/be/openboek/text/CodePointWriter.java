package be.openboek.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that lets a subclass decide, character by character, what reaches the writer beneath. It hands on whole
 * code points: a surrogate pair that arrives in two writes is joined first, so only a truly unpaired surrogate
 * comes on its own.
 */
public abstract class CodePointWriter extends FilterWriter {

    /** A high surrogate waiting for its low half, or 0. */
    private char high;

    protected CodePointWriter(Writer out) {
        super(out);
    }

    /** Appends to {@code text} what stands for {@code codePoint} in the output (an unpaired surrogate comes as itself). */
    protected abstract void append(int codePoint, StringBuilder text);

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    /**
     * Whether {@code c} goes out as it is, whatever comes before or after it: the fast path for text without anything
     * to change (nearly all of it). By default every character but the forbidden ones and surrogates.
     */
    protected boolean passes(char c) {
        return c >= 0x20 ? c < 0x7F || (c > 0x9F && !Character.isSurrogate(c) && c < 0xFFFE) : c == '\t' || c == '\n' || c == '\r';
    }

    /** Whether the subclass holds back a character that decides what the next one means. */
    protected boolean holdsBack() {
        return false;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (high == 0 && !holdsBack() && allPass(text, offset, length)) {
            out.write(text, offset, length);
            return;
        }
        StringBuilder result = new StringBuilder(length + 16);
        for (int i = offset; i < offset + length; i++) {
            accept(text.charAt(i), result);
        }
        out.write(result.toString());
    }

    private boolean allPass(String text, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (!passes(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void accept(char c, StringBuilder result) {
        if (high != 0) {
            char waiting = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                append(Character.toCodePoint(waiting, c), result);
                return;
            }
            append(waiting, result);
        }
        if (Character.isHighSurrogate(c)) {
            high = c;
        } else {
            append(c, result);
        }
    }

    /** Writes what is still held back (a high surrogate whose low half never came) and flushes; the writer stays open. */
    public void finish() throws IOException {
        StringBuilder result = new StringBuilder();
        finish(result);
        out.write(result.toString());
        out.flush();
    }

    /** Appends what is held back; a subclass holding more extends it. */
    protected void finish(StringBuilder result) {
        if (high != 0) {
            append(high, result);
            high = 0;
        }
    }

    @Override
    public void close() throws IOException {
        finish();
        super.close();
    }
}
