package be.openboek.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How many rows a list page shows before the list is paged, and how the rows are cut into {@link ListPart}s. A list of
 * a few hundred rows stays one page; beyond that, every page holds at most {@link #rows()} rows, so that no page
 * grows with the number of records (at 300 rows a page of projects is about 200 KB of HTML).
 *
 * <p>The number is a build setting, {@code -Dopenboek.list.rows=N} (at least 2), so that a test can page a list of a
 * few dozen records instead of building thousands.
 *
 * @param rows the most rows on one page
 */
public record ListPaging(int rows) {

    /** The rows per page when nothing else is set. */
    public static final int DEFAULT_ROWS = 300;
    /** The system property that sets {@link #rows()}. */
    public static final String PROPERTY = "openboek.list.rows";

    /** The paging the build uses: {@value #DEFAULT_ROWS} rows, or what {@value #PROPERTY} says. */
    public static ListPaging current() {
        return new ListPaging(Math.max(2, Integer.getInteger(PROPERTY, DEFAULT_ROWS)));
    }

    /** Whether a list of {@code size} rows is paged. */
    public boolean pages(int size) {
        return size > rows;
    }

    /**
     * The parts of a list, or an empty list when it fits one page.
     *
     * @param years for each page's rows, the years they fall in (subsidies), else an empty list
     */
    <T> List<ListPart> parts(String list, List<T> all, Function<List<T>, List<ListPart.YearLines>> years) {
        List<ListPart> parts = new ArrayList<>();
        if (!pages(all.size())) {
            return parts;
        }
        int count = (all.size() + rows - 1) / rows;
        for (int n = 1; n <= count; n++) {
            int from = (n - 1) * rows;
            List<T> slice = List.copyOf(all.subList(from, Math.min(from + rows, all.size())));
            parts.add(new ListPart(list, n, count, slice, years.apply(slice), all.size(), from + 1, rows));
        }
        return parts;
    }
}
