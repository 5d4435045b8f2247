package be.openboek.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON set-up of the export: keys in insertion order, numbers as plain decimals ({@code 3916000.00},
 * never {@code 3.916E+6}), two-space indentation with {@code \n} whatever the machine, a final newline.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /**
     * An object with its keys in the given order: {@code obj("a", 1, "b", 2)}. Never {@code Map.of}, whose
     * iteration order changes from one run of the JVM to the next.
     */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A list written one element at a time to {@code out}, the same bytes as {@link #bytes} gives for the whole list:
     * an export of 100,000 records never holds all their objects, or the text of all of them, at once.
     */
    static final class ListWriter implements AutoCloseable {

        // As the writer of Json.bytes lays out a list: the elements indented on lines of their own, "[ ]" for none.
        private static final byte[] FIRST = "[\n  ".getBytes(StandardCharsets.UTF_8);
        private static final byte[] NEXT = ",\n  ".getBytes(StandardCharsets.UTF_8);
        private static final byte[] END = "\n]\n".getBytes(StandardCharsets.UTF_8);
        private static final byte[] NONE = "[ ]\n".getBytes(StandardCharsets.UTF_8);

        private final OutputStream out;
        private int count;

        ListWriter(OutputStream out) {
            this.out = out;
        }

        /** Adds an element made by {@link #inList}, as it is. */
        void add(byte[] element) throws IOException {
            out.write(count++ == 0 ? FIRST : NEXT);
            out.write(element);
        }

        /** Ends the list, with the final newline; {@code out} stays open. */
        @Override
        public void close() throws IOException {
            out.write(count == 0 ? NONE : END);
        }
    }

    /**
     * {@code value} as an element of a list written by {@link ListWriter} shows it, for a list made of values written
     * before: what the writer puts between the elements it adds itself.
     */
    static byte[] inList(Object value) {
        String list = text(List.of(value));
        String start = "[\n  ";
        String end = "\n]";
        if (!list.startsWith(start) || !list.endsWith(end)) {
            throw new IllegalStateException("a one-element list is written as [, a line, the element indented, a line and ]");
        }
        return list.substring(start.length(), list.length() - end.length()).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code value} (maps, lists, strings, numbers, booleans) as indented UTF-8 JSON. */
    static byte[] bytes(Object value) {
        return (text(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String text(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and lists always serialise", e);
        }
    }

    /** {@code value} on one line. */
    static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and lists always serialise", e);
        }
    }
}
