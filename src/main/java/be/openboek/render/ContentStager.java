package be.openboek.render;

import be.openboek.model.ContentPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the pages of content/ into JBake's content folder, each as {@code <id>/index.md} with the
 * JBake header JBake's crawler expects, so that staff write plain front matter and clean URLs follow.
 * Each page is staged once per {@link Language} ({@code en/<id>/index.md} for English): English readers get the
 * page's English version when staff wrote one ({@code content/en/<id>.md}), else the Dutch text, marked as such
 * ({@code translated=false} in the header, which the template reads).
 */
final class ContentStager {

    private static final String SEPARATOR = "~~~~~~";

    void stage(List<ContentPage> pages, Path contentFolder) throws IOException {
        Files.createDirectories(contentFolder);
        for (Language language : Language.values()) {
            for (ContentPage dutch : pages) {
                ContentPage page = language == Language.NL ? dutch : dutch.forEnglish();
                Path dir = contentFolder.resolve(language.prefix() + dutch.id());
                Files.createDirectories(dir);
                String header = "title=" + page.title().replaceAll("\\s+", " ").strip() + "\n"
                        + "type=page\n"
                        + "status=published\n"
                        + "translated=" + (language == Language.NL || page != dutch) + "\n"
                        + SEPARATOR + "\n";
                Files.writeString(dir.resolve("index.md"), header + page.markdown(), StandardCharsets.UTF_8);
            }
        }
    }
}
