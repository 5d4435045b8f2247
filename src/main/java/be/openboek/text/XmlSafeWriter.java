package be.openboek.text;

import java.io.Writer;

/**
 * Replaces every forbidden character ({@link ControlCharacters}) with U+FFFD on its way to an XML or HTML file, so
 * the file stays well-formed whatever text reached it: record values are checked when they are read, but commit
 * messages, file names and old values from the git history are not.
 */
public final class XmlSafeWriter extends CodePointWriter {

    public XmlSafeWriter(Writer out) {
        super(out);
    }

    @Override
    protected void append(int codePoint, StringBuilder text) {
        if (ControlCharacters.isForbidden(codePoint)) {
            text.append(ControlCharacters.REPLACEMENT);
        } else {
            text.appendCodePoint(codePoint);
        }
    }
}
