package be.openboek.history;

import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Loads the records of one commit: writes its record files, and nothing else (see {@link RecordFileFilter}), into a
 * scratch folder and runs the ordinary {@link SiteLoader} over it. A record file larger than the loader reads is
 * not read from git at all; a missing or damaged object stops only the commit it belongs to.
 */
final class CommitLoader implements AutoCloseable {

    /** The records before the first commit: none. */
    static final Site EMPTY = new Site(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * What one commit's records gave: loaded, not loadable (the data had problems at that commit, which is history
     * too), or not readable from git (a gap in the history).
     *
     * @param site   the records, when they loaded without problems; else null
     * @param cause  why the commit could not be read from git; null when it could
     * @param file   with a cause: what to look at, relative to the project folder
     * @param detail with a cause: what could not be read, in English, for the build's warning
     */
    record Snapshot(Site site, Gap.Cause cause, String file, String detail) {

        static Snapshot loaded(Site site) {
            return new Snapshot(site, null, "", "");
        }

        /** The records did not load: the data had problems at that commit. */
        static Snapshot notLoadable() {
            return new Snapshot(null, null, "", "");
        }

        static Snapshot gap(Gap.Cause cause, String file, String detail) {
            // File names in git are anyone's choice too: they reach the terminal in the warning.
            return new Snapshot(null, cause, CommitText.clean(file), CommitText.clean(detail));
        }

        boolean isLoaded() {
            return site != null;
        }

        boolean isGap() {
            return cause != null;
        }
    }

    private final Repository repo;
    private final ObjectReader reader;
    private final String prefix;
    private final String gitFolder;
    private final Path scratch;
    private final long maxFileBytes;
    private final LinkFollower links;

    /**
     * @param prefix       the project folder within the repository, empty or ending in {@code /}
     * @param gitFolder    the repository's git folder, relative to the project folder, for warnings
     * @param scratch      an empty folder this loader may fill and empty again
     * @param maxFileBytes the largest record file read
     */
    CommitLoader(Repository repo, String prefix, String gitFolder, Path scratch, long maxFileBytes) {
        this.repo = repo;
        this.reader = repo.newObjectReader();
        this.prefix = prefix;
        this.gitFolder = gitFolder;
        this.scratch = scratch;
        this.maxFileBytes = maxFileBytes;
        this.links = new LinkFollower(reader, prefix);
    }

    /**
     * The ids of the commit's data/ and content/ folders: commits with equal states have equal records, cheaply (two
     * lookups, however many records). A commit whose folders cannot be read gets a state of its own, so that
     * {@link #load} is asked and reports it. A record file linked to a file elsewhere in the project is the
     * exception: a change to that file alone shows with the next commit that changes data/ or content/.
     */
    String state(RevCommit commit) {
        try {
            return id(commit, "data") + " " + id(commit, "content");
        } catch (IOException | RuntimeException e) {
            return "unreadable " + commit.name();
        }
    }

    private String id(RevCommit commit, String folder) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, reader, prefix + folder, commit.getTree())) {
            return walk == null ? "-" : walk.getObjectId(0).getName();
        }
    }

    /** The records of {@code commit}; {@link #EMPTY} when it has no record files yet. Never throws. */
    Snapshot load(RevCommit commit) {
        try {
            return loadFiles(commit);
        } catch (IOException | RuntimeException e) {
            // JGit reports a missing or damaged object with an exception, some of them unchecked.
            return Snapshot.gap(Gap.Cause.UNREADABLE, gitFolder, "commit " + shortId(commit) + ": " + e.getMessage());
        }
    }

    private Snapshot loadFiles(RevCommit commit) throws IOException {
        HistoryReader.deleteTree(scratch);
        Files.createDirectories(scratch);
        boolean hasData = false;
        String tooLarge = null;
        long tooLargeBytes = 0;
        try (TreeWalk walk = new TreeWalk(repo, reader)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            walk.setFilter(new RecordFileFilter(prefix));
            while (walk.next()) {
                String relative = walk.getPathString().substring(prefix.length());
                Path target = scratch.resolve(relative).normalize();
                if (!target.startsWith(scratch) || FileMode.GITLINK.equals(walk.getRawMode(0))) {
                    continue;
                }
                ObjectId id = walk.getObjectId(0);
                if (FileMode.SYMLINK.equals(walk.getRawMode(0))) {
                    if (!RecordFileFilter.isRecordFile(relative)) {
                        return Snapshot.gap(Gap.Cause.LINKED_FOLDER, relative, relative + " in commit " + shortId(commit)
                                + " is a symbolic link to a folder, which the history does not follow");
                    }
                    id = links.fileBehind(commit.getTree(), walk.getPathString(), id);
                    if (id == null) {
                        // A link out of the project or to nothing: the loader would have refused it.
                        return Snapshot.notLoadable();
                    }
                }
                hasData |= relative.startsWith("data/");
                ObjectLoader blob = reader.open(id, Constants.OBJ_BLOB);
                byte[] bytes = blob.getSize() > maxFileBytes ? null : bytes(blob);
                if (bytes == null) {
                    // One is named; a file of data/ before a description, as without it nothing can be compared.
                    if (tooLarge == null || relative.startsWith("data/") && !tooLarge.startsWith("data/")) {
                        tooLarge = relative;
                        tooLargeBytes = blob.getSize();
                    }
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
        if (tooLarge != null && tooLarge.startsWith("data/")) {
            // Without this file its records would look removed: the commit cannot be compared.
            return tooLarge(commit, tooLarge, tooLargeBytes);
        }
        if (!hasData) {
            return Snapshot.loaded(EMPTY);
        }
        SiteLoader.Result loaded = new SiteLoader().load(scratch);
        // Problems of content pages do not matter here: the change log compares records only.
        if (loaded.site() != null && loaded.problems().all().stream().allMatch(p -> p.file().startsWith("content/"))) {
            return Snapshot.loaded(loaded.site());
        }
        // A description file left out for its size may be why the records did not load.
        return tooLarge != null ? tooLarge(commit, tooLarge, tooLargeBytes) : Snapshot.notLoadable();
    }

    /** The bytes of a blob not larger than the limit, or null when JGit cannot hold it in memory. */
    private byte[] bytes(ObjectLoader blob) throws IOException {
        try {
            // With a limit, JGit reads even a blob over its own stream threshold; without one it would refuse.
            return blob.getBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes));
        } catch (LargeObjectException e) {
            return null;
        }
    }

    private Snapshot tooLarge(RevCommit commit, String file, long bytes) {
        return Snapshot.gap(Gap.Cause.TOO_LARGE, file, file + " in commit " + shortId(commit) + " is " + kB(bytes)
                + ", more than the " + kB(maxFileBytes) + " a record file may have");
    }

    private static String kB(long bytes) {
        return (bytes + 999) / 1000 + " kB";
    }

    static String shortId(RevCommit commit) {
        return commit.name().substring(0, 10);
    }

    @Override
    public void close() {
        reader.close();
    }
}
