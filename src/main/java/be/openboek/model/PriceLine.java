package be.openboek.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One published price of a service for a period.
 *
 * @param component   what is paid for
 * @param amount      euro with the precision it was published with; null when not published
 * @param unit        what one amount pays for
 * @param vatIncluded whether VAT is included; null when the source does not say
 * @param validFrom   first day the price applies
 * @param validTo     last day, or null when still valid or unknown
 * @param notes       notes, or null
 * @param sources     source ids
 */
public record PriceLine(String component, BigDecimal amount, PriceUnit unit, Boolean vatIncluded,
        LocalDate validFrom, LocalDate validTo, String notes, List<String> sources) {
}
