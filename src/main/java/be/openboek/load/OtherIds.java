package be.openboek.load;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids taken by the other files of a folder: a view of all of them without one file's own id. A copy
 * per file made loading a folder take time in proportion to the square of its number of files.
 */
final class OtherIds extends AbstractMap<String, String> {

    private final Map<String, String> all;
    private final String own;

    OtherIds(Map<String, String> all, String own) {
        this.all = all;
        this.own = own;
    }

    @Override
    public boolean containsKey(Object key) {
        return !own.equals(key) && all.containsKey(key);
    }

    @Override
    public String get(Object key) {
        return own.equals(key) ? null : all.get(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return all.entrySet().stream().filter(e -> !own.equals(e.getKey())).collect(Collectors.toUnmodifiableSet());
    }
}
