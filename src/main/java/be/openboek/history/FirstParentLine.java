package be.openboek.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The commits the change log covers: the first-parent line of HEAD (the commits as they landed on the branch, a
 * merge counting as one change), back to the first commit, at most a number of commits, or as far as the
 * repository holds them.
 *
 * @param commits  the commits, oldest first
 * @param baseline the commit the log starts from (its records count as already there), or null when the line
 *                 reaches the first commit
 * @param cut      when the line ends because older commits are missing (a shallow clone, a damaged repository):
 *                 what is missing; else null
 */
record FirstParentLine(List<RevCommit> commits, RevCommit baseline, CommitLoader.Snapshot cut) {

    /**
     * @param shallow   the commits a shallow clone holds without their parents
     * @param gitFolder the git folder relative to the project folder, for warnings
     */
    static FirstParentLine of(RevWalk walk, ObjectId head, Set<ObjectId> shallow, int max, String gitFolder) throws IOException {
        List<RevCommit> line = new ArrayList<>();
        RevCommit commit = walk.parseCommit(head);
        while (true) {
            if (line.size() == max) {
                return new FirstParentLine(oldestFirst(line), commit, null);
            }
            if (shallow.contains(commit)) {
                return new FirstParentLine(oldestFirst(line), commit, CommitLoader.Snapshot.gap(Gap.Cause.SHALLOW, gitFolder,
                        "a shallow clone: the commits before " + CommitLoader.shortId(commit) + " are missing"));
            }
            if (commit.getParentCount() == 0) {
                line.add(commit);
                return new FirstParentLine(oldestFirst(line), null, null);
            }
            try {
                RevCommit parent = walk.parseCommit(commit.getParent(0));
                line.add(commit);
                commit = parent;
            } catch (MissingObjectException | IncorrectObjectTypeException | CorruptObjectException e) {
                return new FirstParentLine(oldestFirst(line), commit, CommitLoader.Snapshot.gap(Gap.Cause.UNREADABLE, gitFolder,
                        "the parent of commit " + CommitLoader.shortId(commit) + ": " + e.getMessage()));
            }
        }
    }

    private static List<RevCommit> oldestFirst(List<RevCommit> newestFirst) {
        List<RevCommit> commits = new ArrayList<>(newestFirst);
        Collections.reverse(commits);
        return List.copyOf(commits);
    }
}
