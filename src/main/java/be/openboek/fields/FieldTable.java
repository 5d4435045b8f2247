package be.openboek.fields;

import be.openboek.model.Fields;
import be.openboek.model.Origin;
import java.util.ArrayList;
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
 * @param fields the fields, in the order the records hold them; the English version of each translated text
 *               ({@link Field#translated()}) follows them all, in the same order, so a table declares it only once
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
        fields = withEnglish(fields);
    }

    /** {@code fields} followed by the English companions of its translated texts that it does not hold yet. */
    private static List<Field> withEnglish(List<Field> fields) {
        List<Field> all = new ArrayList<>(fields);
        for (Field field : fields) {
            if (field.isTranslated()) {
                Field english = field.english();
                if (fields.stream().anyMatch(f -> f.name().equals(english.name()))) {
                    continue;
                }
                all.add(english);
            }
        }
        return List.copyOf(all);
    }

    /** The English companion of the translated text {@code name} ({@code title_en} for {@code title}), if it has one. */
    public Optional<Field> englishOf(String name) {
        return field(name).filter(Field::isTranslated).flatMap(f -> field(Fields.englishOf(name)));
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
