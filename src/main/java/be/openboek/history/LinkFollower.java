package be.openboek.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Follows a symbolic link stored in a commit to the file it leads to in the same commit, as the build follows links
 * that stay inside the project (see {@link be.openboek.files.SourceFiles}). Reads only the links and the trees on the
 * way, never a file's content.
 */
final class LinkFollower {

    /** More links in a row than a project has any reason for; also ends a loop of links. */
    private static final int MAX_STEPS = 8;
    /** A link holds a path; anything longer is not one. */
    private static final int MAX_LINK_BYTES = 4096;

    private final ObjectReader reader;
    private final String prefix;

    /** @param prefix the project folder within the repository, empty or ending in {@code /}: links may not leave it */
    LinkFollower(ObjectReader reader, String prefix) {
        this.reader = reader;
        this.prefix = prefix;
    }

    /**
     * The file {@code link}, found at {@code path} (from the repository root), leads to in {@code tree}; null when it
     * leads out of the project, to nothing, to a folder, or on through too many links.
     */
    ObjectId fileBehind(RevTree tree, String path, ObjectId link) throws IOException {
        String at = path;
        ObjectId next = link;
        for (int step = 0; step < MAX_STEPS; step++) {
            String target = new String(reader.open(next, Constants.OBJ_BLOB).getBytes(MAX_LINK_BYTES), StandardCharsets.UTF_8);
            at = resolve(at, target);
            if (at == null || !at.startsWith(prefix)) {
                return null;
            }
            try (TreeWalk walk = TreeWalk.forPath(reader, at, tree)) {
                if (walk == null) {
                    return null;
                }
                int mode = walk.getRawMode(0);
                if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
                    return walk.getObjectId(0);
                }
                if (!FileMode.SYMLINK.equals(mode)) {
                    return null;
                }
                next = walk.getObjectId(0);
            }
        }
        return null;
    }

    /**
     * {@code target} read from the folder holding {@code path}, as a path from the repository root; null when it is
     * absolute or climbs out of the repository.
     */
    static String resolve(String path, String target) {
        if (target.startsWith("/") || target.isEmpty()) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            parts.addLast(part);
        }
        parts.removeLast();
        for (String part : target.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
