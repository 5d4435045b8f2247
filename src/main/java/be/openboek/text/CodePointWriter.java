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

    @Override
    public void write(String text, int offset, int length) throws IOException {
        StringBuilder result = new StringBuilder(length + 16);
        for (int i = offset; i < offset + length; i++) {
            accept(text.charAt(i), result);
        }
        out.write(result.toString());
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
