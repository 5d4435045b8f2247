package be.openboek.fields;

import be.openboek.model.Coded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of docs/records.md that describes each record type's fields, made from the field tables: a section per
 * file with a table of its fields, and a table for each kind of mapping inside the records.
 */
public final class RecordsDoc {

    /** The lines around the generated part of docs/records.md; everything outside them is written by hand. */
    public static final String BEGIN = "<!-- Made from the field tables (src/main/java/be/openboek/fields): do not edit between these lines. -->";
    public static final String END = "<!-- End of the part made from the field tables. -->";

    private RecordsDoc() {
    }

    /** The generated part, from {@link #BEGIN} to {@link #END} inclusive. */
    public static String text() {
        StringBuilder doc = new StringBuilder(BEGIN).append("\n\nKinds of value used below:\n\n| kind | written as | example |\n|---|---|---|\n");
        for (ValueKind kind : ValueKind.values()) {
            doc.append("| ").append(cell(kind.docName())).append(" | ").append(cell(kind.writtenAs())).append(" | ")
                    .append(cell(kind.example())).append(" |\n");
        }
        for (FieldTable<?> table : FieldTables.all()) {
            doc.append("\n## `").append(table.file()).append("`\n");
            if (JsonSchemas.isList(table)) {
                doc.append('`').append(JsonSchemas.listKey(table)).append(":` followed by a list. ");
            }
            doc.append(table.en()).append('\n');
            List<FieldTable<?>> mappings = new ArrayList<>();
            fields(table, mappings, doc);
            for (int i = 0; i < mappings.size(); i++) {
                FieldTable<?> mapping = mappings.get(i);
                doc.append("\nA ").append(mapping.name()).append(" (`").append(owner(table, mapping)).append("`): ")
                        .append(mapping.en()).append('\n');
                fields(mapping, mappings, doc);
            }
        }
        return doc.append('\n').append(END).append('\n').toString();
    }

    /** {@code text} with its generated part replaced by the current one. */
    public static String replaceIn(String text) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("docs/records.md has no generated part between " + BEGIN + " and " + END);
        }
        return text.substring(0, begin) + text() + text.substring(end + END.length() + 1);
    }

    private static String owner(FieldTable<?> table, FieldTable<?> mapping) {
        return table.fields().stream().filter(f -> f.mapping() == mapping).map(Field::name).findFirst()
                .orElseGet(() -> mapping.name());
    }

    private static void fields(FieldTable<?> table, List<FieldTable<?>> mappings, StringBuilder doc) {
        doc.append("\n| field | type | | meaning |\n|---|---|---|---|\n");
        for (Field field : table.fields()) {
            if (field.mapping() != null && !mappings.contains(field.mapping())) {
                mappings.add(field.mapping());
            }
            doc.append("| `").append(field.name()).append("` | ").append(type(field)).append(" | ")
                    .append(field.isRequired() ? "required" : "optional").append(" | ").append(meaning(field)).append(" |\n");
        }
    }

    private static String type(Field field) {
        String one = switch (field.kind()) {
            case REF -> "ref(" + field.refersTo() + ")";
            case CODE -> codes(field.codes());
            case MAPPING -> field.mapping().name() + " (below)";
            default -> field.kind().docName();
        };
        return field.isList() ? "list of " + one : one;
    }

    private static String meaning(Field field) {
        String meaning = field.en();
        if (field.example() != null) {
            meaning += (meaning.isEmpty() ? "" : "; ") + "e.g. `" + field.example() + "`";
        }
        if (field.absent() != null) {
            meaning += (meaning.isEmpty() ? "" : "; ") + "`" + field.absent() + "` when left out";
        }
        return cell(meaning);
    }

    /** Text for a cell of a Markdown table, whose column separator is "|". */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String codes(Class<? extends Coded> type) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(c -> "`" + c.code() + "`").toList();
        return codes.size() == 1 ? codes.get(0) : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }
}
