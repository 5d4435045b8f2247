package be.openboek.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One subsidy line: an amount for one year and purpose (an item of {@code data/subsidies.yaml}; its fields are
 * declared in {@code fields.SubsidyFields}).
 *
 * @param fields its values
 * @param origin where the record was written
 */
public record Subsidy(Fields fields, Origin origin) implements Identified, FieldRecord {

    public String id() {
        return fields.text("id");
    }

    /** The budget year. */
    public int year() {
        return fields.value("year", Integer.class);
    }

    /** Euro, whole cents; null when the sources give no amount. */
    public BigDecimal amount() {
        return fields.value("amount", BigDecimal.class);
    }

    public SubsidyStatus status() {
        return fields.value("status", SubsidyStatus.class);
    }

    /** What the money is for. */
    public String purpose() {
        return fields.text("purpose");
    }

    public String funder() {
        return fields.text("funder");
    }

    public String recipient() {
        return fields.text("recipient");
    }

    /** What a reader needs to interpret the figure, or null. */
    public String notes() {
        return fields.text("notes");
    }

    /** Source ids. */
    public List<String> sources() {
        return fields.list("sources", String.class);
    }
}
