package be.openboek.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of one record, or of a mapping inside one (a price line, a period), by field name as written in YAML
 * ({@code price_model}), in the order the record's field table declares them. A field left out holds null. Which
 * fields a record has, and how each is read, checked and documented, is declared once, in the field tables of
 * {@code be.openboek.fields}; the record types only name the values the code works with.
 *
 * <p>Templates read any field by its YAML name, e.g. {@code project.fields.results}: a field added to a table can be
 * shown without a change in Java.
 */
public final class Fields extends AbstractMap<String, Object> {

    /** What the name of a text's English version adds to the name of its Dutch field: {@code title} → {@code title_en}. */
    public static final String ENGLISH = "_en";

    private final Map<String, Object> values;

    /** @param values the value of every field of the table, null for the ones left out, in the table's order */
    public Fields(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
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
        return values.get(englishOf(field));
    }

    /** The value of {@code field}, or null when left out; fails on a field the table does not declare. */
    public <T> T value(String field, Class<T> type) {
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException("no field \"" + field + "\" among " + values.keySet());
        }
        return type.cast(values.get(field));
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
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object field) {
        return values.get(field);
    }

    @Override
    public boolean containsKey(Object field) {
        return values.containsKey(field);
    }
}
