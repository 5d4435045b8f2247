package be.openboek.model;

/**
 * What a relation between records rests on: a source that states it, or our own reading of the sources. Pages and
 * datasets say which, so that a reader can tell a sourced link from one the site's editors made.
 */
public enum LinkBasis implements Coded {
    /** At least one source states the relation. */
    SOURCE("source"),
    /** No source states it: the editors link the records, for the reason they give. */
    OUR_READING("our_reading");

    private final String code;

    LinkBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
