package be.openboek.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The characters that have no place in record text or in any output: the C0 controls except tab, line feed and
 * carriage return, DEL, the C1 controls (U+0080–U+009F), unpaired surrogates and the non-characters U+FFFE and
 * U+FFFF. XML forbids most of them outright (one makes a feed unreadable), a terminal runs some of them as commands
 * (ESC retitles the window or clears the screen), and none of them is ever meant in a text a person wrote.
 */
public final class ControlCharacters {

    /** What replaces a forbidden character in output that must stay readable, such as XML. */
    public static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {
    }

    /**
     * A forbidden character found in a text.
     *
     * @param index     its index in the text (UTF-16)
     * @param codePoint the character
     * @param line      1-based line (lines end at LF, CR LF or CR)
     * @param column    1-based column, counted in characters (code points)
     */
    public record Found(int index, int codePoint, int line, int column) {
    }

    /** Whether {@code codePoint} is forbidden; a surrogate code point stands for an unpaired surrogate. */
    public static boolean isForbidden(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
        }
        return (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
                || codePoint == 0xFFFE || codePoint == 0xFFFF;
    }

    /** Whether {@code text} holds a forbidden character. */
    public static boolean any(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (isForbidden(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Every forbidden character of {@code text} with its line and column. */
    public static List<Found> find(CharSequence text) {
        List<Found> found = new ArrayList<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (isForbidden(cp)) {
                found.add(new Found(i, cp, line, column));
            }
            boolean crlf = cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if ((cp == '\n' || cp == '\r') && !crlf) {
                line++;
                column = 1;
            } else if (!crlf) {
                column++;
            }
            i += Character.charCount(cp);
        }
        return found;
    }

    /** {@code U+001B (ESCAPE)}: how a message names the character. */
    public static String name(int codePoint) {
        String name = Character.getName(codePoint);
        return "U+" + hex(codePoint) + (name == null ? "" : " (" + name + ")");
    }

    /** {@code text} with every forbidden character written as {@code \u001B}, to show it without letting it act. */
    public static String visible(String text) {
        if (!any(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (isForbidden(cp)) {
                out.append(escape(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** {@code text} with every forbidden character replaced by U+FFFD, for output that must stay well-formed. */
    public static String replaced(String text) {
        if (!any(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isForbidden(cp)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** {@code \u001B}: the visible form of one character, as Java and JSON write it. */
    public static String escape(int codePoint) {
        return "\\u" + hex(codePoint);
    }

    private static String hex(int codePoint) {
        return String.format(Locale.ROOT, "%04X", codePoint);
    }
}
