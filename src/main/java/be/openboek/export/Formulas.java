package be.openboek.export;

import java.util.function.IntPredicate;

/**
 * Keeps text from becoming a formula in a spreadsheet. A spreadsheet evaluates a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (some also with their full-width forms {@code ＝＋－＠}), often after leading
 * spaces, and the reader chooses how to split a line: on the comma of the file, but also on a semicolon (Belgian
 * Excel), a tab, a space or a character of their own. So a trigger is neutralised wherever a split can put it at
 * the start of a cell: a {@code '} goes right before it. That is the case
 * <ul>
 *   <li>at the start of the text, or after leading whitespace;</li>
 *   <li>after any character that is neither a letter, a digit nor an apostrophe (a separator a reader may choose),
 *       also with whitespace between, and after a tab or line break;</li>
 *   <li>after a space when the trigger starts a word ({@code -5}, {@code =A1}): signs alone compute nothing, so
 *       {@code 2016 - 2020} stays as it is.</li>
 * </ul>
 * A tab, CR or LF at the start of the text, or right after a comma, semicolon or bar, gets a {@code '} too: a cell
 * must not start with one. {@code Bieblo;=1+1} becomes {@code Bieblo;'=1+1}, {@code  =1+1} becomes {@code  '=1+1}.
 * In a web address only a comma and a semicolon count as separators, so that {@code /@name} or {@code /-/} in a path
 * keeps working. A fixed-width import may cut anywhere; only its cuts at blanks and punctuation are covered.
 */
final class Formulas {

    /** What starts a formula, in the ASCII and the full-width forms. */
    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    /** Whitespace a cell must not start with (OWASP's list): some spreadsheets skip it and evaluate what follows. */
    private static final String BREAKS = "\t\r\n";
    /** The separators a reader most often chooses; a break right after one would start the next cell. */
    private static final String COMMON_SEPARATORS = ",;|";

    private Formulas() {
    }

    /** Free text with every trigger that could start a cell neutralised. */
    static String neutralise(String text) {
        return neutralise(text, Formulas::couldSeparate);
    }

    /** A web address with a trigger after a comma or semicolon neutralised (its scheme already makes its start safe). */
    static String neutraliseAddress(String url) {
        return neutralise(url, c -> c == ',' || c == ';');
    }

    private static String neutralise(String text, IntPredicate separator) {
        StringBuilder out = null;
        // Only a trigger or a break can start a cell: most texts have none, and none before the first one counts.
        for (int i = firstTriggerOrBreak(text); i >= 0 && i < text.length(); i++) {
            if (mayStartCell(text.charAt(i)) && startsCell(text, i, separator)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append('\'');
            }
            if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Where the first trigger or break of {@code text} is, or -1 when it has none. */
    private static int firstTriggerOrBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (mayStartCell(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code c} is a trigger or a break: a test of the character alone, far cheaper than looking around it. */
    private static boolean mayStartCell(char c) {
        // Every trigger and break is at most '@' or one of the full-width forms.
        return (c <= '@' || c >= '\uFF0B' && c <= '\uFF20') && (TRIGGERS.indexOf(c) >= 0 || BREAKS.indexOf(c) >= 0);
    }

    /** Whether the character at {@code i} is a trigger (or a break) that a reader's split can put at a cell start. */
    private static boolean startsCell(String text, int i, IntPredicate separator) {
        char c = text.charAt(i);
        if (BREAKS.indexOf(c) >= 0) {
            return i == 0 || COMMON_SEPARATORS.indexOf(text.charAt(i - 1)) >= 0;
        }
        if (TRIGGERS.indexOf(c) < 0) {
            return false;
        }
        int before = i - 1;
        boolean broken = false;
        while (before >= 0 && isBlank(text.charAt(before))) {
            broken |= BREAKS.indexOf(text.charAt(before)) >= 0;
            before--;
        }
        if (before < 0 || broken || separator.test(text.charAt(before))) {
            return true;
        }
        // Split on spaces, a cell starts after every space: neutralise a trigger that starts a word there, unless
        // the word is signs only ("-", "--"), which compute nothing.
        return before < i - 1 && !signsOnly(text, i);
    }

    /** Whether the word that starts at {@code i} (up to the next blank or the end) holds nothing but triggers. */
    private static boolean signsOnly(String text, int i) {
        for (int j = i; j < text.length() && !isBlank(text.charAt(j)); j++) {
            if (TRIGGERS.indexOf(text.charAt(j)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Spaces of any kind, tabs and line breaks, and invisible format characters such as a zero-width space. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /**
     * Whether a reader could split on {@code c}: anything but a letter, a digit, a combining mark (part of a letter),
     * an apostrophe (the neutraliser itself) or a trigger (a trigger right after a trigger is not a cell start).
     */
    private static boolean couldSeparate(int c) {
        int type = Character.getType(c);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        return !Character.isLetterOrDigit(c) && !mark && c != '\'' && TRIGGERS.indexOf(c) < 0;
    }
}
