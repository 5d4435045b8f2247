package be.openboek.history;

import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the history of the records from the git repository the project folder is in, with JGit.
 * Walks the first-parent line of HEAD (the commits as they landed on the main branch), at most
 * {@link #MAX_COMMITS} back; for every commit whose {@code data/} or {@code content/} differs from
 * the previous one, loads its records with the ordinary {@link SiteLoader} (from a temporary copy of
 * those two folders) and compares them with the last version that loaded.
 */
public final class HistoryReader {

    /** How far back the change log goes, so that a long history does not slow every build. */
    public static final int MAX_COMMITS = 500;
    /** Dates of the change log are Brussels dates, whatever the committer's time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    static final String NO_REPOSITORY = "deze projectmap staat niet in een git-repository";
    static final String NO_REPOSITORY_FIX = "bouw de site in een git-clone van het project, met de volledige geschiedenis "
            + "(in GitHub Actions: actions/checkout met fetch-depth: 0)";
    static final String SHALLOW = "deze git-clone is ondiep (shallow): de oudere commits ontbreken";
    static final String SHALLOW_FIX = "haal de volledige geschiedenis op met git fetch --unshallow; in GitHub Actions: "
            + "actions/checkout met fetch-depth: 0";
    static final String NO_COMMITS = "de git-repository heeft nog geen commits";
    static final String NO_COMMITS_FIX = "leg de gegevens vast met git commit";

    private final Path source;

    /** @param source the project folder holding data/ */
    public HistoryReader(Path source) {
        this.source = source.toAbsolutePath().normalize();
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
            if (isShallow(repo)) {
                return History.unavailable(SHALLOW, SHALLOW_FIX);
            }
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return History.unavailable(NO_COMMITS, NO_COMMITS_FIX);
            }
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            Path real = source.toRealPath();
            if (!real.startsWith(workTree)) {
                return History.unavailable(NO_REPOSITORY, NO_REPOSITORY_FIX);
            }
            String prefix = workTree.relativize(real).toString().replace('\\', '/');
            return read(repo, head, prefix.isEmpty() ? "" : prefix + "/");
        } catch (IOException | RuntimeException e) {
            return History.unavailable("de git-geschiedenis kon niet gelezen worden (" + e.getMessage() + ")",
                    "controleer de repository met git fsck, of clone het project opnieuw");
        }
    }

    /**
     * What the history depends on, cheaply: the repository, whether it is shallow, and its HEAD commit. While this
     * text stays the same, {@link #read} gives the same history.
     */
    public String version() {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(source.toFile());
        if (builder.getGitDir() == null) {
            return "no repository";
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            ObjectId head = repo.resolve(Constants.HEAD);
            return repo.getDirectory() + " " + isShallow(repo) + " " + (head == null ? "no commits" : head.name());
        } catch (IOException | RuntimeException e) {
            // Unknown: read it again every time.
            return "unreadable " + System.nanoTime();
        }
    }

    private static boolean isShallow(Repository repo) throws IOException {
        Path shallow = repo.getDirectory().toPath().resolve("shallow");
        return Files.isRegularFile(shallow) && Files.size(shallow) > 0;
    }

    private History read(Repository repo, ObjectId head, String prefix) throws IOException {
        Path scratch = Files.createTempDirectory("openboek-history");
        try (RevWalk walk = new RevWalk(repo)) {
            List<RevCommit> line = new ArrayList<>();
            RevCommit commit = walk.parseCommit(head);
            while (commit != null && line.size() < MAX_COMMITS) {
                line.add(commit);
                commit = commit.getParentCount() > 0 ? walk.parseCommit(commit.getParent(0)) : null;
            }
            // Past the window, the commit before it is the starting point: its records count as already there.
            RevCommit baseline = commit;
            java.util.Collections.reverse(line);

            CommitLoader loader = new CommitLoader(repo, prefix, scratch);
            Site last = baseline == null ? CommitLoader.EMPTY : loader.load(baseline.getTree());
            if (last == null) {
                last = CommitLoader.EMPTY;
            }
            String lastState = baseline == null ? "" : loader.state(baseline.getTree());
            List<DataCommit> commits = new ArrayList<>();
            for (RevCommit c : line) {
                String state = loader.state(c.getTree());
                if (state.equals(lastState)) {
                    continue;
                }
                lastState = state;
                Site site = loader.load(c.getTree());
                ZonedDateTime time = Instant.ofEpochSecond(c.getCommitTime()).atZone(ZONE);
                String message = c.getShortMessage().strip();
                String id = c.getName();
                if (site == null) {
                    commits.add(new DataCommit(id, time, message, false, List.of(new Change(id, time, message, "", "",
                            Change.Kind.UNREADABLE, "De gegevens van deze commit konden niet gelezen worden."))));
                    continue;
                }
                List<Change> changes = SiteDiff.compare(last, site).stream()
                        .map(f -> new Change(id, time, message, f.type(), f.id(), f.kind(), f.text())).toList();
                last = site;
                if (!changes.isEmpty()) {
                    commits.add(new DataCommit(id, time, message, true, changes));
                }
            }
            commits.sort(Comparator.comparing(DataCommit::time).thenComparing(DataCommit::id));
            Map<String, ZonedDateTime> lastChanged = new HashMap<>();
            for (DataCommit c : commits) {
                for (Change change : c.changes()) {
                    if (change.kind() != Change.Kind.UNREADABLE) {
                        lastChanged.put(change.recordType() + "/" + change.recordId(), c.time());
                    }
                }
            }
            return new History(true, "", "", List.copyOf(commits), Map.copyOf(lastChanged));
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

    /** Loads the records of one commit's tree by writing its data/ and content/ into a scratch folder. */
    private static final class CommitLoader {

        static final Site EMPTY = new Site(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        private final Repository repo;
        private final String prefix;
        private final Path scratch;

        CommitLoader(Repository repo, String prefix, Path scratch) {
            this.repo = repo;
            this.prefix = prefix;
            this.scratch = scratch;
        }

        /** The ids of data/ and content/ in the tree: equal states have equal records. */
        String state(RevTree tree) throws IOException {
            return id(tree, "data") + " " + id(tree, "content");
        }

        private String id(RevTree tree, String folder) throws IOException {
            try (TreeWalk walk = TreeWalk.forPath(repo, prefix + folder, tree)) {
                return walk == null ? "-" : walk.getObjectId(0).getName();
            }
        }

        /** The records of the tree; empty when it has no data/ yet; null when they do not load without problems. */
        Site load(RevTree tree) throws IOException {
            deleteTree(scratch);
            Files.createDirectories(scratch);
            boolean hasData = false;
            try (TreeWalk walk = new TreeWalk(repo)) {
                walk.addTree(tree);
                walk.setRecursive(true);
                while (walk.next()) {
                    String path = walk.getPathString();
                    if (!path.startsWith(prefix)) {
                        continue;
                    }
                    String relative = path.substring(prefix.length());
                    if (!relative.startsWith("data/") && !relative.startsWith("content/")) {
                        continue;
                    }
                    hasData |= relative.startsWith("data/");
                    Path target = scratch.resolve(relative).normalize();
                    if (!target.startsWith(scratch) || walk.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, repo.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes());
                }
            }
            if (!hasData) {
                return EMPTY;
            }
            SiteLoader.Result loaded = new SiteLoader().load(scratch);
            return loaded.site() == null || !loaded.problems().isEmpty() ? null : loaded.site();
        }
    }
}
