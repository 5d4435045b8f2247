package be.openboek.testing;

import be.openboek.publish.OutputPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Sites built once per test run and shared by every test that only reads them: the project this repository ships (its
 * own {@code data/}, {@code content/}, {@code templates/} and {@code assets/}) and the fixture organisation. Each is
 * built on first use, in-process with the real command line, into one folder of the temporary folder that is deleted
 * when the test JVM ends.
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
                    site = builder.apply(Files.createDirectories(root().resolve(name)));
                } catch (AssertionError e) {
                    failure = e;
                    throw e;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return site;
        }
    }
}
