package be.openboek.export;

/**
 * A column that holds the id of a row of another table.
 *
 * @param column    the column in this table
 * @param table     the referenced table
 * @param reference the referenced column, its primary key
 */
public record ForeignKey(String column, String table, String reference) {
}
