package be.openboek.load;

import java.util.HashMap;
import java.util.Map;

/**
 * Where every value read from the data files stands (file and field path to line and column), so
 * that checks made after loading, such as references between records, can point at the exact line.
 */
public final class SourceMap {

    /** A line and column; 0 when unknown. */
    public record Position(int line, int column) {
    }

    private static final Position UNKNOWN = new Position(0, 0);
    private final Map<String, Position> positions = new HashMap<>();
    private Map<String, SourceMap> attached = new HashMap<>();

    synchronized void put(String file, String field, int line, int column) {
        positions.putIfAbsent(file + "#" + field, new Position(line, column));
    }

    /**
     * Takes the positions in {@code file} from {@code other}, which holds only that file's, without copying them;
     * positions of {@code file} put here directly are not looked at any more.
     */
    synchronized void attach(String file, SourceMap other) {
        attached.put(file, other);
    }

    /** Makes room for {@code files} more files' {@link #attach}ed positions at once (10,000 record files in serve). */
    synchronized void expect(int files) {
        if (attached.isEmpty() && files > 64) {
            attached = new HashMap<>(files * 4 / 3 + 1);
        }
    }

    /** The position of {@code field} in {@code file}, or of the nearest enclosing field that has one. */
    public Position position(String file, String field) {
        SourceMap other;
        synchronized (this) {
            other = attached.get(file);
        }
        return other != null ? other.position(file, field) : own(file, field);
    }

    private synchronized Position own(String file, String field) {
        String f = field;
        while (true) {
            Position p = positions.get(file + "#" + f);
            if (p != null) {
                return p;
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            if (cut <= 0) {
                return positions.getOrDefault(file + "#", UNKNOWN);
            }
            f = f.substring(0, cut);
        }
    }
}
