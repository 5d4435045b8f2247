package be.openboek.load;

import be.openboek.problem.Problem;
import be.openboek.problem.Problems;
import be.openboek.text.ControlCharacters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds control characters ({@link ControlCharacters}: everything but tab and line breaks below U+0020, DEL, the C1
 * controls, unpaired surrogates, U+FFFE and U+FFFF) in one file, each reported with its line, column and field path.
 * In a YAML file they come raw in the text (YAML refuses most of them itself, but not U+0085) or from an escape in
 * double quotes ({@code "\x01"}, {@code "\e"}, {@code "\u0085"}), in a value or a key. They never belong in a text a
 * person wrote, and they would reach the pages, the feed, the CSV files and the terminal.
 */
final class ControlCharacterCheck {

    /** After this many in one file, the rest are counted: a binary file would otherwise give thousands of lines. */
    private static final int MAX_REPORTED = 10;
    private static final String RAW_HINT = "delete it; retype the line if the editor does not show it";
    private static final String ESCAPE_HINT = "delete the escape that writes it (such as \\x01, \\e or \\u0085 in double quotes); "
            + "only tabs and line breaks are allowed";

    /** Where a node or a key starts, and its field path: a raw character belongs to the last one before it. */
    private record Start(int line, int column, String path) {
    }

    private final String displayPath;
    private final List<ControlCharacters.Found> raw;
    private final List<Start> starts = new ArrayList<>();
    private final List<Problem> found = new ArrayList<>();

    /** The check of one YAML text, reported under {@code displayPath}. */
    ControlCharacterCheck(String text, String displayPath) {
        this.displayPath = displayPath;
        this.raw = ControlCharacters.find(text);
    }

    /** The text to parse: raw control characters replaced by U+FFFD, so the parser reads on and finds every other problem. */
    String parsable(String text) {
        return raw.isEmpty() ? text : ControlCharacters.replaced(text);
    }

    /** A scalar value at {@code line:column}; {@code path} is its field path, e.g. {@code subsidies[0].purpose}. */
    void value(String path, String text, int line, int column) {
        starts.add(new Start(line, column, path));
        check("text", path, text, line, column);
    }

    /** A mapping or a list starting at {@code line:column}. */
    void collection(String path, int line, int column) {
        starts.add(new Start(line, column, path));
    }

    /** A key at {@code line:column}; {@code path} is the field path it opens. */
    void key(String path, String key, int line, int column) {
        starts.add(new Start(line, column, path));
        check("a key", path, key, line, column);
    }

    /** The field path of a key, with control characters shown as {@code \u0001}. */
    static String field(String parent, String key) {
        String shown = ControlCharacters.visible(key);
        return parent.isEmpty() ? shown : parent + "." + shown;
    }

    private void check(String what, String path, String text, int line, int column) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (ControlCharacters.isForbidden(cp)) {
                found.add(new Problem(displayPath, line, column, path, "expected " + what + " without control characters, found "
                        + ControlCharacters.name(cp) + " in \"" + excerpt(text, i) + "\"", ESCAPE_HINT));
                return;
            }
            i += Character.charCount(cp);
        }
    }

    /** Reports what was found, the raw characters each with the field path of the value they stand in. */
    void reportTo(Problems problems) {
        List<Problem> all = new ArrayList<>(found);
        for (ControlCharacters.Found c : raw) {
            all.add(new Problem(displayPath, c.line(), c.column(), pathAt(c.line(), c.column()),
                    "expected text without control characters, found the invisible character " + ControlCharacters.name(c.codePoint()),
                    RAW_HINT));
        }
        report(all, problems);
    }

    /** Checks Markdown text (a page, a description file) from line {@code fromLine} on; a page's front matter is YAML. */
    static void markdown(String text, int fromLine, String displayPath, Problems problems) {
        List<Problem> all = new ArrayList<>();
        for (ControlCharacters.Found c : ControlCharacters.find(text)) {
            if (c.line() >= fromLine) {
                all.add(new Problem(displayPath, c.line(), c.column(), "",
                        "expected text without control characters, found the invisible character " + ControlCharacters.name(c.codePoint()),
                        RAW_HINT));
            }
        }
        report(all, problems);
    }

    private static void report(List<Problem> all, Problems problems) {
        List<Problem> sorted = all.stream().sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
        for (int i = 0; i < Math.min(sorted.size(), MAX_REPORTED); i++) {
            Problem p = sorted.get(i);
            boolean last = i == MAX_REPORTED - 1 && sorted.size() > MAX_REPORTED;
            problems.add(last ? new Problem(p.file(), p.line(), p.column(), p.field(),
                    p.message() + " (and " + (sorted.size() - MAX_REPORTED) + " more in this file)", p.hint()) : p);
        }
    }

    private String pathAt(int line, int column) {
        String path = "";
        for (Start s : starts) {
            if (s.line() > line || (s.line() == line && s.column() > column)) {
                break;
            }
            path = s.path();
        }
        return path;
    }

    /** The text around index {@code at}, at most about 60 characters, with control characters made visible. */
    private static String excerpt(String text, int at) {
        int start = Math.max(0, at - 30);
        int end = Math.min(text.length(), at + 30);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return (start > 0 ? "…" : "") + ControlCharacters.visible(text.substring(start, end)) + (end < text.length() ? "…" : "");
    }
}
