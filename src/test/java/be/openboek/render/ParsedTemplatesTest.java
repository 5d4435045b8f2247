package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.files.SourceFiles;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build parses its templates once: the check of their syntax parses them, and the bake renders with what it parsed
 * (before, the bake parsed every template again).
 */
class ParsedTemplatesTest {

    @Test
    void theBakeRendersTheTemplatesAsTheCheckParsedThem(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        SiteTemplateEngine.ParsedTemplates parsed = new SiteTemplateEngine.ParsedTemplates();
        assertEquals(List.of(), TemplateSyntax.check(project.root(), SourceFiles.scan(project.root()), parsed).all());
        Configuration checked = parsed.of(project.root().resolve("templates"));

        // Changed after the check: a bake that parsed the templates again would write the mark into every page.
        Path layout = project.path("templates/layout.ftl");
        String original = Files.readString(layout);
        assertTrue(original.contains("</body>"), "the layout writes the page's body");
        Files.writeString(layout, original.replace("</body>", "<!-- parsed again --></body>"));

        Site site = new SiteLoader().load(project.root()).site();
        Path output = tmp.resolve("site");
        assertEquals(List.of(), new SiteBaker(project.root()).withTemplates(parsed).bake(site, output, tmp.resolve("work")).all());
        String page = Files.readString(output.resolve("projects/leesspel/index.html"));
        assertTrue(page.contains("</body>"), page);
        assertFalse(page.contains("parsed again"), "the bake rendered the templates the check had parsed");
        assertSame(checked, parsed.of(project.root().resolve("templates")), "and with the check's configuration");
    }
}
