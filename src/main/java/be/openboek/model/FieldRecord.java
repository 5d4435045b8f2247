package be.openboek.model;

/**
 * A record whose values are held by {@link Fields}: every record type and every mapping inside one. Code that
 * treats all fields alike (the JSON API, the change log) reads them from here, in the order of the field table.
 */
public interface FieldRecord {

    /** The record's values by field name. */
    Fields fields();

    /**
     * Whether the text in {@code field} is shown as it was published (a document's own title), so that pages in
     * another language show it unchanged, with its translation beside it, rather than replacing it by the translation.
     */
    default boolean keptAsPublished(String field) {
        return false;
    }
}
