package be.openboek.publish;

import be.openboek.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output folder a build may write into. A build replaces everything in its output folder and keeps a few things
 * beside it (the previous site during the swap, work folders, the lock file), so every command that
 * writes a site gets its folder here, through {@code Build}. {@link #of} refuses places that can never be right: the
 * file-system root, the home folder, the project folder, a folder holding it, or a folder inside what the build
 * reads. {@link #checkNothingInTheWay} refuses a file in the place of the folder and anything beside it that takes
 * the name of one of Openboek's own files; {@link #checkReplaceable}, right before the swap, a folder holding files
 * Openboek did not write (unless forced). Paths are compared as they are on disk: after following symbolic links and
 * {@code ..}.
 */
public final class OutputFolder {

    /** The folders of a project that the build reads. */
    private static final List<String> INPUTS = List.of("data", "content", "templates", "assets");

    private static final String OWN_FOLDER = "a build replaces everything in its output folder: choose a folder of its own, "
            + "such as target/site in the project (the default)";

    private static final String MOVE_IT = "move or rename it yourself, or choose another output folder";

    private final Path path;
    private final boolean force;

    private OutputFolder(Path path, boolean force) {
        this.path = path;
        this.force = force;
    }

    /**
     * The output folder {@code output} of the project in {@code source}, after checking where it lies.
     *
     * @param force whether a folder holding files Openboek did not write may be replaced (see {@link #checkReplaceable})
     * @throws Refused when the folder is the file-system root, the user's home folder or a folder holding it, the
     *                 project folder or a folder holding it, or lies inside the project's data/, content/, templates/
     *                 or assets/
     */
    public static OutputFolder of(Path source, Path output, boolean force) throws Refused {
        return of(source, output, force, homeFolders());
    }

    /** Like {@link #of(Path, Path, boolean)}, with the home folders given (for tests). */
    static OutputFolder of(Path source, Path output, boolean force, List<Path> homes) throws Refused {
        Path folder = RealPath.of(output);
        Path project = RealPath.of(source);
        if (folder.getParent() == null) {
            throw refused(folder, output, "it is the root of the file system", OWN_FOLDER);
        }
        for (Path home : homes) {
            Path realHome = RealPath.of(home);
            if (folder.equals(realHome)) {
                throw refused(folder, output, "it is your home folder", OWN_FOLDER);
            }
            if (realHome.startsWith(folder)) {
                throw refused(folder, output, "it holds your home folder " + realHome, OWN_FOLDER);
            }
        }
        if (folder.equals(project)) {
            throw refused(folder, output, "it is the project folder itself", OWN_FOLDER);
        }
        if (project.startsWith(folder)) {
            throw refused(folder, output, "it holds the project folder " + project, OWN_FOLDER);
        }
        for (String input : INPUTS) {
            if (folder.startsWith(RealPath.of(source.resolve(input)))) {
                throw refused(folder, output, "it lies in the project's " + input + "/ folder, which the build reads",
                        "choose a folder outside data/, content/, templates/ and assets/, such as target/site (the default)");
            }
        }
        return new OutputFolder(folder, force);
    }

    /** The folder as it is on disk (no symbolic link, no {@code ..}). */
    public Path path() {
        return path;
    }

    /**
     * Checks that nothing is in the way of a build: the output is not a file, and the previous site and
     * the lock file beside it are absent or Openboek's own. Work folders need no check: one that is not Openboek's is
     * left alone. Call it before taking the lock; nothing is changed here.
     *
     * @throws Refused naming the file or folder in the way
     */
    public void checkNothingInTheWay() throws Refused {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(path, path, "it is a file, not a folder", OWN_FOLDER);
        }
        Path previous = OutputPublisher.previousFolder(path);
        if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS) && !OutputPublisher.isOldSite(previous)) {
            throw notOurs(previous, "Openboek sets the previous site aside here while it puts the new one in place");
        }
        Path lock = BuildLock.lockFile(path);
        if (Files.exists(lock, LinkOption.NOFOLLOW_LINKS) && !BuildLock.isLockFile(lock)) {
            throw notOurs(lock, "Openboek takes turns with other builds into the same folder through this file");
        }
    }

    /**
     * Checks that the new site may replace what the folder holds: it is absent, empty, a site Openboek wrote (known by
     * its {@link SiteManifest}), or the user forced it. Call it while holding the lock, right before the swap, so that
     * what is checked is what is replaced; nothing is changed here.
     *
     * @throws Refused when the folder holds files Openboek did not write
     */
    public void checkReplaceable() throws Refused {
        if (!force && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !isEmpty(path) && !SiteManifest.marks(path)) {
            throw refused(path, path, "it holds files that Openboek did not write (it has no " + SiteManifest.FILE
                    + " of an Openboek site), and a build replaces everything in it",
                    "choose a new or empty folder, or add --force if everything in it may be deleted");
        }
    }

    /** The home folders of the user running this: Java's idea of it and the {@code HOME} variable, when they differ. */
    private static List<Path> homeFolders() {
        List<Path> homes = new ArrayList<>();
        for (String home : new String[] {System.getProperty("user.home"), System.getenv("HOME")}) {
            if (home != null && !home.isBlank()) {
                Path path = Path.of(home);
                if (path.isAbsolute()) {
                    homes.add(path);
                }
            }
        }
        return homes;
    }

    static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Refused notOurs(Path file, String purpose) {
        return new Refused(new Problem(file.toString(), 0, 0, "", purpose + ", but Openboek did not write "
                + file.getFileName() + "; it is left as it is", MOVE_IT));
    }

    /** A refusal naming the folder as it is on disk and, when the user named it otherwise, as given. */
    private static Refused refused(Path folder, Path given, String why, String hint) {
        Path named = given.toAbsolutePath().normalize();
        String where = named.equals(folder) ? "" : " (" + given + " leads there)";
        return new Refused(new Problem(folder.toString(), 0, 0, "", "cannot write the site here" + where + ": " + why, hint));
    }

    /** An output folder Openboek will not write into, with the reason and what to do instead. */
    public static final class Refused extends Exception {

        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        /** The reason, one line, with a hint. */
        public Problem problem() {
            return problem;
        }
    }
}
