package be.openboek.export;

import be.openboek.format.BelgianFormat;
import be.openboek.format.Language;
import be.openboek.format.Messages;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the published tables in one language: each table's title, description and keywords, each column's
 * title and description, the names of the kinds of column. They are interface text, so they live in the message
 * bundles ({@code messages_<lang>.properties}, keys {@code table.<table>.title}, {@code table.<table>.description},
 * {@code table.<table>.keywords}, {@code table.<table>.column.<column>.title} and {@code .description},
 * {@code column.type.<type>}); a table or column without them fails the build. The datasets page shows them in
 * its language, the catalog in both, the workbook and datapackage.json (which have no language tags) in Dutch.
 */
public final class DataDictionary {

    private static final Map<Language, DataDictionary> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new DataDictionary(Messages.of(language)));
        }
    }

    private final Messages messages;

    private DataDictionary(Messages messages) {
        this.messages = messages;
    }

    /** The dictionary in {@code language}. */
    public static DataDictionary of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return messages.language();
    }

    /** The table's title, e.g. "Subsidies". */
    public String title(TableSpec<?> table) {
        return text("table." + table.name() + ".title");
    }

    /** What the table holds, whatever the input. */
    public String description(TableSpec<?> table) {
        return text("table." + table.name() + ".description");
    }

    /** What the table holds, with what its rows call for (that the change log is incomplete). */
    public String description(FilledTable table) {
        String description = description(table.table());
        TableSpec.Note note = table.note();
        return note == null ? description : description + " " + text(note.key(), note.args());
    }

    /** Words for catalogs. */
    public List<String> keywords(TableSpec<?> table) {
        return Arrays.stream(text("table." + table.name() + ".keywords").split(",")).map(String::strip).toList();
    }

    /** A column's short title, e.g. "Bedrag". */
    public String title(TableSpec<?> table, Column<?> column) {
        return text("table." + table.name() + ".column." + column.name() + ".title");
    }

    /** What a column holds. */
    public String description(TableSpec<?> table, Column<?> column) {
        return text("table." + table.name() + ".column." + column.name() + ".description");
    }

    /** The name of a kind of column, e.g. "bedrag in euro". */
    public String type(ColumnType type) {
        return text("column.type." + type.name().toLowerCase(Locale.ROOT));
    }

    /** Any other message of the bundle, with its arguments; a date argument written as the language writes dates. */
    String text(String key, Object... args) {
        Object[] written = Arrays.stream(args)
                .map(a -> a instanceof LocalDate date ? (language() == Language.NL ? BelgianFormat.date(date) : date.toString()) : a)
                .toArray();
        return String.valueOf(messages.text(key, written));
    }
}
