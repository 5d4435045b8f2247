package be.openboek.problem;

/**
 * One thing wrong with the input, found by any stage, reported to the person who can fix it.
 *
 * @param file     project-relative path with forward slashes, e.g. {@code data/subsidies.yaml}
 * @param line     1-based line, or 0 when the problem is about the whole file
 * @param column   1-based column, or 0 when unknown
 * @param field    dotted field path with {@code [i]} for list items, or empty
 * @param message  what is wrong: what was expected and what was found
 * @param hint     a concrete fix, or empty when there is none
 */
public record Problem(String file, int line, int column, String field, String message, String hint) {

    public Problem {
        field = field == null ? "" : field;
        hint = hint == null ? "" : hint;
    }

    /** The editor-clickable form: {@code file:line:col: field: message}, then the hint on its own line. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        out.append(message);
        if (!hint.isEmpty()) {
            out.append(System.lineSeparator()).append("  hint: ").append(hint);
        }
        return out.toString();
    }
}
