package be.openboek.render;

/** Names shared between the pages and the templates. */
final class PageKeys {

    private PageKeys() {
    }

    /** Document key holding the record a page shows; templates read it as {@code record}. */
    static final String RECORD = "record";
}
