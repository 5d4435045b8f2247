package be.openboek.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Follows how deeply HTML elements nest in a text, tag by tag, the way an HTML parser builds its tree: an end tag
 * closes the nearest open element of its name and those opened inside it, and is ignored when none is open; void
 * elements ({@code <br>}) and elements whose end tag may be left out ({@code <p>}, {@code <li>}) never count. jsoup
 * (the sanitizer) spends time in proportion to the depth on every tag, so thousands of open tags make it quadratic.
 * The stack never holds more than one element beyond the depth being watched for, so reading stays linear.
 */
public final class HtmlNesting {

    /** Elements that never hold others (void) or are closed by the parser on its own. */
    private static final Set<String> NOT_COUNTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
            "option", "optgroup", "rt", "rp", "colgroup", "caption", "html", "head", "body");

    private final int watched;
    private final Deque<String> open = new ArrayDeque<>();

    /** @param watched the depth the caller checks against: deeper nesting is only counted up to one beyond it */
    public HtmlNesting(int watched) {
        this.watched = watched;
    }

    /** How many elements are open now (at most {@code watched + 1}). */
    public int depth() {
        return open.size();
    }

    /** Whether more elements are open than the watched depth. */
    public boolean tooDeep() {
        return open.size() > watched;
    }

    /**
     * Reads what starts at {@code text[at]}, a {@code <}: a start or end tag changes the depth, anything else (an
     * autolink such as {@code <https://...>}, a comment, a lone {@code <}) does not.
     *
     * @return where reading goes on: after the tag's name, or after the {@code <}
     */
    public int read(CharSequence text, int at, int end) {
        boolean closing = at + 1 < end && text.charAt(at + 1) == '/';
        int nameStart = at + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < end && isNameChar(text.charAt(nameEnd), nameEnd == nameStart)) {
            nameEnd++;
        }
        if (nameEnd == nameStart || (nameEnd < end && !endsName(text.charAt(nameEnd)))) {
            return at + 1;
        }
        String name = text.subSequence(nameStart, nameEnd).toString().toLowerCase(Locale.ROOT);
        if (NOT_COUNTED.contains(name)) {
            return nameEnd;
        }
        if (!closing) {
            if (open.size() <= watched) {
                open.push(name);
            }
        } else if (open.contains(name)) {
            while (!open.pop().equals(name)) {
                // Closes the elements opened inside it too.
            }
        }
        return nameEnd;
    }

    private static boolean isNameChar(char c, boolean first) {
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return first ? letter : letter || (c >= '0' && c <= '9') || c == '-';
    }

    /** A tag's name ends at white space, {@code /} or {@code >}; {@code <a@b.be>} or {@code <http:...>} is no tag. */
    private static boolean endsName(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>';
    }
}
