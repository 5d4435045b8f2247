package be.openboek.load;

import java.util.List;
import java.util.Map;

/** A YAML value with the line and column where it starts, as read by {@link YamlTreeReader}. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    int column();

    /** What a person would call this node in a message. */
    String describe();

    /** How the YAML parser typed a scalar; staff meant text unless a field says otherwise. */
    enum ScalarKind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /**
     * A scalar. {@code text} is what was written (for numbers and booleans too, so {@code NO} stays
     * {@code NO} and {@code 012} stays {@code 012}).
     */
    record Scalar(String text, ScalarKind kind, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            if (kind == ScalarKind.NULL) {
                return "nothing";
            }
            // A long value (often several lines run together by a lost quote or colon) is shortened.
            String shown = text.codePointCount(0, text.length()) <= 80 ? text
                    : text.substring(0, text.offsetByCodePoints(0, 60)) + "…";
            return "\"" + shown + "\"";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A mapping whose keys keep the order of the file. A key written more than once (a problem, reported when read)
     * holds its first value in {@code entries}; its later values are in {@code repeated}.
     */
    record Mapping(Map<String, YamlNode> entries, Map<String, int[]> keyPositions, Map<String, List<YamlNode>> repeated,
            int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping (key: value lines)";
        }
    }
}
