package be.openboek.history;

import be.openboek.load.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Reads the history of the records from the git repository the project folder is in, with JGit.
 * Walks the first-parent line of HEAD (see {@link FirstParentLine}), at most {@link #MAX_COMMITS} back; for every
 * commit whose {@code data/} or {@code content/} differs from the previous one, loads its records (see
 * {@link CommitLoader}: only the record files are read from git) and compares them with the last version that loaded.
 * What cannot be read (a shallow clone's missing commits, a damaged object, a record file too large to load) stops
 * only its own part: the history says from which commit on it is complete (see {@link Gap}).
 */
public final class HistoryReader {

    /** How far back the change log goes, so that a long history does not slow every build. */
    public static final int MAX_COMMITS = 500;
    /** Dates of the change log are Brussels dates, whatever the committer's time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    static final String NO_REPOSITORY = "deze projectmap staat niet in een git-repository";
    static final String NO_REPOSITORY_FIX = "bouw de site in een git-clone van het project, met de volledige geschiedenis "
            + "(in GitHub Actions: actions/checkout met fetch-depth: 0)";
    static final String NO_COMMITS = "de git-repository heeft nog geen commits";
    static final String NO_COMMITS_FIX = "leg de gegevens vast met git commit";

    private final Path source;
    private final long maxFileBytes;
    /** The commit the history ends with; null for HEAD. */
    private final ObjectId at;

    /** @param source the project folder holding data/ */
    public HistoryReader(Path source) {
        this(source, YamlTreeReader.MAX_FILE_BYTES);
    }

    /**
     * The history up to and including commit {@code at} instead of HEAD, for a build of an earlier data version.
     *
     * @param source the project folder holding data/, in a working tree of the repository that holds {@code at}
     */
    public HistoryReader(Path source, ObjectId at) {
        this(source, YamlTreeReader.MAX_FILE_BYTES, at);
    }

    /**
     * @param source       the project folder holding data/
     * @param maxFileBytes the largest record file read from a commit; the loader refuses larger ones anyway
     */
    HistoryReader(Path source, long maxFileBytes) {
        this(source, maxFileBytes, null);
    }

    private HistoryReader(Path source, long maxFileBytes, ObjectId at) {
        this.source = source.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
        this.at = at == null ? null : at.copy();
    }

    /** The history, or an unavailable one saying why; never throws. */
    public History read() {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(source.toFile());
        if (builder.getGitDir() == null) {
            return History.unavailable(NO_REPOSITORY, NO_REPOSITORY_FIX);
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                return History.unavailable(NO_REPOSITORY, NO_REPOSITORY_FIX);
            }
            ObjectId head = at != null ? at : repo.resolve(Constants.HEAD);
            if (head == null) {
                return History.unavailable(NO_COMMITS, NO_COMMITS_FIX);
            }
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            Path real = source.toRealPath();
            if (!real.startsWith(workTree)) {
                return History.unavailable(NO_REPOSITORY, NO_REPOSITORY_FIX);
            }
            // Paths in git trees are relative to the repository root, which may hold the project in a subfolder.
            String prefix = workTree.relativize(real).toString().replace('\\', '/');
            return read(repo, head, prefix.isEmpty() ? "" : prefix + "/", display(real, repo.getDirectory().toPath().toRealPath()));
        } catch (IOException | RuntimeException e) {
            return History.unavailable("de git-geschiedenis kon niet gelezen worden (" + CommitText.clean(String.valueOf(e.getMessage())) + ")",
                    "controleer de repository met git fsck, of clone het project opnieuw");
        }
    }

    /** The git folder as warnings name it: relative to the project folder ({@code .git}, {@code ../.git}) when it can be. */
    private static String display(Path project, Path gitFolder) {
        try {
            return project.relativize(gitFolder).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            // On another drive: no relative path leads there.
            return gitFolder.toString();
        }
    }

    /**
     * What the history depends on, cheaply: the repository, the commits a shallow clone holds without parents, and
     * its HEAD commit. While this text stays the same, {@link #read} gives the same history.
     */
    public String version() {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(source.toFile());
        if (builder.getGitDir() == null) {
            return "no repository";
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            ObjectId head = repo.resolve(Constants.HEAD);
            return repo.getDirectory() + " " + new TreeSet<>(repo.getObjectDatabase().getShallowCommits()) + " "
                    + (head == null ? "no commits" : head.name());
        } catch (IOException | RuntimeException e) {
            // Unknown: read it again every time.
            return "unreadable " + System.nanoTime();
        }
    }

    private History read(Repository repo, ObjectId head, String prefix, String gitFolder) throws IOException {
        Path scratch = Files.createTempDirectory("openboek-history");
        try (RevWalk walk = new RevWalk(repo);
                CommitLoader loader = new CommitLoader(repo, prefix, gitFolder, scratch, maxFileBytes)) {
            FirstParentLine line = FirstParentLine.of(walk, head, repo.getObjectDatabase().getShallowCommits(), MAX_COMMITS,
                    gitFolder);
            ChangeLog log = new ChangeLog(line.baseline() == null ? CommitLoader.EMPTY : null);
            CommitScope scope = new CommitScope(repo, prefix);
            String lastState = "";
            if (line.cut() != null) {
                log.gap(line.cut());
            }
            if (line.baseline() != null) {
                // Its records count as already there: the change log starts after it.
                lastState = loader.state(line.baseline());
                log.baseline(line.baseline(), loader.load(line.baseline()));
            }
            for (RevCommit c : line.commits()) {
                String state = loader.state(c);
                if (!state.equals(lastState)) {
                    lastState = state;
                    log.add(c, loader.load(c), scope.onlyRecords(c));
                }
            }
            return log.history();
        } finally {
            deleteTree(scratch);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder does no harm to the site.
        }
    }
}
