package be.openboek.load;

import be.openboek.markdown.MarkdownLimits;
import be.openboek.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping (a record, or a mapping inside one) into typed values,
 * reporting every wrong, missing or unknown field with its position; it never throws.
 */
final class RecordReader {

    private final String file;
    private final String path;
    private final YamlNode.Mapping mapping;
    private final Problems problems;
    private final SourceMap sourceMap;
    private final Set<String> known = new LinkedHashSet<>();
    private int failures;
    private java.util.Map<String, String> takenIds = java.util.Map.of();

    private RecordReader(String file, String path, YamlNode.Mapping mapping, Problems problems, SourceMap sourceMap) {
        this.file = file;
        this.path = path;
        this.mapping = mapping;
        this.problems = problems;
        this.sourceMap = sourceMap;
        sourceMap.put(file, path, mapping.line(), mapping.column());
        if (!mapping.repeated().isEmpty()) {
            failures++; // a key written twice, reported when the YAML was read: which value was meant is unknown
        }
    }

    /** A reader over {@code node}, or null (with a problem) when it is not a mapping. */
    static RecordReader of(String file, String path, YamlNode node, Problems problems, SourceMap sourceMap, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return new RecordReader(file, path, m, problems, sourceMap);
        }
        problems.add(file, node.line(), node.column(), path,
                "expected " + what + " as key: value lines, found " + node.describe(), "");
        return null;
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    int line() {
        return mapping.line();
    }

    int column() {
        return mapping.column();
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether a problem was found in this record so far. */
    boolean hasFailed() {
        return failures > 0;
    }

    /** Tells the reader the ids of the other records of its kind and where they stand, for the hint on a wrong id. */
    void takenIds(java.util.Map<String, String> taken) {
        takenIds = taken;
    }

    /** The required {@code id} field. */
    String id() {
        return required("id", ValueTypes.id(takenIds));
    }

    <T> T required(String key, ValueType<T> type) {
        known.add(key);
        YamlNode node = mapping.entries().get(key);
        if (node == null || isEmpty(node)) {
            int line = node == null ? mapping.line() : node.line();
            int column = node == null ? mapping.column() : node.column();
            report(line, column, field(key), node == null ? "missing required field \"" + key + "\"" : "required field \"" + key + "\" is empty",
                    node == null ? "add a line \"" + key + ": ...\"" : "fill in a value");
            return null;
        }
        return convert(key, node, type);
    }

    <T> T optional(String key, ValueType<T> type) {
        known.add(key);
        YamlNode node = mapping.entries().get(key);
        if (node == null || isEmpty(node)) {
            return null;
        }
        return convert(key, node, type);
    }

    /**
     * A list of values; empty when the field is absent, a problem when it is required and absent or empty. A wrong
     * item is reported and stands as null in its place, so that the others keep their positions.
     */
    <T> List<T> list(String key, ValueType<T> type, boolean required) {
        known.add(key);
        YamlNode node = mapping.entries().get(key);
        List<T> result = new ArrayList<>();
        if (node == null || isEmpty(node)) {
            if (required) {
                int line = node == null ? mapping.line() : node.line();
                int column = node == null ? mapping.column() : node.column();
                report(line, column, field(key), "missing required list \"" + key + "\"", "add \"" + key + ": [id-1, id-2]\" with at least one item");
            }
            return result;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            report(node.line(), node.column(), field(key), "expected a list, found " + node.describe(),
                    "write it as a list: " + key + ": [" + (ValueTypes.scalarText(node) == null ? "..." : ValueTypes.scalarText(node)) + "]");
            return result;
        }
        if (required && seq.items().isEmpty()) {
            report(node.line(), node.column(), field(key), "expected at least one item in \"" + key + "\", found an empty list",
                    "fill in at least one, e.g. " + key + ": [id-1, id-2]");
        }
        sourceMap.put(file, field(key), node.line(), node.column());
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = field(key) + "[" + i + "]";
            sourceMap.put(file, itemPath, item.line(), item.column());
            Conversion<T> c = type.convert(item);
            if (c.failed()) {
                report(item.line(), item.column(), itemPath, c.message(), c.hint());
            }
            result.add(c.value());
        }
        return result;
    }

    /** A nested mapping such as {@code period}, or null when absent or wrong. */
    RecordReader child(String key, boolean required) {
        known.add(key);
        YamlNode node = mapping.entries().get(key);
        if (node == null || isEmpty(node)) {
            if (required) {
                report(mapping.line(), mapping.column(), field(key), "missing required field \"" + key + "\"", "add a \"" + key + ":\" block");
            }
            return null;
        }
        RecordReader child = of(file, field(key), node, problems, sourceMap, "\"" + key + "\"");
        if (child == null) {
            failures++;
        }
        return child;
    }

    /** The mappings of a list field such as {@code partners}; empty when absent. */
    List<RecordReader> children(String key, String what) {
        return children(key, what, false);
    }

    /** The mappings of a list field; a problem when it is required and absent. An item that is no mapping is left out. */
    List<RecordReader> children(String key, String what, boolean required) {
        return itemsInPlace(key, what, required).stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The mappings of a list field; a problem when it is required and absent. An item that is no mapping is reported
     * and stands as null in its place, so that the others keep their positions ({@code prices[2]} stays the third).
     */
    List<RecordReader> itemsInPlace(String key, String what, boolean required) {
        known.add(key);
        YamlNode node = mapping.entries().get(key);
        List<RecordReader> result = new ArrayList<>();
        if (node == null || isEmpty(node)) {
            if (required) {
                report(mapping.line(), mapping.column(), field(key), "missing required list \"" + key + "\"",
                        "start the file with \"" + key + ":\" followed by the items, each starting with \"- \"");
            }
            return result;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            String hint = "start each item on its own line with \"- \"";
            if (node instanceof YamlNode.Mapping m && !m.entries().isEmpty()) {
                String first = m.entries().keySet().iterator().next();
                hint = "put \"- \" before the first field of each item: \"- " + first + ": ...\"";
            }
            report(node.line(), node.column(), field(key), "expected a list, each item " + what + ", found " + node.describe(), hint);
            return result;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            RecordReader child = of(file, field(key) + "[" + i + "]", seq.items().get(i), problems, sourceMap, what);
            if (child == null) {
                failures++;
            }
            result.add(child);
        }
        return result;
    }

    /**
     * An optional Markdown field; a problem when the text goes beyond {@link MarkdownLimits}, on the line of the file
     * where it does. A text of several lines is taken to be a block scalar ({@code description: |}, as docs/records.md
     * asks), whose line n is n lines below the key; a one-line text stands on the key's line.
     */
    String markdown(String key) {
        String text = optional(key, ValueTypes.TEXT);
        if (text != null) {
            YamlNode node = mapping.entries().get(key);
            MarkdownLimits.check(text).ifPresent(excess -> {
                boolean block = text.indexOf('\n') >= 0;
                report(node.line() + (block ? excess.line() : 0), block ? 0 : node.column() + excess.column() - 1, field(key),
                        excess.message(), excess.hint());
            });
        }
        return text;
    }

    /** Whether the key {@code key} is written more than once (the first value counts; it was reported). */
    boolean isRepeated(String key) {
        return mapping.repeated().containsKey(key);
    }

    /** The texts of a scalar field written more than once, after the first (see {@link #rawText}). */
    List<String> repeatedTexts(String key) {
        return mapping.repeated().getOrDefault(key, List.of()).stream().map(ValueTypes::scalarText)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The text of a scalar field as written, without checking or reporting anything; null when absent. */
    String rawText(String key) {
        YamlNode node = mapping.entries().get(key);
        return node == null ? null : ValueTypes.scalarText(node);
    }

    /** Reports every key that no read asked for, with a "did you mean" hint. Call after reading all fields. */
    void rejectUnknownFields() {
        mapping.entries().keySet().forEach(key -> {
            if (!known.contains(key)) {
                int[] at = mapping.keyPositions().get(key);
                String near = NearMiss.closest(key, known);
                String hint = near != null ? "did you mean \"" + near + "\"?" : "allowed fields: " + String.join(", ", known);
                report(at[0], at[1], field(key), "unknown field \"" + key + "\"", hint);
            }
        });
    }

    private <T> T convert(String key, YamlNode node, ValueType<T> type) {
        sourceMap.put(file, field(key), node.line(), node.column());
        Conversion<T> c = type.convert(node);
        if (c.failed()) {
            report(node.line(), node.column(), field(key), c.message(), c.hint());
            return null;
        }
        return c.value();
    }

    private void report(int line, int column, String field, String message, String hint) {
        failures++;
        problems.add(file, line, column, field, message, hint);
    }

    private static boolean isEmpty(YamlNode node) {
        return node instanceof YamlNode.Scalar s && (s.kind() == YamlNode.ScalarKind.NULL
                || (s.kind() == YamlNode.ScalarKind.STRING && s.text().isBlank()));
    }
}
