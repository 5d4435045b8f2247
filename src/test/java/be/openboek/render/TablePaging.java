package be.openboek.render;

import java.util.function.Supplier;

/** For tests of the table pages: builds with a few rows per table page, so that small sites are paged too. */
public final class TablePaging {

    private TablePaging() {
    }

    /** Runs {@code build} with {@code rows} rows per table page, then sets the page size back. */
    public static <T> T withRowsPerPage(int rows, Supplier<T> build) {
        TablePage.rowsPerPage(rows);
        try {
            return build.get();
        } finally {
            TablePage.rowsPerPage(TablePage.ROWS_PER_PAGE);
        }
    }
}
