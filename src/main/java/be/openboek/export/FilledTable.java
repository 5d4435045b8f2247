package be.openboek.export;

import java.util.List;

/**
 * A table with its rows: typed cells in column order (String, Integer, BigDecimal, LocalDate, Boolean or null).
 *
 * @param table its definition
 * @param rows  the cells of each row
 */
public record FilledTable(TableSpec<?> table, List<List<Object>> rows) {

    public String name() {
        return table.name();
    }

    public List<? extends Column<?>> columns() {
        return table.columns();
    }
}
