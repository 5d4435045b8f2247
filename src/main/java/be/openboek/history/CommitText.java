package be.openboek.history;

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
     * {@code text} without control characters (C0, DEL, C1), the non-characters U+FFFE and U+FFFF and lone
     * surrogates, none of which XML 1.0 or a terminal should get. Those that separate words (tab, carriage return,
     * next line, the Unicode line and paragraph separators) become a space; the others are dropped.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (unwanted(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (separatesWords(c)) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return (out == null ? text : out.toString()).strip();
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

    private static boolean unwanted(char c) {
        return Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF' || c == '\u2028' || c == '\u2029'
                || Character.isSurrogate(c);
    }

    private static boolean separatesWords(char c) {
        return c == '\t' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
