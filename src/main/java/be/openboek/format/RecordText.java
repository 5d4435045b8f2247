package be.openboek.format;

import be.openboek.model.FieldRecord;
import be.openboek.model.Fields;
import java.util.List;

/**
 * A record's text as a page in one language shows it. Records are written in Dutch; a translated text has an English
 * version in {@code <field>_en} (declared by its field table). A page in English shows that version, and where
 * there is none the Dutch, marked as Dutch ({@link #dutch()}) with a visible note that it exists only in Dutch
 * ({@link #dutchOnly()}). A text kept as published (a document's own title) stays Dutch on every page, its English
 * version shown beside it as a translation. Dutch pages always show the Dutch. The one place this rule is written:
 * templates reach it through {@code site.text(record, field)} and the {@code text} functions of layout.ftl, the search
 * index and the charts call it directly.
 *
 * @param text        the text to show; null when the record has none
 * @param dutch       whether {@code text} is Dutch on a page in another language (to mark with {@code lang="nl"})
 * @param dutchOnly   whether to say that the text has no version in the page's language
 * @param translation the English version to show beside a text kept as published, or null
 */
public record RecordText(String text, boolean dutch, boolean dutchOnly, String translation) {

    /** How a page in {@code language} shows the text in {@code field} of {@code record}. */
    public static RecordText of(FieldRecord record, String field, Language language) {
        Fields fields = record.fields();
        String dutchText = asText(fields.get(field));
        if (language == Language.NL || dutchText == null) {
            return new RecordText(dutchText, false, false, null);
        }
        String english = asText(fields.english(field));
        if (record.keptAsPublished(field)) {
            return new RecordText(dutchText, true, false, english == null || english.equals(dutchText) ? null : english);
        }
        return english == null ? new RecordText(dutchText, true, true, null) : new RecordText(english, false, false, null);
    }

    /**
     * A list of texts as a page shows it (a project's themes).
     *
     * @param items     the texts
     * @param dutchOnly whether they are the Dutch ones on a page in another language, for want of an English list
     */
    public record Items(List<String> items, boolean dutchOnly) {
    }

    /** How a page in {@code language} shows the list of texts in {@code field}: the English list if any, else the Dutch. */
    public static Items items(FieldRecord record, String field, Language language) {
        List<String> dutch = record.fields().list(field, String.class);
        if (language == Language.NL || dutch.isEmpty()) {
            return new Items(dutch, false);
        }
        List<String> english = texts(record.fields().english(field));
        return english == null || english.isEmpty() ? new Items(dutch, true) : new Items(english, false);
    }

    /** The text as plain text, for a place that cannot hold markup (a tooltip, a chart): "Werking (Dutch only)". */
    public String plain(String dutchOnlyNote) {
        if (text == null) {
            return "";
        }
        if (dutchOnly) {
            return text + " (" + dutchOnlyNote + ")";
        }
        return translation == null ? text : text + " (" + translation + ")";
    }

    private static String asText(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    private static List<String> texts(Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        return list.stream().map(String::valueOf).toList();
    }
}
