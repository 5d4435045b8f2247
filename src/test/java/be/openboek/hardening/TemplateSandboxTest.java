package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template cannot run programs or reach Java objects: FreeMarker's {@code ?new} on a class and {@code ?api} are
 * refused with a template problem, and the build publishes nothing.
 */
class TemplateSandboxTest {

    @Test
    void executeThroughNewIsRefused(@TempDir Path tmp) throws Exception {
        Path marker = tmp.resolve("executed");
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- templates/page.ftl --
                <#assign ex = "freemarker.template.utility.Execute"?new()>
                ${ex("touch %s")}
                """.formatted(marker));
        Path site = tmp.resolve("site");
        TestProject.Run run = project.build(site);

        assertEquals(1, run.exitCode(), run.err());
        String first = run.problemLines().get(0);
        assertTrue(first.startsWith("templates/page.ftl:1:"), first);
        assertTrue(first.contains("freemarker.template.utility.Execute"), first);
        assertFalse(Files.exists(marker), "the command did not run");
        assertFalse(Files.exists(site), "nothing was published");
    }

    @Test
    void objectWrapperClassesAreRefusedToo(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- templates/page.ftl --
                <#assign ex = "freemarker.template.utility.ObjectConstructor"?new()>
                ${ex("java.io.File", "x")}
                """);
        TestProject.Run run = project.build(tmp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.problemLines().get(0).startsWith("templates/page.ftl:1:"), run.err());
    }

    @Test
    void apiBuiltInIsRefused(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- templates/page.ftl --
                ${site?api.getClass().getProtectionDomain()}
                """);
        Path site = tmp.resolve("site");
        TestProject.Run run = project.build(site);

        assertEquals(1, run.exitCode(), run.err());
        String first = run.problemLines().get(0);
        assertTrue(first.startsWith("templates/page.ftl:1:"), first);
        assertTrue(first.contains("api"), first);
        assertFalse(Files.exists(site), "nothing was published");
    }
}
