package be.openboek.render;

import java.util.ArrayList;
import java.util.List;

/** The page numbers a pager links, for the paged lists ({@link ListPart}) and the table pages ({@link TablePage}) alike. */
final class PagerNumbers {

    private PagerNumbers() {
    }

    /**
     * The first and last page and two either side of page {@code number}, in order, with 0 where numbers are left out
     * (shown as an ellipsis): {@code 1 0 8 9 10 11 12 0 40}. A pager of 300 pages gets at most nine links, not 300.
     */
    static List<Integer> around(int number, int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - number) <= 2) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
