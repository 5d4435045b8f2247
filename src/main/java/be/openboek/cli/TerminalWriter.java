package be.openboek.cli;

import be.openboek.text.CodePointWriter;
import be.openboek.text.ControlCharacters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What reaches the terminal: every control character a terminal could act on is shown as {@code \u001B} instead.
 * File names and values echoed in messages come from the input, and a crafted one could otherwise retitle the
 * terminal, clear the screen or move the cursor back over a line (a CI log that looks clean). Tabs and line breaks
 * pass; a carriage return only as part of CR LF. The bidirectional overrides and isolates are shown too, since
 * they reorder what a line seems to say.
 */
final class TerminalWriter extends CodePointWriter {

    /** A carriage return waiting to see whether a line feed follows. */
    private boolean carriageReturn;

    TerminalWriter(Writer out) {
        super(out);
    }

    /** A printer for the terminal behind {@code out}, flushing every line. */
    static PrintWriter printer(Writer out) {
        return new PrintWriter(new TerminalWriter(out), true);
    }

    @Override
    protected void append(int codePoint, StringBuilder text) {
        if (carriageReturn) {
            carriageReturn = false;
            if (codePoint == '\n') {
                text.append("\r\n");
                return;
            }
            text.append(ControlCharacters.escape('\r'));
        }
        if (codePoint == '\r') {
            carriageReturn = true;
        } else if (ControlCharacters.isForbidden(codePoint) || isBidiControl(codePoint)) {
            text.append(ControlCharacters.escape(codePoint));
        } else {
            text.appendCodePoint(codePoint);
        }
    }

    @Override
    protected void finish(StringBuilder text) {
        super.finish(text);
        if (carriageReturn) {
            carriageReturn = false;
            text.append(ControlCharacters.escape('\r'));
        }
    }

    @Override
    public void flush() throws IOException {
        // A line ends with CR LF in one write; a carriage return still waiting at a flush stands alone.
        if (carriageReturn) {
            carriageReturn = false;
            out.write(ControlCharacters.escape('\r'));
        }
        super.flush();
    }

    @Override
    protected boolean passes(char c) {
        return c != '\r' && super.passes(c) && !isBidiControl(c);
    }

    @Override
    protected boolean holdsBack() {
        return carriageReturn;
    }

    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
