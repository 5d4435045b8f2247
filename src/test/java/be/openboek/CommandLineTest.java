package be.openboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes and help of the command line: 0 ok, 1 invalid input, 2 wrong usage. */
class CommandLineTest {

    @Test
    void noCommandIsWrongUsage() {
        TestProject.Run run = TestProject.Run.of();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("build, validate, serve or new"), run.err());
    }

    @Test
    void anUnknownOptionIsWrongUsage() {
        TestProject.Run run = TestProject.Run.of("build", "--outptu", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--outptu"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate", "serve"})
    void everyCommandHasHelp(String command) {
        TestProject.Run run = TestProject.Run.of(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--source"), run.out());
    }

    @Test
    void validateAcceptsTheFixtureAndWritesNothing(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        TestProject.Run run = project.run("validate");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("No problems: 3 subsidies, 2 projects, 1 services"), run.out());
        assertFalse(Files.exists(project.path("target")), "validate writes nothing");
    }

    @Test
    void validateReportsProblemsWithExitCodeOne(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: experiment
                sources: [vraag-2018]
                """);
        TestProject.Run run = project.run("validate");
        assertEquals(1, run.exitCode());
        assertEquals("data/projects/streaming.yaml:1:1: objective: missing required field \"objective\"",
                run.problemLines().get(0));
    }

    @Test
    void buildDefaultsToTargetSiteInTheSourceFolder(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(project.path("target/site/index.html")));
    }
}
