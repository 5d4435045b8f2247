package be.openboek.model;

import java.util.List;

/**
 * A project call: a round in which local institutions submit ideas and projects are selected (an item of
 * {@code data/calls.yaml}; its fields are declared in {@code fields.CallFields}).
 *
 * @param fields its values
 * @param origin where the record was written
 */
public record Call(Fields fields, Origin origin) implements Identified, FieldRecord {

    public String id() {
        return fields.text("id");
    }

    public String title() {
        return fields.text("title");
    }

    /** When submissions opened, or null. */
    public PartialDate opened() {
        return fields.value("opened", PartialDate.class);
    }

    /** The deadline, or null. */
    public PartialDate closed() {
        return fields.value("closed", PartialDate.class);
    }

    /** What was asked and how it went. */
    public String description() {
        return fields.text("description");
    }

    /** Source ids. */
    public List<String> sources() {
        return fields.list("sources", String.class);
    }
}
