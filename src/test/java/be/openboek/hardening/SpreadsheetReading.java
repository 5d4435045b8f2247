package be.openboek.hardening;

import java.util.ArrayList;
import java.util.List;

/**
 * How spreadsheets may read a text cell: as it is, or split on a separator of the reader's choice (the comma of the
 * file, a semicolon, a tab, a bar, a space, other punctuation, a line break), with leading spaces and a leading quote
 * trimmed. A piece that then starts with {@code = + - @} (or their full-width forms) would be evaluated.
 */
public final class SpreadsheetReading {

    /** The separators a reader may choose (and line breaks, for a reader that ignores quotes). */
    public static final String SEPARATORS = ",;\t| .:/()\"\n\r";
    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetReading() {
    }

    /** Every piece of {@code text}, under every split, that a spreadsheet would run as a formula. */
    public static List<String> formulas(String text) {
        List<String> found = new ArrayList<>();
        if (!text.isEmpty() && "\t\r\n".indexOf(text.charAt(0)) >= 0) {
            found.add("starts with a tab or line break: " + text);
        }
        check(text, found);
        for (char separator : SEPARATORS.toCharArray()) {
            for (String piece : text.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
                check(piece, found);
            }
        }
        return found;
    }

    private static void check(String piece, List<String> found) {
        String cell = trim(piece);
        if (cell.startsWith("\"")) {
            cell = trim(cell.substring(1));
        }
        // Signs alone (a dash between spaces, "--") compute nothing: not a formula.
        if (!cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 && !cell.strip().chars().allMatch(c -> TRIGGERS.indexOf(c) >= 0)) {
            found.add(piece);
        }
    }

    private static String trim(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))
                || Character.getType(text.charAt(i)) == Character.FORMAT)) {
            i++;
        }
        return text.substring(i);
    }
}
