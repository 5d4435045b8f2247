package be.openboek.build;

import be.openboek.files.SourceFiles;
import be.openboek.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The project's {@code data/}, {@code content/}, {@code templates/} and {@code assets/} as they stood at one commit
 * of the git repository holding the project, read with JGit into a temporary folder that {@link #close} removes, for
 * {@code openboek build --at}. The working tree is not touched.
 *
 * <p>What a checkout could make dangerous is not written: a path git would refuse to check out (such as {@code ..} or
 * {@code .git}, checked by JGit's {@link ObjectChecker}), a file below a symbolic link, a symbolic link out of the
 * project (absolute, or climbing above it), a submodule or any other special entry. Each is a {@link Problem} of the
 * input, like the ones {@link SourceFiles} reports for a working tree; links that stay inside are written as links,
 * so that {@link SourceFiles} then applies the same rules as to a checkout.
 */
public final class CommitSource implements AutoCloseable {

    /** The largest target a symbolic link may name; git's own links are paths, far shorter. */
    private static final int MAX_LINK_BYTES = 4096;

    /** Why a commit cannot be built at all: wrong usage, said in one line with a hint. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(String what, String message, String hint) {
            super(message);
            this.problem = new Problem(what, 0, 0, "", message, hint);
        }

        /** The refusal as the command line prints it. */
        public Problem problem() {
            return problem;
        }
    }

    private final Path folder;
    private final ObjectId commit;
    private final String shortId;
    private final List<Problem> problems = new ArrayList<>();

    private CommitSource(Path folder, ObjectId commit, String shortId) {
        this.folder = folder;
        this.commit = commit;
        this.shortId = shortId;
    }

    /**
     * Writes the source folders of the project {@code project} as they were at {@code revision} (a commit id, short or
     * full, a tag or a branch) into a new temporary folder.
     *
     * @throws Refused when {@code project} is not in a git working tree, or {@code revision} names no commit of it
     */
    public static CommitSource of(Path project, String revision) throws Refused {
        Path real;
        try {
            real = project.toRealPath();
        } catch (IOException e) {
            throw new Refused(project.toString(), "the project folder cannot be read", "give an existing folder with --source");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
        String noGit = "--at needs the project's git history, but " + real + " is not in a git repository";
        String noGitHint = "build in a git clone of the project with its full history (in GitHub Actions: actions/checkout "
                + "with fetch-depth: 0), or leave out --at";
        if (builder.getGitDir() == null) {
            throw new Refused("--at", noGit, noGitHint);
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare() || !real.startsWith(repo.getWorkTree().toPath().toRealPath())) {
                throw new Refused("--at", noGit, noGitHint);
            }
            String relative = repo.getWorkTree().toPath().toRealPath().relativize(real).toString().replace('\\', '/');
            ObjectId id = resolve(repo, revision);
            Path folder = Files.createTempDirectory("openboek-at-").toRealPath();
            CommitSource source = new CommitSource(folder, id, id.abbreviate(10).name());
            try {
                source.write(repo, relative.isEmpty() ? "" : relative + "/");
            } catch (IOException | RuntimeException e) {
                source.close();
                throw new Refused("--at", "commit " + source.shortId + " could not be read from git ("
                        + printable(String.valueOf(e.getMessage())) + ")", "check the repository with git fsck, or clone the project again");
            }
            return source;
        } catch (IOException e) {
            throw new Refused("--at", "the git repository of " + real + " could not be read (" + printable(String.valueOf(e.getMessage()))
                    + ")", "check the repository with git fsck, or clone the project again");
        }
    }

    private static ObjectId resolve(Repository repo, String revision) throws IOException, Refused {
        String shown = printable(revision);
        String hint = "give the id of a commit of this repository, as `git log --oneline` shows it, or see the data versions "
                + "listed on the site's open data page";
        try {
            ObjectId id = revision.isBlank() || revision.startsWith("-") ? null : repo.resolve(revision + "^{commit}");
            if (id == null) {
                throw new Refused("--at", "no commit " + shown + " in the git history of this project", hint);
            }
            // The commit must be readable here, not only named: a shallow clone may lack it.
            try (RevWalk walk = new RevWalk(repo)) {
                walk.parseCommit(id);
            }
            return id;
        } catch (AmbiguousObjectException e) {
            throw new Refused("--at", shown + " names more than one commit", "give more characters of the commit id");
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.MissingObjectException
                | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            throw new Refused("--at", "no commit " + shown + " in the git history of this project", hint);
        }
    }

    /** The temporary project folder holding the four source folders as they were at the commit. */
    public Path folder() {
        return folder;
    }

    /** The commit the folder was written from. */
    public ObjectId commit() {
        return commit;
    }

    /** The first 10 characters of the commit id. */
    public String shortId() {
        return shortId;
    }

    /** The entries of the commit that were not written, each a problem of the input; empty when all were. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private void write(Repository repo, String prefix) throws IOException {
        ObjectChecker checker = new ObjectChecker().setSafeForWindows(true).setSafeForMacOS(true);
        try (RevWalk revWalk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit c = revWalk.parseCommit(commit);
            for (String name : SourceFiles.FOLDERS) {
                try (TreeWalk top = TreeWalk.forPath(repo, reader, prefix + name, c.getTree())) {
                    if (top == null) {
                        continue;
                    }
                    if (!FileMode.TREE.equals(top.getRawMode(0))) {
                        refuse(name, top.getRawMode(0));
                        continue;
                    }
                    Files.createDirectory(folder.resolve(name));
                    try (TreeWalk walk = new TreeWalk(repo, reader)) {
                        walk.addTree(top.getObjectId(0));
                        walk.setRecursive(true);
                        while (walk.next()) {
                            entry(reader, checker, name, walk.getPathString(), walk.getRawMode(0), walk.getObjectId(0));
                        }
                    }
                }
            }
        }
    }

    /** Writes one entry of the folder {@code top}, at {@code path} within it, or records why not. */
    private void entry(ObjectReader reader, ObjectChecker checker, String top, String path, int mode, ObjectId id) throws IOException {
        String relative = top + "/" + path;
        try {
            checker.checkPath(relative);
        } catch (CorruptObjectException e) {
            problems.add(problem(relative, "a path git would refuse to check out", "rename it in git"));
            return;
        }
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(folder) || !parentsAreFolders(target)) {
            problems.add(problem(relative, "a file below a symbolic link", "replace the link by a folder"));
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)) {
                    reader.open(id, Constants.OBJ_BLOB).copyTo(out);
                }
            } else if (FileMode.SYMLINK.equals(mode)) {
                link(reader, relative, target, id);
            } else {
                refuse(relative, mode);
            }
        } catch (FileAlreadyExistsException e) {
            // Two names that this file system does not tell apart (Data.yaml and data.yaml on macOS or Windows).
            problems.add(problem(relative, "a second file of the same name, differing only in case", "rename one of them in git"));
        }
    }

    /** Writes a symbolic link that stays inside the project as one; refuses one that leads out. */
    private void link(ObjectReader reader, String relative, Path target, ObjectId id) throws IOException {
        byte[] bytes = reader.open(id, Constants.OBJ_BLOB).getCachedBytes(MAX_LINK_BYTES);
        String to = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        Path where;
        try {
            Path named = Path.of(to);
            where = named.isAbsolute() || to.indexOf('\0') >= 0 ? null : target.getParent().resolve(named).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            where = null;
        }
        if (where == null || !where.startsWith(folder)) {
            problems.add(problem(relative, "a symbolic link out of the project", "replace the link by the file it points to, "
                    + "inside data/, content/, templates/ or assets/"));
            return;
        }
        try {
            Files.createSymbolicLink(target, Path.of(to));
        } catch (UnsupportedOperationException | IOException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            problems.add(problem(relative, "a symbolic link this system cannot make (" + printable(String.valueOf(e.getMessage())) + ")",
                    "replace the link by the file it points to"));
        }
    }

    /** Whether every folder between the temporary folder and {@code target} is a real folder, not a link. */
    private boolean parentsAreFolders(Path target) {
        for (Path p = target.getParent(); p != null && !p.equals(folder); p = p.getParent()) {
            if (Files.isSymbolicLink(p) || Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    private void refuse(String relative, int mode) {
        String found = FileMode.GITLINK.equals(mode) ? "a git submodule"
                : FileMode.SYMLINK.equals(mode) ? "a symbolic link" : FileMode.TREE.equals(mode) ? "a folder" : "a special entry";
        problems.add(problem(relative, found, FileMode.GITLINK.equals(mode) ? "copy the files themselves into the project"
                : "make it a regular file or folder in git"));
    }

    private Problem problem(String relative, String found, String hint) {
        return new Problem(printable(relative), 0, 0, "", "in commit " + shortId + ": expected a regular file or folder inside the project, found "
                + found, hint);
    }

    /** {@code text} with control characters shown as {@code ?}: it comes from the command line or from git. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(200).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return out.toString();
    }

    /** Removes the temporary folder and everything in it, links themselves and not what they point to. */
    @Override
    public void close() {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder harms nothing; the system's cleaning of its temporary folder removes it.
        }
    }
}
