package be.openboek.fields;

import be.openboek.model.Coded;
import be.openboek.model.Fields;
import java.util.Objects;

/**
 * One field of a record type, declared once: the loader reads and checks it, the JSON Schemas, the {@code new}
 * scaffolds, the change log's labels and docs/records.md describe it, all from this declaration. Made with the
 * static methods and the {@code with...} methods, e.g.
 * {@code Field.text("title").required().label("titel", "title").means("de naam", "the name").example("Bieblo")}.
 *
 * @param name      the YAML name, snake_case
 * @param kind      what it holds
 * @param isList     whether it holds a list of such values
 * @param isRequired whether it must be filled in (for a list: with at least one item)
 * @param labelNl   a short Dutch name, as the change log writes it ("bedrag")
 * @param labelEn   a short English name
 * @param nl        what it means, in Dutch, for the scaffolds' comments and the schemas
 * @param en        what it means, in English, for docs/records.md
 * @param example   a value as staff would write it, or null
 * @param codes     for {@link ValueKind#CODE}: the enum of allowed codes
 * @param refersTo  for {@link ValueKind#REF}: the record type the id belongs to ({@code source}, {@code project}, ...)
 * @param mapping   for {@link ValueKind#MAPPING}: the fields of the mapping
 * @param into      for {@link ValueKind#MARKDOWN_FILE}: the field that receives the file's text
 * @param absent    the value a left-out field takes, or null
 * @param oneItem   for a list of mappings: whether a new record's scaffold starts with one item to fill in (else the
 *                  item is shown commented out)
 * @param isTranslated  whether the text takes an English version: its table then declares the companion field
 *                      {@code <name>_en} (see {@link #translated()})
 * @param translationOf for such a companion: the name of the Dutch field it translates; null for any other field
 */
public record Field(String name, ValueKind kind, boolean isList, boolean isRequired, String labelNl, String labelEn, String nl,
        String en, String example, Class<? extends Coded> codes, String refersTo, FieldTable<?> mapping, String into,
        Object absent, boolean oneItem, boolean isTranslated, String translationOf) {

    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
    }

    private static Field of(String name, ValueKind kind) {
        return new Field(name, kind, false, false, null, null, "", "", null, null, null, null, null, null, false, false, null);
    }

    public static Field text(String name) {
        return of(name, ValueKind.TEXT);
    }

    public static Field markdown(String name) {
        return of(name, ValueKind.MARKDOWN);
    }

    /** The record's own id, always required. */
    public static Field id() {
        return of("id", ValueKind.ID).required().label("id", "id");
    }

    /** The id of a record of type {@code type}. */
    public static Field ref(String name, String type) {
        return new Field(name, ValueKind.REF, false, false, null, null, "", "", null, null, type, null, null, null, false, false, null);
    }

    public static Field of(String name, ValueKind kind, boolean required) {
        Field field = of(name, kind);
        return required ? field.required() : field;
    }

    /** One of the codes of {@code codes}. */
    public static Field code(String name, Class<? extends Coded> codes) {
        return new Field(name, ValueKind.CODE, false, false, null, null, "", "", null, codes, null, null, null, null, false, false, null);
    }

    /** A mapping with the fields of {@code table}. */
    public static Field mapping(String name, FieldTable<?> table) {
        return new Field(name, ValueKind.MAPPING, false, false, null, null, "", "", null, null, null, table, null, null, false, false, null);
    }

    /** A Markdown file under content/ whose text becomes the value of the field {@code into}. */
    public static Field markdownFile(String name, String into) {
        return new Field(name, ValueKind.MARKDOWN_FILE, false, false, null, null, "", "", null, null, null, null, into, null, false, false, null);
    }

    /** The same field, required. */
    public Field required() {
        return new Field(name, kind, isList, true, labelNl, labelEn, nl, en, example, codes, refersTo, mapping, into, absent, oneItem, isTranslated, translationOf);
    }

    /** The same field holding a list of its values. */
    public Field listed() {
        return new Field(name, kind, true, isRequired, labelNl, labelEn, nl, en, example, codes, refersTo, mapping, into, absent, oneItem, isTranslated, translationOf);
    }

    /** The same field with its short names. */
    public Field label(String dutch, String english) {
        return new Field(name, kind, isList, isRequired, dutch, english, nl, en, example, codes, refersTo, mapping, into, absent, oneItem, isTranslated, translationOf);
    }

    /** The same field with what it means, in Dutch and in English. */
    public Field means(String dutch, String english) {
        return new Field(name, kind, isList, isRequired, labelNl, labelEn, dutch, english, example, codes, refersTo, mapping, into, absent, oneItem, isTranslated, translationOf);
    }

    /** The same field with an example value. */
    public Field example(String value) {
        return new Field(name, kind, isList, isRequired, labelNl, labelEn, nl, en, value, codes, refersTo, mapping, into, absent, oneItem, isTranslated, translationOf);
    }

    /** The same field, taking {@code value} when left out. */
    public Field whenAbsent(Object value) {
        return new Field(name, kind, isList, isRequired, labelNl, labelEn, nl, en, example, codes, refersTo, mapping, into, value, oneItem, isTranslated, translationOf);
    }

    /** The same list of mappings, whose new records' scaffold starts with one item to fill in. */
    public Field withOneItem() {
        return new Field(name, kind, isList, isRequired, labelNl, labelEn, nl, en, example, codes, refersTo, mapping, into, absent, true, isTranslated, translationOf);
    }

    /**
     * The same text, taking an English version beside the Dutch: the table declares {@code <name>_en} after its own
     * fields, optional, of the same kind, with labels and meanings made from this field's (see {@link #english()}).
     * The English pages show that version, or the Dutch marked "Dutch only" where it is empty.
     */
    public Field translated() {
        if (kind != ValueKind.TEXT && kind != ValueKind.MARKDOWN && kind != ValueKind.MARKDOWN_FILE) {
            throw new IllegalArgumentException(name + " is not a text: only texts are translated");
        }
        return new Field(name, kind, isList, isRequired, labelNl, labelEn, nl, en, example, codes, refersTo, mapping, into, absent,
                oneItem, true, null);
    }

    /**
     * The English companion of a {@link #translated()} field: {@code <name>_en}, optional, of the same kind; a Markdown
     * file's companion fills the English version of the field the Dutch file fills.
     */
    Field english() {
        if (!isTranslated) {
            throw new IllegalStateException(name + " is not translated");
        }
        String englishName = Fields.englishOf(name);
        String dutchLabel = labelNl == null ? name : labelNl;
        String englishLabel = labelEn == null ? name : labelEn;
        String nlMeaning = dutchLabel + " in het Engels (leeg: de Engelse site toont het Nederlands, met \"Dutch only\" erbij)";
        String enMeaning = "`" + name + "` in English; when empty, English pages show the Dutch, marked \"Dutch only\"";
        String englishInto = null;
        if (kind == ValueKind.MARKDOWN_FILE) {
            englishInto = Fields.englishOf(into);
            nlMeaning = "of: een Markdown-bestand in content/ met de tekst van " + englishInto + " (dan " + englishInto + " leeg laten)";
            enMeaning = "a Markdown file with the text of `" + englishInto + "`";
        }
        return new Field(englishName, kind, isList, false, dutchLabel + " in het Engels", englishLabel + " in English",
                nlMeaning, enMeaning, null, codes, refersTo, mapping, englishInto, null, oneItem, false, name);
    }

    /** Whether the field's value is stored in the record (a Markdown file's text is stored in another field). */
    public boolean stored() {
        return kind != ValueKind.MARKDOWN_FILE;
    }
}
