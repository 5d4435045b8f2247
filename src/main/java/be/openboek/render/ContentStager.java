package be.openboek.render;

import be.openboek.format.Language;
import be.openboek.model.ContentPage;
import be.openboek.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the pages of content/ into JBake's content folder, each as {@code <id>/index.html} with the
 * JBake header JBake's crawler expects, so that staff write plain front matter and clean URLs follow.
 * Each page is staged once per {@link Language} ({@code en/<id>/index.html} for English): English readers get the
 * page's English version when staff wrote one ({@code content/en/<id>.md}), else the Dutch text, marked as such
 * ({@code translated=false} in the header, which the template reads).
 *
 * <p>The Markdown is converted here, by the same {@link MarkdownRenderer} as the Markdown of records (JBake takes
 * the HTML as it is), so that it is bounded the same way and a text beyond the bounds is a problem naming its file.
 */
final class ContentStager {

    private static final String SEPARATOR = "~~~~~~";

    private final MarkdownRenderer markdown;

    ContentStager(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Stages every page; a page whose Markdown cannot be converted is reported in {@code problems} and left out. */
    void stage(List<ContentPage> pages, Path contentFolder, Problems problems) throws IOException {
        Files.createDirectories(contentFolder);
        for (Language language : Language.values()) {
            for (ContentPage dutch : pages) {
                ContentPage page = language == Language.NL ? dutch : dutch.forEnglish();
                String html;
                try {
                    html = markdown.toHtml(page.markdown());
                } catch (MarkdownException e) {
                    if (language == Language.NL || page != dutch) {
                        String where = e.excess().line() > 0 ? " (line " + e.excess().line() + " of the text after the front matter)" : "";
                        problems.add(page.origin().file(), 0, 0, "", e.excess().message() + where, e.excess().hint());
                    }
                    continue;
                }
                Path dir = contentFolder.resolve(language.prefix() + dutch.id());
                Files.createDirectories(dir);
                String header = "title=" + page.title().replaceAll("\\s+", " ").strip() + "\n"
                        + "type=page\n"
                        + "status=published\n"
                        + "translated=" + (language == Language.NL || page != dutch) + "\n"
                        + SEPARATOR + "\n";
                Files.writeString(dir.resolve("index.html"), header + html + "\n", StandardCharsets.UTF_8);
            }
        }
    }
}
