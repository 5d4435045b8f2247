package be.openboek.testing;

import be.openboek.publish.OutputPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * Sites built once per test run and shared by every test that only reads them: the project this repository ships (its
 * own {@code data/}, {@code content/}, {@code templates/} and {@code assets/}) and the fixture organisation. Each is
 * built on first use, in-process with the real command line. Under Maven it is built once for all test JVMs, in the
 * run's folder (removed after the last JVM); without it (from an IDE) once per JVM, in a folder deleted when the JVM
 * ends.
 *
 * <p>Nothing may write into these sites: a test that changes a built site (or its project) builds its own in its
 * {@code @TempDir}.
 */
public final class SharedSites {

    private static final Shared SHIPPED = new Shared("shipped", dir -> build(TestProject.REPO, dir.resolve("site")));
    private static final Shared FIXTURE = new Shared("fixture",
            dir -> build(TestProject.fixture(dir.resolve("project")).root(), dir.resolve("site")));

    private static final Shared PAGED = new Shared("paged", dir -> buildPaged(dir));

    private static Path root;

    private SharedSites() {
    }

    /** The shipped project's site, as {@code build --source <repository>} makes it. */
    public static Path shipped() {
        return SHIPPED.site();
    }

    /** The fixture organisation's site ({@link TestProject#fixture}), unchanged. */
    public static Path fixture() {
        return FIXTURE.site();
    }

    /**
     * The fixture organisation with {@link PagedLists}' extra records, built with {@value PagedLists#ROWS} rows per list
     * page and small search shards: paged lists and a split search index from a few dozen records.
     */
    public static Path paged() {
        return PAGED.site();
    }

    private static Path buildPaged(Path dir) {
        TestProject project = TestProject.fixture(dir.resolve("project")).write(PagedLists.records());
        return PagedLists.withSmallLimits(() -> build(project.root(), dir.resolve("site")));
    }

    private static Path build(Path source, Path output) {
        TestProject.Run run = TestProject.Run.of("build", "--source", source.toString(), "--output", output.toString());
        if (run.exitCode() != 0) {
            throw new AssertionError("the build of " + source + " failed with exit code " + run.exitCode() + ":\n" + run.err());
        }
        return output;
    }

    /** One folder for all shared sites, removed by a shutdown hook (the JVM of the tests ends normally after them). */
    private static synchronized Path root() throws IOException {
        if (root == null) {
            Path dir = Files.createTempDirectory("openboek-shared-sites-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (Files.exists(dir)) { // TestTemporaryFolder may have removed it with the rest
                        OutputPublisher.deleteTree(dir);
                    }
                } catch (IOException e) {
                    System.err.println("could not delete the shared test sites in " + dir + ": " + e);
                }
            }, "delete shared test sites"));
            root = dir;
        }
        return root;
    }

    /** A site built on first use; a failed build fails every test that asks for it, with the build's problems. */
    private static final class Shared {

        private final String name;
        private final Function<Path, Path> builder;
        private Path site;
        private AssertionError failure;

        Shared(String name, Function<Path, Path> builder) {
            this.name = name;
            this.builder = builder;
        }

        synchronized Path site() {
            if (failure != null) {
                throw failure;
            }
            if (site == null) {
                try {
                    Path run = runFolder();
                    site = run == null ? builder.apply(Files.createDirectories(root().resolve(name))) : builtOnce(run);
                } catch (AssertionError e) {
                    failure = e;
                    throw e;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return site;
        }

        /**
         * The site built once for all test JVMs of the run: the first to ask builds it while holding a file lock, the others
         * wait for the lock and use what it built. A build that failed left no mark: the next JVM builds again (and fails
         * with the same problems).
         */
        private Path builtOnce(Path run) throws IOException {
            Path folder = Files.createDirectories(run.resolve("shared-sites"));
            Path dir = folder.resolve(name);
            Path built = folder.resolve(name + ".built");
            try (FileChannel lockFile = FileChannel.open(folder.resolve(name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (Files.exists(built)) {
                    return Path.of(Files.readString(built, StandardCharsets.UTF_8));
                }
                if (Files.exists(dir)) {
                    OutputPublisher.deleteTree(dir);
                }
                Path site = builder.apply(Files.createDirectories(dir));
                Files.writeString(built, site.toString(), StandardCharsets.UTF_8);
                return site;
            }
        }
    }

    /**
     * The folder of the whole test run that Maven names ({@code test.tmpdir}, see {@link TestTemporaryFolder}, which
     * removes it after the last test JVM), when this JVM's temporary folder is in it; null otherwise (from an IDE).
     */
    private static Path runFolder() {
        String run = System.getProperty("test.tmpdir");
        if (run == null || run.isBlank()) {
            return null;
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        return Path.of(run).equals(tmp.getParent()) ? Path.of(run) : null;
    }
}
