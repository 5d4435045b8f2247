package be.openboek.model;

/**
 * A local institution or firm taking part in a project (an item of a project's {@code partners}).
 *
 * @param fields its values
 */
public record Partner(Fields fields) implements FieldRecord {

    public String name() {
        return fields.text("name");
    }

    /** Municipality, or null. */
    public String place() {
        return fields.text("place");
    }

    public PartnerRole role() {
        return fields.value("role", PartnerRole.class);
    }
}
