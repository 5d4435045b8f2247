package be.openboek.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.openboek.publish.OutputPublisher;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Chromium of a test JVM, shared by the test classes that look at pages in a browser (one start instead of
 * one per class), and axe-core run in it.
 *
 * <p>Needs the Debian packages {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them); other paths
 * can be given with {@code -Dchromium=...} and {@code -Dchromedriver=...}. A test asks {@link #installed()} and reports
 * itself skipped with {@link #MISSING} through {@link Prerequisites} (in CI it fails). The machine may have no internet:
 * Chromium runs with its background networking off and a fresh profile, and axe-core comes from its jar. The profile is
 * in the test JVM's temporary folder (Chromium's other temporary files in the run's, see the pom); the browser ends as
 * the JVM ends, before that folder is removed ({@link TestTemporaryFolder#atExit}).
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    /** Why a browser test cannot run here, and the fix. */
    public static final String MISSING = "no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
            + "; install them with: apt-get install chromium chromium-driver (.ci/run does this in CI)";
    /**
     * How often a test's wait looks again (Selenium's default is every half second): most things waited for (a search's
     * results, a filter made, a download saved) take tens of milliseconds.
     */
    public static final Duration POLL = Duration.ofMillis(25);
    /** axe-core's tags for the success criteria of WCAG 2.1 levels A and AA. */
    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ChromeDriver driver;
    private static String axeSource;

    private Browser() {
    }

    /** Whether Chromium and its driver are where the tests look for them. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * The JVM's browser, started on first use, as a test class should find it: on a blank page, the window 1280 × 900
     * and the page as wide as the window (no device metrics left by an earlier class), downloads back to Chromium's
     * default. A class calls this once before its tests (its {@code @BeforeAll}); classes run one after the other in a
     * JVM, so they never use it at the same time.
     */
    public static synchronized ChromeDriver shared() {
        if (driver == null) {
            driver = start();
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        return driver;
    }

    private static ChromeDriver start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + profile);
        // An explicit driver: Selenium Manager would otherwise try to download one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver started = new ChromeDriver(service, options);
        TestTemporaryFolder.atExit(() -> {
            started.quit();
            try {
                OutputPublisher.deleteTree(profile);
            } catch (IOException e) {
                System.err.println("could not delete Chromium's profile " + profile + ": " + e);
            }
        });
        return started;
    }

    /**
     * axe-core's violations of WCAG 2.1 A and AA on the page open in {@code browser}, one line each (the page's
     * {@code label}, the rule, its help text and the element); the page must have no frame.
     *
     * <p>The same axe-core (the one in the axe-core Selenium jar), the same rules (those tagged WCAG 2.1 A/AA) over the
     * same whole document as {@code new AxeBuilder().withTags(...).analyze(browser)}, in its "legacy" mode: one
     * {@code axe.run} in the page. Two things are left out because they cost time and change nothing we look at: the
     * script is put into the page once (AxeBuilder sends its 560 kB twice per page), and axe-core is asked to give the
     * elements of the violations only ({@code resultTypes}: it still runs every rule on every element, and reports every
     * violating element, but lists one element only for the passes and the incomplete and inapplicable rules, which no
     * test reads; building a selector for every passing element is the slowest part of its report). A page without
     * frames gets the same results in the legacy mode as in the per-frame one, which also opens a second window.
     */
    public static List<String> axeViolations(ChromeDriver browser, String label) {
        assertEquals(List.of(), browser.findElements(By.cssSelector("iframe, frame")), label + " has no frames");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.executeScript(axeSource());
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(results => done(results.violations.flatMap(rule => rule.nodes.map(node =>
                          rule.id + ' (' + rule.help + ') at ' + JSON.stringify(node.target)))),
                        error => done('axe-core failed: ' + error));
                """, WCAG_21_A_AA);
        if (!(result instanceof List<?> violations)) {
            throw new AssertionError(label + ": " + result);
        }
        List<String> found = new ArrayList<>();
        violations.forEach(violation -> found.add(label + ": " + violation));
        return found;
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the class path (the axe-core Selenium jar has it)");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
