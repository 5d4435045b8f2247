package be.openboek.export;

import java.util.function.Function;

/**
 * One column of a table: its name (snake_case, as in the YAML), type, Dutch title and description, and how to read
 * its value from a row.
 *
 * @param name        machine name, e.g. {@code amount}
 * @param type        kind of value
 * @param title       short Dutch title
 * @param description Dutch description for the datasets page, the workbook and the metadata
 * @param required    whether every row has a value
 * @param value       the cell of a row: String, Integer, BigDecimal, LocalDate, Boolean or null
 * @param <R>         the row type
 */
public record Column<R>(String name, ColumnType type, String title, String description, boolean required,
        Function<R, Object> value) {
}
