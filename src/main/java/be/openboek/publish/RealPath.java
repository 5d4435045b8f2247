package be.openboek.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A path as the file system sees it: absolute, with symbolic links followed and {@code ..} taken after them (so
 * {@code link/..} is the parent of the link's target, not the folder holding the link). The part that does not exist
 * yet, which has no links to follow, is added by name.
 */
public final class RealPath {

    private RealPath() {
    }

    /** {@code path} as the file system sees it; works for paths that do not exist (yet). */
    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real = existing == null ? absolute.getRoot() : realOrSame(existing);
        for (Path name : missing) {
            if (name.toString().equals("..")) {
                real = real.getParent() == null ? real : real.getParent();
            } else if (!name.toString().equals(".")) {
                real = real.resolve(name.toString());
            }
        }
        return real;
    }

    private static Path realOrSame(Path existing) {
        try {
            return existing.toRealPath();
        } catch (IOException e) {
            // Gone or unreadable in between: the path as written is the best guess.
            return existing.normalize();
        }
    }
}
