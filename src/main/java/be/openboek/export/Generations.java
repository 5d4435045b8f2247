package be.openboek.export;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values kept from one export of a serve session to the next: what an export makes (or takes over) becomes, once it
 * succeeded, what the next one looks up; what a failed export made is dropped. Safe from several threads.
 *
 * @param <K> what a value is kept by
 * @param <V> the value
 */
final class Generations<K, V> {

    private volatile Map<K, V> previous = Map.of();
    private volatile Map<K, V> made = new ConcurrentHashMap<>();

    /** What the last successful export kept by {@code key}, or null. */
    V previous(K key) {
        return previous.get(key);
    }

    /** Keeps {@code value} by {@code key} for the next export, once this one succeeds. */
    void made(K key, V value) {
        made.put(key, value);
    }

    /** The export succeeded: what it made is what the next one looks up. */
    synchronized void done() {
        // Handed over, not copied: the next export makes a map of its own, sized like this one.
        previous = made;
        made = new ConcurrentHashMap<>(Math.max(16, previous.size() * 4 / 3 + 1));
    }

    /** The export failed: the next one looks up what the last successful one made. */
    synchronized void failed() {
        made.clear();
    }
}
