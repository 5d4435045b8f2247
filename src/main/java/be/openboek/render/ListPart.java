package be.openboek.render;

import be.openboek.model.Subsidy;
import java.math.BigDecimal;
import java.util.List;

/**
 * One page of a list that is too long for one page (see {@link ListPaging}): the rows it shows and where the other
 * pages are. The first page keeps the list's own address ({@code projects/}); page {@code n} is at
 * {@code projects/page/n/}, a folder no record page can have (a record's page is one folder deep, with no pages
 * below it). A list short enough for one page has no part at all, so its page is as it always was.
 *
 * @param list   the list's folder: {@code subsidies}, {@code projects} or {@code services}
 * @param number this page's number, from 1
 * @param count  how many pages the list has
 * @param rows   the records this page shows, in the list's order
 * @param years  for the subsidies: the years this page shows, each with its lines on this page (else empty)
 * @param total  how many rows the whole list has
 * @param first  the position in the whole list of this page's first row, from 1
 * @param size   the most rows a page shows
 */
public record ListPart(String list, int number, int count, List<?> rows, List<YearLines> years, int total, int first, int size) {

    /** The address of page {@code n}, relative to the list's folder: {@code ""} for the first, {@code page/n/} else. */
    public String href(int n) {
        return n == 1 ? "" : "page/" + n + "/";
    }

    /** The position in the whole list of this page's last row. */
    public int last() {
        return first + rows.size() - 1;
    }

    /** The page numbers the pager links, 0 for a gap ({@link PagerNumbers#around}). */
    public List<Integer> numbers() {
        return PagerNumbers.around(number, count);
    }

    /**
     * The lines of one year that a page of the subsidies shows; its total is the whole year's, shown on the page with
     * the year's last line.
     *
     * @param whole     the whole year
     * @param lines     its lines on this page
     * @param continued whether lines of the year are on the page before
     * @param continues whether lines of the year are on the page after
     */
    public record YearLines(SiteView.Year whole, List<Subsidy> lines, boolean continued, boolean continues) {

        public int year() {
            return whole.year();
        }

        public BigDecimal total() {
            return whole.total();
        }

        public boolean incomplete() {
            return whole.incomplete();
        }

        public boolean published() {
            return whole.published();
        }

        /** Whether the year is on more than one page. */
        public boolean split() {
            return continued || continues;
        }
    }
}
