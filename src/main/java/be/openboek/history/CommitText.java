package be.openboek.history;

import be.openboek.text.ControlCharacters;
import java.util.List;
import org.eclipse.jgit.revwalk.FooterKey;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Makes text read from git safe to show anywhere: the public reason of a commit comes from its trailers (see
 * {@link #trailer}), cut to {@link #MAX_MESSAGE} characters, and every text loses its control characters. Done once,
 * where the history is read, so that pages, the feed and the datasets all carry the same short, clean text: a commit
 * message is written by anyone with push access and can be megabytes long or hold terminal escapes, which are not
 * even allowed in XML.
 *
 * <p>The subject line of a commit is never shown: it is written for the developers ("build: generator skeleton"),
 * and a code commit is no publication. What a reader may see about why the data changed is what the committer wrote
 * for the reader, in a trailer: {@value #REASON} (Dutch) and {@value #REASON_EN} (English), the
 * {@code Key: value} lines of the message's last paragraph, as {@code git interpret-trailers} reads them.
 */
final class CommitText {

    /** The longest text the change log takes from a commit, ellipsis included (UTF-16 units, so never more code points). */
    static final int MAX_MESSAGE = 300;
    /** The trailer that holds the public reason of a change, in Dutch. */
    static final String REASON = "Toelichting";
    /** The trailer that holds the same reason in English, for the English pages. */
    static final String REASON_EN = "Explanation";
    private static final String ELLIPSIS = "…";

    private CommitText() {
    }

    /**
     * The values of the trailer {@code key} of {@code commit} (the key in any case), joined by a space, cleaned and cut
     * to at most {@link #MAX_MESSAGE} characters; empty when it has none. A subject line never counts as a trailer.
     */
    static String trailer(RevCommit commit, String key) {
        List<String> values = commit.getFooterLines(new FooterKey(key)).stream().map(CommitText::clean)
                .filter(v -> !v.isEmpty()).toList();
        return cut(String.join(" ", values));
    }

    /**
     * {@code text} without the characters no output may carry ({@link ControlCharacters}: C0 and C1 controls, DEL,
     * lone surrogates, U+FFFE, U+FFFF), on one line: those that separate words (tab, line breaks, next line, the
     * Unicode line and paragraph separators) become a space, the others are dropped.
     */
    static String clean(String text) {
        return scrub(text).strip();
    }

    /** {@link #clean} without stripping the spaces at either end, for a piece of a longer text. */
    static String scrub(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (separatesWords(c)) {
                out.append(' ');
            } else if (!ControlCharacters.isForbidden(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
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

    static boolean separatesWords(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
