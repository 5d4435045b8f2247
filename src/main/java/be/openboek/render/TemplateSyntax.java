package be.openboek.render;

import be.openboek.files.SourceFiles;
import be.openboek.problem.Problems;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses the templates without rendering anything, so that a syntax error is reported with the problems of the
 * records, in the same run, and not only once the records are right and the bake starts (which checks them again,
 * with the configuration it renders with).
 */
public final class TemplateSyntax {

    private TemplateSyntax() {
    }

    /**
     * The syntax errors of the templates directly in {@code templates/} that {@code files} accepted, each as
     * {@code templates/x.ftl:line:column}; none when there is no templates folder (the bake reports that). The templates
     * parsed are kept in {@code parsed}, for the bake of the same build to render with.
     */
    public static Problems check(Path projectRoot, SourceFiles files, SiteTemplateEngine.ParsedTemplates parsed) {
        Problems problems = new Problems();
        if (files.isFolder("templates")) {
            check(parsed.of(projectRoot.resolve("templates")), files.names("templates"), "templates", problems);
        }
        return problems;
    }

    /**
     * Parses each template among {@code names} (other files are skipped) with {@code freemarker}; reports each that
     * does not parse as {@code display/name:line:column}.
     *
     * @return whether all parsed
     */
    static boolean check(Configuration freemarker, List<String> names, String display, Problems problems) {
        boolean ok = true;
        for (String name : names) {
            if (!name.endsWith(".ftl") && !name.endsWith(".ftlh") && !name.endsWith(".ftlx")) {
                continue;
            }
            try {
                freemarker.getTemplate(name);
            } catch (ParseException e) {
                ok = false;
                String template = e.getTemplateName() == null ? name : e.getTemplateName();
                problems.add(display + "/" + template, e.getLineNumber(), e.getColumnNumber(), "",
                        "template syntax error: " + firstLine(e.getEditorMessage()), "");
            } catch (IOException e) {
                ok = false;
                problems.add(display + "/" + name, 0, 0, "", "cannot read the template: " + e.getMessage(), "");
            }
        }
        return ok;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
    }
}
