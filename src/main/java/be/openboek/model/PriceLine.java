package be.openboek.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One published price of a service for a period (an item of a service's {@code prices}).
 *
 * @param fields its values
 */
public record PriceLine(Fields fields) implements FieldRecord {

    /** What is paid for. */
    public String component() {
        return fields.text("component");
    }

    /** Euro with the precision it was published with; null when not published. */
    public BigDecimal amount() {
        return fields.value("amount", BigDecimal.class);
    }

    /** What one amount pays for. */
    public PriceUnit unit() {
        return fields.value("unit", PriceUnit.class);
    }

    /** Whether VAT is included; null when the source does not say. */
    public Boolean vatIncluded() {
        return fields.value("vat_included", Boolean.class);
    }

    /** First day the price applies. */
    public LocalDate validFrom() {
        return fields.value("valid_from", LocalDate.class);
    }

    /** Last day, or null when still valid or unknown. */
    public LocalDate validTo() {
        return fields.value("valid_to", LocalDate.class);
    }

    public String notes() {
        return fields.text("notes");
    }

    /** Source ids. */
    public List<String> sources() {
        return fields.list("sources", String.class);
    }
}
