package be.openboek.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one run so they can be printed together, in file and line order.
 * Thread-safe, because pages are rendered in parallel.
 */
public final class Problems {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void add(String file, int line, int column, String field, String message, String hint) {
        add(new Problem(file, line, column, field, message, hint));
    }

    public void addAll(Problems other) {
        List<Problem> theirs;
        synchronized (other) {
            if (other.list.isEmpty()) {
                return;
            }
            theirs = new ArrayList<>(other.list);
        }
        // all() sorts and removes repeats: theirs need neither yet.
        synchronized (this) {
            list.addAll(theirs);
        }
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    public synchronized int size() {
        return list.size();
    }

    /** All problems, sorted by file, line, column, deduplicated. */
    public synchronized List<Problem> all() {
        return list.stream().distinct().sorted(ORDER).toList();
    }
}
