package be.openboek.model;

/**
 * The licence under which the data is published (the organisation's {@code licence}).
 *
 * @param fields its values
 */
public record Licence(Fields fields) implements FieldRecord {

    /** Human name, e.g. "Modellicentie Gratis Hergebruik v1.0". */
    public String name() {
        return fields.text("name");
    }

    /** The licence's URI. */
    public String url() {
        return fields.text("url");
    }
}
