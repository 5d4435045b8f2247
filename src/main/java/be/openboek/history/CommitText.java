package be.openboek.history;

import be.openboek.text.ControlCharacters;

/**
 * Makes text read from git safe to show anywhere: a commit message becomes its first line, cut to
 * {@link #MAX_MESSAGE} characters, and every text loses its control characters. Done once, where the history is
 * read, so that pages, the feed and the datasets all carry the same short, clean text: a commit message is written
 * by anyone with push access and can be megabytes long or hold terminal escapes, which are not even allowed in XML.
 */
final class CommitText {

    /** The longest commit message the change log shows, ellipsis included (UTF-16 units, so never more code points). */
    static final int MAX_MESSAGE = 300;
    private static final String ELLIPSIS = "…";

    private CommitText() {
    }

    /** The first line of {@code message}, cleaned and cut to at most {@link #MAX_MESSAGE} characters. */
    static String firstLine(String message) {
        String text = message.strip();
        int end = text.indexOf('\n');
        return cut(clean(end < 0 ? text : text.substring(0, end)));
    }

    /**
     * {@code text} without the characters no output may carry ({@link ControlCharacters}: C0 and C1 controls, DEL,
     * lone surrogates, U+FFFE, U+FFFF), on one line: those that separate words (tab, line breaks, next line, the
     * Unicode line and paragraph separators) become a space, the others are dropped.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (separatesWords(c)) {
                out.append(' ');
            } else if (!ControlCharacters.isForbidden(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().strip();
    }

    /** At most {@link #MAX_MESSAGE} characters, ending in an ellipsis when cut; never half a surrogate pair. */
    static String cut(String text) {
        if (text.length() <= MAX_MESSAGE) {
            return text;
        }
        int end = MAX_MESSAGE - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static boolean separatesWords(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
