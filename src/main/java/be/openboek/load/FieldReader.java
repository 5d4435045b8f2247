package be.openboek.load;

import be.openboek.fields.Field;
import be.openboek.fields.FieldTable;
import be.openboek.fields.ValueKind;
import be.openboek.model.Fields;
import be.openboek.model.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a record, or a mapping inside one, by its {@link FieldTable}: every field with the value type of its kind,
 * every mapping with its own table, every unknown field reported. The one place that turns YAML into model records.
 */
final class FieldReader {

    /** Reads the Markdown file a {@link ValueKind#MARKDOWN_FILE} field names; null (with a problem) when it cannot. */
    @FunctionalInterface
    interface MarkdownFiles {
        String read(RecordReader record, String field, String relativePath);
    }

    private final MarkdownFiles files;

    FieldReader(MarkdownFiles files) {
        this.files = files;
    }

    /**
     * A record as read. When a value is wrong, the record is still made, with that value left out (a wrong item of a
     * list stands as null in its place, so the others keep their positions): the checks across records can then look
     * at what was right, such as the sources it cites, and report every problem of the run at once.
     *
     * @param record   the record, made of the values that read well
     * @param complete whether every value read well; only then may the record be published
     * @param <T>      the model record type
     */
    record Read<T>(T record, boolean complete) {

        /** The record when every value read well, else null. */
        T whole() {
            return complete ? record : null;
        }
    }

    /** The record {@code r} holds, or null when it has a problem; every problem is reported. */
    <T> T read(FieldTable<T> table, RecordReader r) {
        return readPartly(table, r).whole();
    }

    /** The record {@code r} holds, as far as its values read well; every problem is reported. */
    <T> Read<T> readPartly(FieldTable<T> table, RecordReader r) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        for (Field field : table.fields()) {
            switch (field.kind()) {
                case MAPPING -> ok &= readMapping(field, r, values);
                case MARKDOWN_FILE -> readMarkdownFile(field, r, values);
                default -> {
                    Object value = field.isList() ? r.list(field.name(), ValueTypes.of(field), field.isRequired())
                            : field.kind() == ValueKind.ID ? r.id()
                            : field.kind() == ValueKind.MARKDOWN && !field.isRequired() ? r.markdown(field.name())
                            : field.isRequired() ? r.required(field.name(), ValueTypes.of(field))
                            : r.optional(field.name(), ValueTypes.of(field));
                    values.put(field.name(), value == null ? field.absent() : value);
                }
            }
        }
        r.rejectUnknownFields();
        return new Read<>(table.maker().make(new Fields(values), new Origin(r.file(), r.path())), ok && !r.hasFailed());
    }

    /** Whether the record names a file that {@link #read} reads besides its own. */
    static boolean readsOtherFiles(FieldTable<?> table, RecordReader r) {
        return table.fields().stream().anyMatch(f -> f.kind() == ValueKind.MARKDOWN_FILE && r.rawText(f.name()) != null);
    }

    private boolean readMapping(Field field, RecordReader r, Map<String, Object> values) {
        boolean ok = true;
        if (field.isList()) {
            List<Object> items = new ArrayList<>();
            for (RecordReader item : r.itemsInPlace(field.name(), field.mapping().itemDescription(), field.isRequired())) {
                Read<?> value = item == null ? null : readPartly(field.mapping(), item);
                ok &= value != null && value.complete();
                items.add(value == null ? null : value.record());
            }
            values.put(field.name(), ok ? List.copyOf(items) : Collections.unmodifiableList(items));
            return ok;
        }
        RecordReader child = r.child(field.name(), field.isRequired());
        Read<?> value = child == null ? null : readPartly(field.mapping(), child);
        values.put(field.name(), value == null ? null : value.record());
        return value == null || value.complete();
    }

    /** The file's text goes into the field it names, which must then be left empty. */
    private void readMarkdownFile(Field field, RecordReader r, Map<String, Object> values) {
        String relative = r.optional(field.name(), ValueTypes.TEXT);
        if (relative == null) {
            return;
        }
        String text = files.read(r, field.name(), relative);
        if (values.get(field.into()) != null) {
            r.required(field.name(), node -> Conversion.fail("give the " + field.into() + " inline or in a file, not both",
                    "remove \"" + field.into() + "\" or \"" + field.name() + "\""));
        } else if (text != null) {
            values.put(field.into(), text);
        }
    }
}
