package be.openboek.markdown;

import static be.openboek.markdown.MarkdownLimits.MAX_BLOCK_LINES;
import static be.openboek.markdown.MarkdownLimits.MAX_CHARS;
import static be.openboek.markdown.MarkdownLimits.MAX_LINES;
import static be.openboek.markdown.MarkdownLimits.MAX_NESTING;
import static be.openboek.markdown.MarkdownLimits.MAX_RUN;

import be.openboek.markdown.MarkdownLimits.Excess;
import java.util.Arrays;

/**
 * One pass over a Markdown text, line by line, for the first place beyond {@link MarkdownLimits}. It reads the
 * structure the way a Markdown parser would, but only as far as nesting goes: the quote markers and list items that
 * open each line (list items close again when a line is indented less than their text), the {@code [} still open
 * in a paragraph, emphasis marks that open ({@code *} before a word) and close ({@code *} after one), HTML elements.
 * Where it cannot tell (emphasis marks, a code span across lines) it counts as if the text were nested, so it may
 * refuse a strange text; nesting it does not see at all (a mark inside a word, a lazy continuation line) is caught
 * by the converter's own bound on the depth of the parsed tree. Fenced code at the top level is text and is skipped.
 * Every line is read a bounded number of times, so the scan is linear in the text.
 */
final class LimitScan {

    /** Characters whose long runs make the parser's regular expressions recurse or its scans repeat. */
    private static final String RUN_CHARS = "`*_~-+=#>[]()!<\\&:|";
    /** The longest run of backticks looked at as the start of a code span; longer ones are text to the parser too. */
    private static final int MAX_CODE_TICKS = 8;

    private final String text;
    private final HtmlNesting html = new HtmlNesting(MAX_NESTING);
    /** The text columns of the list items open at this line, outermost first. */
    private final int[] items = new int[MAX_NESTING + 2];
    private int itemCount;
    /** The quote markers that open the current line. */
    private int quotes;
    /** Unclosed {@code [} and opening emphasis marks in the current paragraph. */
    private int brackets;
    private int emphasis;
    /** The character and length of the top-level code fence being skipped; 0 when none. */
    private char fence;
    private int fenceLength;
    private int blockLines;
    /** Per line: the code span lengths known to have no closing run further on the line. */
    private final boolean[] unclosedTicks = new boolean[MAX_CODE_TICKS + 1];

    LimitScan(String text) {
        this.text = text;
    }

    /** The first excess, or null. */
    Excess run() {
        if (text.length() > MAX_CHARS) {
            return Excess.at(text, MAX_CHARS, "expected a Markdown text of at most " + number(MAX_CHARS) + " characters, found "
                    + number(text.length()), "shorten it, or split it over several pages");
        }
        int line = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (++line > MAX_LINES) {
                return new Excess(line, 0, "expected a Markdown text of at most " + number(MAX_LINES) + " lines, found more",
                        "shorten it, or split it over several pages");
            }
            Excess excess = line(start, end, line);
            if (excess != null) {
                return excess;
            }
            start = end + 1;
        }
        return null;
    }

    private Excess line(int start, int end, int line) {
        if (blank(start, end)) {
            blockLines = 0;
            brackets = 0;
            emphasis = 0;
            return null;
        }
        if (++blockLines > MAX_BLOCK_LINES) {
            return new Excess(line, 0, "expected at most " + number(MAX_BLOCK_LINES) + " lines in a row without an empty line"
                    + " (one table, list or paragraph), found more", "put an empty line between paragraphs, or split the table or list");
        }
        if (fence != 0) {
            int at = skipSpaces(start, end);
            int length = run(at, end, fence);
            if (at - start < 4 && length >= fenceLength && blank(at + length, end)) {
                fence = 0;
            }
            return null;
        }
        int content = containers(start, end);
        if (content < 0) {
            return new Excess(line, -content, "expected quotes and lists nested at most " + MAX_NESTING + " levels deep, found deeper nesting",
                    "nest fewer quotes (>) and lists; an indented - or 1. starts a list inside the one above");
        }
        Excess run = longRun(start, end, line);
        if (run != null) {
            return run;
        }
        if (quotes == 0 && itemCount == 0 && content - start < 4 && opensFence(content, end)) {
            return null;
        }
        return inline(start, content, end, line);
    }

    /**
     * Reads the quote markers and list items that open the line and updates the open list items.
     *
     * @return where the line's text starts, or minus the column where the nesting went too deep
     */
    private int containers(int start, int end) {
        quotes = 0;
        int column = 0;
        int at = start;
        boolean item = false;
        while (true) {
            while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                column = text.charAt(at) == '\t' ? (column / 4 + 1) * 4 : column + 1;
                at++;
            }
            int after = at < end && text.charAt(at) == '>' ? at + 1 : listMarkerEnd(at, end);
            if (after < 0 || thematicBreak(at, end)) {
                break;
            }
            // A marker left of an open item's text lies outside it: that item has ended.
            closeItemsBeyond(column);
            if (text.charAt(at) == '>') {
                quotes++;
            } else {
                item = true;
                items[itemCount++] = column + (after - at) + 1;
            }
            if (quotes + itemCount > MAX_NESTING) {
                return -(at - start + 1);
            }
            column += after - at;
            at = after;
        }
        if (!item) {
            closeItemsBeyond(column);
        }
        if (quotes > 0 || item || (at < end && (text.charAt(at) == '#' || text.charAt(at) == '|'))) {
            // A new block (quote, list item, heading, table row): emphasis and brackets start afresh.
            brackets = 0;
            emphasis = 0;
        }
        return at;
    }

    private void closeItemsBeyond(int column) {
        while (itemCount > 0 && items[itemCount - 1] > column) {
            itemCount--;
        }
    }

    /** The end of a list marker ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) at {@code at}, or -1. */
    private int listMarkerEnd(int at, int end) {
        if (at >= end) {
            return -1;
        }
        char c = text.charAt(at);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = at + 1;
        } else {
            int digits = at;
            while (digits < end && digits - at < 9 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
                digits++;
            }
            if (digits == at || digits == end || (text.charAt(digits) != '.' && text.charAt(digits) != ')')) {
                return -1;
            }
            after = digits + 1;
        }
        return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : -1;
    }

    /** Whether the rest of the line is three or more of one of {@code - * _} and spaces: a rule, not list items. */
    private boolean thematicBreak(int at, int end) {
        if (at >= end || "-*_".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        char c = text.charAt(at);
        int marks = 0;
        for (int i = at; i < end; i++) {
            char d = text.charAt(i);
            if (d == c) {
                marks++;
            } else if (d != ' ' && d != '\t' && d != '\r') {
                return false;
            }
        }
        return marks >= 3;
    }

    /** Starts skipping a fenced code block opened at {@code at}, when the line opens one. */
    private boolean opensFence(int at, int end) {
        char c = at < end ? text.charAt(at) : ' ';
        if (c != '`' && c != '~') {
            return false;
        }
        int length = run(at, end, c);
        if (length < 3 || (c == '`' && text.substring(at + length, end).indexOf('`') >= 0)) {
            // A backtick in the info string makes it a code span, not a fence.
            return false;
        }
        fence = c;
        fenceLength = length;
        return true;
    }

    /** Brackets, emphasis marks and HTML elements of the line's text. */
    private Excess inline(int start, int from, int end, int line) {
        Arrays.fill(unclosedTicks, false);
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i = afterCodeSpan(i, end);
            } else if (c == '[') {
                if (++brackets > MAX_NESTING) {
                    return new Excess(line, i - start + 1, "expected links and images nested at most " + MAX_NESTING
                            + " levels deep ([ inside [), found deeper nesting", "close each [ with ]; write \\[ for a bracket that is text");
                }
                i++;
            } else if (c == ']') {
                brackets = Math.max(0, brackets - 1);
                i++;
            } else if (c == '*' || c == '_' || c == '~') {
                int runEnd = i;
                while (runEnd < end && "*_~".indexOf(text.charAt(runEnd)) >= 0) {
                    runEnd++;
                }
                boolean opens = runEnd < end && !Character.isWhitespace(text.charAt(runEnd));
                boolean closes = i > start && !Character.isWhitespace(text.charAt(i - 1));
                if (opens && !closes) {
                    emphasis += runEnd - i;
                    if (emphasis > MAX_NESTING) {
                        return new Excess(line, i - start + 1, "expected emphasis (*, _, ~~) nested at most " + MAX_NESTING
                                + " levels deep, found deeper nesting", "close each * and _ after its words; write \\* for a star that is text");
                    }
                } else if (closes && !opens) {
                    emphasis = Math.max(0, emphasis - (runEnd - i));
                }
                i = runEnd;
            } else if (c == '<') {
                int tag = i;
                i = html.read(text, i, end);
                if (html.tooDeep()) {
                    return new Excess(line, tag - start + 1, "expected HTML elements nested at most " + MAX_NESTING
                            + " levels deep, found deeper nesting", "close each HTML element; the site leaves out most HTML anyway");
                }
            } else {
                i++;
            }
        }
        return null;
    }

    /** Where a code span starting at {@code at} ends (its text is no Markdown), or the end of its backticks. */
    private int afterCodeSpan(int at, int end) {
        int length = run(at, end, '`');
        int from = at + length;
        if (length > MAX_CODE_TICKS || unclosedTicks[length]) {
            return from;
        }
        for (int i = from; i < end; ) {
            int closing = run(i, end, '`');
            if (closing == length) {
                return i + closing;
            }
            i += Math.max(closing, 1);
        }
        unclosedTicks[length] = true;
        return from;
    }

    /** A run of more than {@link MarkdownLimits#MAX_RUN} of one markup character (spaces between allowed). */
    private Excess longRun(int start, int end, int line) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (RUN_CHARS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int count = 0;
            int j = i;
            for (; j < end && (text.charAt(j) == c || text.charAt(j) == ' ' || text.charAt(j) == '\t'); j++) {
                count += text.charAt(j) == c ? 1 : 0;
            }
            if (count > MAX_RUN) {
                return new Excess(line, i - start + 1, "expected at most " + MAX_RUN + " of \"" + c + "\" in a row, found "
                        + number(count), "write fewer; a rule needs three (---), a code fence three (```)");
            }
            i = j;
        }
        return null;
    }

    private int run(int at, int end, char c) {
        int i = at;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - at;
    }

    private int skipSpaces(int at, int end) {
        int i = at;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private boolean blank(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** {@code 1000000} as {@code 1,000,000}, as the messages write numbers. */
    private static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
