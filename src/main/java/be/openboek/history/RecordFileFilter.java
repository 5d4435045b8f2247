package be.openboek.history;

import be.openboek.load.SiteLoader;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Lets a recursive {@link TreeWalk} see only the files the change log is made of, and enter only the folders on the
 * way to them, so that nothing else in the repository is ever opened (a video in {@code assets/}, a large export
 * elsewhere). Those files are the record files the {@link SiteLoader} reads ({@code data/subsidies.yaml},
 * {@code data/projects/*.yaml}, ...) and the Markdown under {@code content/}, where a project's
 * {@code description_file} points, and symbolic links standing where one of those or a record folder belongs (see
 * {@link LinkFollower}). Paths are relative to the repository root; the project folder is {@code prefix}.
 */
final class RecordFileFilter extends TreeFilter {

    private final String prefix;

    /** @param prefix the project folder within the repository, empty or ending in {@code /} */
    RecordFileFilter(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public boolean include(TreeWalk walk) {
        String path = walk.getPathString();
        if (!path.startsWith(prefix)) {
            return walk.isSubtree() && prefix.startsWith(path + "/");
        }
        String relative = path.substring(prefix.length());
        if (walk.isSubtree()) {
            return isFolderOnTheWay(relative);
        }
        // A symbolic link may stand where a record file or a record folder belongs: the loader sees to it.
        return isRecordFile(relative) || FileMode.SYMLINK.equals(walk.getRawMode(0)) && isFolderOnTheWay(relative);
    }

    /** Whether a project-relative path is a file the change log reads. */
    static boolean isRecordFile(String relative) {
        if (relative.startsWith("content/")) {
            return relative.endsWith(".md");
        }
        if (!relative.startsWith("data/")) {
            return false;
        }
        String inData = relative.substring("data/".length());
        int slash = inData.indexOf('/');
        if (slash < 0) {
            return inData.endsWith(".yaml") && SiteLoader.DATA_FILES.contains(inData);
        }
        return isRecordFolder(inData.substring(0, slash)) && inData.indexOf('/', slash + 1) < 0 && inData.endsWith(".yaml");
    }

    static boolean isFolderOnTheWay(String relative) {
        return relative.equals("data") || relative.equals("content") || relative.startsWith("content/")
                || relative.startsWith("data/") && isRecordFolder(relative.substring("data/".length()));
    }

    /** {@code projects} and {@code services}: the folders of data/ that hold a record per file. */
    private static boolean isRecordFolder(String name) {
        return !name.endsWith(".yaml") && SiteLoader.DATA_FILES.contains(name);
    }

    @Override
    public boolean shouldBeRecursive() {
        return true;
    }

    @Override
    public TreeFilter clone() {
        // Holds no state of a walk.
        return this;
    }

    @Override
    public String toString() {
        return "RECORD_FILES(" + prefix + ")";
    }
}
