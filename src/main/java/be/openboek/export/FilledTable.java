package be.openboek.export;

import java.util.List;

/**
 * A table with its rows: typed cells in column order (String, Integer, BigDecimal, LocalDate, Boolean or null).
 *
 * @param table its definition
 * @param rows  the cells of each row
 * @param note  what its description adds for these rows (see {@link TableSpec#note()}), or null
 */
public record FilledTable(TableSpec<?> table, List<List<Object>> rows, TableSpec.Note note) {

    public String name() {
        return table.name();
    }

    public List<? extends Column<?>> columns() {
        return table.columns();
    }

    /**
     * The cells of row {@code index} as the JSON files give them and the standard CSV writes them (before its guard
     * against formulas): {@code 3916000.00}, {@code 2020-09-17}, {@code true}; empty for no value.
     */
    public List<String> texts(int index) {
        return rows.get(index).stream().map(Cells::text).toList();
    }
}
