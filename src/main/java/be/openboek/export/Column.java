package be.openboek.export;

import java.util.function.Function;

/**
 * One column of a table: its name (snake_case, as in the YAML), type, and how to read its value from a row. Its title
 * and description are in the message bundles ({@link DataDictionary}).
 *
 * @param name     machine name, e.g. {@code amount}
 * @param type     kind of value
 * @param required whether every row has a value
 * @param value    the cell of a row: String, Integer, BigDecimal, LocalDate, Boolean or null
 * @param <R>      the row type
 */
public record Column<R>(String name, ColumnType type, boolean required, Function<R, Object> value) {
}
