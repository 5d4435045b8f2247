package be.openboek.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of one record, or of a mapping inside one (a price line, a period), by field name as written in YAML
 * ({@code price_model}), in the order the record's field table declares them. A field left out holds null. Which
 * fields a record has, and how each is read, checked and documented, is declared once, in the field tables of
 * {@code be.openboek.fields}; the record types only name the values the code works with.
 *
 * <p>Templates read any field by its YAML name, e.g. {@code project.fields.results}: a field added to a table can be
 * shown without a change in Java.
 *
 * <p>The values are kept in an array, in the table's order; the names and where each stands are kept once for all
 * records with the same fields (a {@link Shape}). Every page, check and table reads fields of thousands of records:
 * one small shared index and one array per record are cheaper to reach than a hash map per record. Fields cannot be
 * changed; the lists they hold are the reader's and must not be changed either (records are values: they are compared,
 * hashed and shared between builds).
 */
public final class Fields extends AbstractMap<String, Object> {

    /** What the name of a text's English version adds to the name of its Dutch field: {@code title} → {@code title_en}. */
    public static final String ENGLISH = "_en";

    /** The shapes met so far, by their field names in order: as many as there are kinds of records and mappings. */
    private static final Map<List<String>, Shape> SHAPES = new ConcurrentHashMap<>();

    private final Shape shape;
    private final Object[] values;
    /** The {@link Map#hashCode}, made when first asked for; 0 until then. */
    private int hash;

    /** @param values the value of every field of the table, null for the ones left out, in the table's order */
    public Fields(Map<String, ?> values) {
        this.shape = SHAPES.computeIfAbsent(List.copyOf(values.keySet()), Shape::new);
        this.values = new Object[shape.names.length];
        int i = 0;
        for (Object value : values.values()) {
            this.values[i++] = value;
        }
    }

    /** Fields from alternating names and values, for tests: {@code Fields.of("id", "x", "year", 2017)}. */
    public static Fields of(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Fields(values);
    }

    /** The text of {@code field}, or null when left out. */
    public String text(String field) {
        return value(field, String.class);
    }

    /** The name of the field holding the English version of the text in {@code field}: {@code title_en}. */
    public static String englishOf(String field) {
        return field + ENGLISH;
    }

    /**
     * The English version of the text (or list of texts) in {@code field}, or null when the record has none or its
     * table declares no English version of that field.
     */
    public Object english(String field) {
        return get(englishOf(field));
    }

    /** The value of {@code field}, or null when left out; fails on a field the table does not declare. */
    public <T> T value(String field, Class<T> type) {
        Integer at = shape.index.get(field);
        if (at == null) {
            throw new IllegalArgumentException("no field \"" + field + "\" among " + keySet());
        }
        return type.cast(values[at]);
    }

    /** The items of the list {@code field}; empty when left out. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String field, Class<T> type) {
        List<?> list = value(field, List.class);
        if (list == null) {
            return List.of();
        }
        list.forEach(type::cast);
        return (List<T>) list;
    }

    @Override
    public Object get(Object field) {
        Integer at = shape.index.get(field);
        return at == null ? null : values[at];
    }

    @Override
    public boolean containsKey(Object field) {
        return shape.index.containsKey(field);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(shape.names[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (other instanceof Fields fields && fields.shape == shape) {
            return (hash == 0 || fields.hash == 0 || hash == fields.hash) && Arrays.equals(values, fields.values);
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            // As every Map's: the sum of its entries' hash codes.
            for (int i = 0; i < values.length; i++) {
                h += Objects.hashCode(shape.names[i]) ^ Objects.hashCode(values[i]);
            }
            hash = h;
        }
        return h;
    }

    /** The names of a kind of record's fields in order, and where each stands in its array of values. */
    private static final class Shape {

        private final String[] names;
        private final Map<String, Integer> index;

        private Shape(List<String> names) {
            this.names = names.toArray(String[]::new);
            Map<String, Integer> index = new HashMap<>(names.size() * 2);
            for (int i = 0; i < this.names.length; i++) {
                index.put(this.names[i], i);
            }
            this.index = index;
        }
    }
}
