package be.openboek.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * What some tests need beyond Java and Maven: the official standards beside the clone ({@code ../shared/standards},
 * or {@code -Dstandards=DIR}) and a headless browser. Where one is missing, a test that needs it is skipped with the
 * reason and the fix (printed at the end of the run, see {@link LoudSkips}); in CI (the {@code CI} variable is set)
 * it fails instead, since a CI run that skips a check has not made it. A CI that cannot have a prerequisite names it
 * in {@code -Dprerequisites.optional=standards,browser}; its tests are then skipped there too, still loudly.
 *
 * <p>Only the tests that use a prerequisite ask for it, each for itself, so that the others never skip and a skipped
 * test is counted as one.
 */
public final class Prerequisites {

    /** The official JSON Schemas and SHACL shapes the dataset tests validate against. */
    public static final String STANDARDS = "standards";
    /** Headless Chromium and chromedriver. */
    public static final String BROWSER = "browser";
    /** Node.js with the packages of src/test/js installed ({@code npm ci --prefix src/test/js}; .ci/run does it). */
    public static final String NODE = "node";

    private Prerequisites() {
    }

    /** The standards folder; skips (or, in CI, fails) the calling test when it is missing. */
    public static Path standards() {
        Path dir = Path.of(System.getProperty("standards", TestProject.REPO.resolve("../shared/standards").toString()))
                .toAbsolutePath().normalize();
        require(STANDARDS, Files.isDirectory(dir), "the official schemas and shapes are missing: " + dir
                + " does not exist (put ../shared beside the clone, or pass -Dstandards=DIR)");
        return dir;
    }

    /**
     * Goes on when {@code present}; otherwise skips the calling test with {@code missing} as the reason, or fails it in
     * CI unless {@code name} is one of {@code -Dprerequisites.optional}.
     */
    public static void require(String name, boolean present, String missing) {
        if (present) {
            return;
        }
        if (System.getenv("CI") != null && !optional().contains(name)) {
            throw new AssertionError("CI must run every test, but " + missing + " (if this CI cannot have it, say so with "
                    + "-Dprerequisites.optional=" + name + ")");
        }
        Assumptions.abort(missing);
    }

    private static Set<String> optional() {
        return Arrays.stream(System.getProperty("prerequisites.optional", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
