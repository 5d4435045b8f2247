package be.openboek.fields;

import be.openboek.model.Fields;
import be.openboek.model.Origin;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one record type, or of a mapping inside records (a price line), in the order the records hold
 * them, with how to make the model record from their values.
 *
 * @param name   the type's name: {@code project}, {@code price line}
 * @param type   the model record it makes
 * @param file   where the records are written, e.g. {@code data/projects/<id>.yaml}; empty for a mapping inside records
 * @param nl     what the records are, in Dutch (schemas, scaffolds)
 * @param en     what the records are, in English (docs/records.md)
 * @param fields the fields, in the order the records hold them
 * @param maker  makes the model record from the values (and, for a record with an id, where it was written)
 * @param <T>    the model record type
 */
public record FieldTable<T>(String name, Class<T> type, String file, String nl, String en, List<Field> fields, Maker<T> maker) {

    /** Makes a model record from its values. */
    @FunctionalInterface
    public interface Maker<T> {
        T make(Fields fields, Origin origin);
    }

    public FieldTable {
        fields = List.copyOf(fields);
    }

    /** The field named {@code name}, if the table has it. */
    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names of the fields, in order. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /** What one item of a list of these is, for messages: "a partner (name, place, role)". */
    public String itemDescription() {
        List<String> names = names();
        String shown = String.join(", ", names.subList(0, Math.min(4, names.size())));
        return (name.matches("[aeiou].*") ? "an " : "a ") + name + " (" + shown + (names.size() > 4 ? ", ..." : "") + ")";
    }
}
