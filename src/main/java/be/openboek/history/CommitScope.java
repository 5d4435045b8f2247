package be.openboek.history;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Tells a publication from a technical change. A commit that changed record values is a <em>publication</em> when
 * whoever made it wrote a public reason (a {@code Toelichting:} or {@code Explanation:} trailer), or when every file
 * it changed is in the project's {@code data/} or {@code content/} folder: that is how staff publish. Any other commit
 * that changed values (one that also changed the code, the templates or the build, such as the commit that set up the
 * site) is a <em>technical change</em>: its changes are listed like any other, but not as if staff had published them.
 *
 * <p>Files are compared with the commit's first parent (the line the change log follows; a merge counts with
 * everything it brought in), the first commit with an empty tree. Only the folders that differ are opened, and the
 * walk stops at the first file outside the two folders.
 */
final class CommitScope {

    private final Repository repo;
    private final String data;
    private final String content;

    /** @param prefix the project folder within the repository, empty or ending in {@code /} */
    CommitScope(Repository repo, String prefix) {
        this.repo = repo;
        this.data = prefix + "data/";
        this.content = prefix + "content/";
    }

    /**
     * Whether {@code commit} changed only files in {@code data/} and {@code content/}. False when that cannot be
     * read (a missing or damaged object): a commit is never called a publication on a guess.
     */
    boolean onlyRecords(RevCommit commit) {
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
            if (commit.getParentCount() == 0) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            }
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setFilter(TreeFilter.ANY_DIFF);
            tree.setRecursive(true);
            while (tree.next()) {
                String path = tree.getPathString();
                if (!path.startsWith(data) && !path.startsWith(content)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
