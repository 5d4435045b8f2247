package be.openboek.fields;

import be.openboek.model.Coded;
import be.openboek.format.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text {@code openboek new} writes for a new record, made from its field table: every field on its own line,
 * empty where staff fill it in, with a Dutch comment saying what goes there; the id filled in, and the year too when
 * the id starts with one ({@code 2019-werking}).
 */
public final class Scaffolds {

    /** Where comments start, so that they line up. */
    private static final int COMMENT_COLUMN = 32;

    private Scaffolds() {
    }

    private static final Pattern YEAR_PREFIX = Pattern.compile("((?:19|20)\\d\\d)(?:-.*)?");

    /**
     * A new record of {@code table}: a whole file for a record with a file of its own, one list item (to append to
     * the file's list) otherwise.
     *
     * @param schema the path of the record's JSON Schema, relative to the new file
     * @param id     the new record's id
     */
    public static String of(FieldTable<?> table, String schema, String id) {
        Matcher year = YEAR_PREFIX.matcher(id);
        return of(table, schema, id, year.matches() ? year.group(1) : "");
    }

    private static String of(FieldTable<?> table, String schema, String id, String year) {
        List<String> lines = new ArrayList<>();
        if (JsonSchemas.isList(table)) {
            fields(table, "  - ", "    ", id, year, lines);
        } else {
            lines.add("# yaml-language-server: $schema=" + schema);
            lines.add("# " + table.nl() + " Vul de lege velden in; wat de bronnen niet zeggen, laat je leeg.");
            lines.add("# Alle velden staan uitgelegd in docs/records.md. Controleer met: java -jar target/openboek.jar validate");
            fields(table, "", "", id, year, lines);
        }
        return String.join("\n", lines) + "\n";
    }

    /** The lines of the fields of {@code table}; the first field starts with {@code first}, the others with {@code indent}. */
    private static void fields(FieldTable<?> table, String first, String indent, String id, String year, List<String> lines) {
        for (Field field : table.fields()) {
            String start = lines.isEmpty() || field == table.fields().get(0) ? first : indent;
            if (field.kind() == ValueKind.MAPPING && field.isList()) {
                if (field.oneItem()) {
                    lines.add(line(start + field.name() + ":", comment(field, id) + (field.isRequired() ? "" : "; zonder: " + field.name() + ": []")));
                    fields(field.mapping(), indent + "  - ", indent + "    ", id, year, lines);
                } else {
                    lines.add(line(start + field.name() + ": []", comment(field, id) + "; per item een blok zoals hieronder, zonder #:"));
                    List<String> item = new ArrayList<>();
                    fields(field.mapping(), "  - ", "    ", id, year, item);
                    item.forEach(line -> lines.add("#" + indent + line));
                }
            } else if (field.kind() == ValueKind.MAPPING && !field.isRequired()
                    && field.mapping().fields().stream().anyMatch(Field::isRequired)) {
                // Left empty it is fine; its lines left empty would not be (a project's call without the call's id).
                lines.add(line(start + field.name() + ":", comment(field, id) + "; invullen: de regels hieronder, zonder #"));
                List<String> inner = new ArrayList<>();
                fields(field.mapping(), "  ", "  ", id, year, inner);
                inner.forEach(line -> lines.add("#" + indent + line));
            } else if (field.kind() == ValueKind.MAPPING) {
                lines.add(start + field.name() + ":");
                fields(field.mapping(), indent + "  ", indent + "  ", id, year, lines);
            } else {
                lines.add(line(start + field.name() + ":" + value(field, id, year), comment(field, id)));
            }
        }
    }

    private static String value(Field field, String id, String year) {
        if (field.kind() == ValueKind.ID) {
            return " " + id;
        }
        if (field.kind() == ValueKind.YEAR) {
            return year.isEmpty() ? "" : " " + year;
        }
        return field.isList() ? " []" : "";
    }

    /** "verplicht: wat het project wil bereiken", with the allowed codes and an example where they help. */
    private static String comment(Field field, String id) {
        StringBuilder text = new StringBuilder();
        if (field.isRequired() && field.kind() != ValueKind.ID) {
            text.append("verplicht: ");
        }
        text.append(field.nl());
        if (field.kind() == ValueKind.CODE) {
            text.append(": ").append(codes(field.codes()));
        } else if (field.kind() == ValueKind.BOOLEAN && !field.nl().contains("true")) {
            text.append(": true of false");
        }
        if (field.example() != null && field.kind() != ValueKind.ID && !field.nl().contains("bv.")) {
            text.append(", bv. ").append(field.example().replace("<id>", id));
        }
        if (!field.isRequired() && field.kind() != ValueKind.MAPPING && !text.toString().contains("leeg")) {
            text.append(" (mag leeg)");
        }
        return text.toString();
    }

    /** "granted (toegekend), budgeted (begroot) of paid (uitbetaald)". */
    private static String codes(Class<? extends Coded> type) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(code -> {
            String label = Labels.of(code, "nl");
            return label.equals(code.code()) ? code.code() : code.code() + " (" + label + ")";
        }).toList();
        return codes.size() == 1 ? codes.get(0)
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " of " + codes.get(codes.size() - 1);
    }

    /** {@code value} with {@code comment} lined up at {@link #COMMENT_COLUMN}. */
    private static String line(String value, String comment) {
        return value + " ".repeat(Math.max(2, COMMENT_COLUMN - value.length())) + "# " + comment;
    }
}
