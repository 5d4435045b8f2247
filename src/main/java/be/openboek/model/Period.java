package be.openboek.model;

/**
 * When something ran; either end may be unknown (a project's {@code period}).
 *
 * @param fields its values
 */
public record Period(Fields fields) implements FieldRecord {

    /** First month or day, or null. */
    public PartialDate start() {
        return fields.value("start", PartialDate.class);
    }

    /** Last month or day, or null. */
    public PartialDate end() {
        return fields.value("end", PartialDate.class);
    }
}
