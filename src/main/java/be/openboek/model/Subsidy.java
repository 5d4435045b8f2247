package be.openboek.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One subsidy line: an amount for one year and purpose.
 *
 * @param id        slug
 * @param year      budget year
 * @param amount    euro, whole cents; null when the sources give no amount
 * @param status    granted, budgeted or paid
 * @param purpose   what the money is for
 * @param funder    who gives it
 * @param recipient who receives it
 * @param notes     what a reader needs to interpret the figure, or null
 * @param sources   source ids
 * @param origin    where the record was written
 */
public record Subsidy(String id, int year, BigDecimal amount, SubsidyStatus status, String purpose, String funder,
        String recipient, String notes, List<String> sources, Origin origin) implements Identified {
}
