package be.openboek.render.charts;

import java.util.List;

/**
 * The figures of a chart as a table, for the page to show next to the drawing: the same years, amounts and gaps,
 * in words. Plain text only; the template escapes it.
 *
 * @param caption what the table holds
 * @param head    the column headings
 * @param body    the rows; the first cell of each is its heading
 * @param foot    rows after the body (totals), or none
 */
public record ChartTable(String caption, List<Cell> head, List<List<Cell>> body, List<List<Cell>> foot) {

    /**
     * One cell.
     *
     * @param text    what it says
     * @param note    a second, smaller line (the years a total counts), or null
     * @param header  a heading (of its row or column)
     * @param number  an amount, aligned to the right
     * @param missing says that something is not published (shown as such)
     * @param span    how many columns it covers
     */
    public record Cell(String text, String note, boolean header, boolean number, boolean missing, int span) {

        static Cell heading(String text) {
            return new Cell(text, null, true, false, false, 1);
        }

        static Cell amount(String text, String note) {
            return new Cell(text, note, false, true, false, 1);
        }

        static Cell missing(String text, int span) {
            return new Cell(text, null, false, false, true, span);
        }
    }
}
