package be.openboek.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a published table's rows ({@code datasets/<table>/}, then {@code datasets/<table>/2/}, ...): the record of
 * a table page in the {@link PagePlan}. A table of more than {@link #ROWS_PER_PAGE} rows is split over several static
 * pages, so that no page grows with the data; each row is on exactly one of them, in the data's order.
 *
 * @param table  the table's machine name, e.g. {@code subsidies}
 * @param number this page's number, from 1
 * @param count  how many pages the table has (at least 1, also for a table without rows)
 * @param from   the index of this page's first row
 * @param to     the index after its last row
 */
public record TablePage(String table, int number, int count, int from, int to) {

    /** Rows per page: a page of the widest table (changes, with old and new values) stays far below 1 MB. */
    static final int ROWS_PER_PAGE = 250;

    /** The rows per page now: {@link #ROWS_PER_PAGE}, unless a test lowered it ({@link #rowsPerPage(int)}). */
    private static volatile int rowsPerPage = ROWS_PER_PAGE;

    /** Sets the rows per page, for tests of paging with a few rows; they set {@link #ROWS_PER_PAGE} back after. */
    static void rowsPerPage(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a page holds at least one row, not " + rows);
        }
        rowsPerPage = rows;
    }

    /** The pages of a table of {@code rows} rows. */
    static List<TablePage> of(String table, int rows) {
        int size = rowsPerPage;
        int count = Math.max(1, (rows + size - 1) / size);
        List<TablePage> pages = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            pages.add(new TablePage(table, n, count, (n - 1) * size, Math.min(rows, n * size)));
        }
        return pages;
    }

    /** The folder of page {@code n} of this table, from the language's root: {@code datasets/subsidies/2/}. */
    public String pathOf(int n) {
        return "datasets/" + table + "/" + (n == 1 ? "" : n + "/");
    }

    /** This page's folder, from the language's root. */
    public String path() {
        return pathOf(number);
    }

    /** The page numbers the pager links, 0 for a gap ({@link PagerNumbers#around}). */
    public List<Integer> pager() {
        return PagerNumbers.around(number, count);
    }
}
