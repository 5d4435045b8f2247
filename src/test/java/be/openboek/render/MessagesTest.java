package be.openboek.render;

import be.openboek.format.Messages;
import be.openboek.format.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.format.Labels;
import be.openboek.testing.TestProject;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundles and code labels: every language has every key, and every key a template uses exists. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameMessageKeys() {
        assertEquals(new TreeSet<>(Messages.of(Language.NL).keys()), new TreeSet<>(Messages.of(Language.EN).keys()));
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> keys = Messages.of(Language.NL).keys();
        Pattern call = Pattern.compile("\\b(tn?)\\(\"([a-z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        int calls = 0;
        try (Stream<Path> templates = Files.list(TestProject.REPO.resolve("templates"))) {
            for (Path template : templates.sorted().toList()) {
                Matcher m = call.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    calls++;
                    String key = m.group(2);
                    boolean found = m.group(1).equals("tn") ? keys.contains(key + ".one") && keys.contains(key + ".other")
                            : keys.contains(key) || key.equals("key") || key.equals("projects.title");
                    if (!found) {
                        missing.add(template.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(calls > 100, "the pattern finds the calls: " + calls);
        assertEquals(Set.of(), missing);
    }

    @Test
    void argumentsFillThePlaceholdersAndApostrophesSurvive() {
        Messages nl = Messages.of(Language.NL);
        assertEquals("Waar gaat het overheidsgeld voor A&B naartoe?", nl.text("home.heading", "A&B"));
        assertEquals("Thema's", nl.text("project.themes"));
    }

    @Test
    void markupMessagesEscapeTheirPlainArguments() throws Exception {
        Object html = Messages.of(Language.EN).text("home.opendata.html", "a\"<b>/");
        String markup = HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) html);
        assertTrue(markup.startsWith("All figures on this site are also <a href=\"a&quot;&lt;b&gt;/\">open data</a>"), markup);
    }

    @Test
    void aMissingKeyFails() {
        assertThrows(IllegalArgumentException.class, () -> Messages.of(Language.EN).text("no.such.key"));
    }

    @Test
    void everyCodeLabelHasAnEnglishLabel() throws IOException {
        assertEquals(labelKeys("nl"), labelKeys("en"));
        assertEquals("scaled up", Labels.of("ProjectStatus.scaled_up", "en"));
        assertEquals("opgeschaald", Labels.of("ProjectStatus.scaled_up"));
    }

    private static Set<String> labelKeys(String language) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels_" + language + ".properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(labels.stringPropertyNames());
    }
}
