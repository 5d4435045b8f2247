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
import java.util.Arrays;
import java.util.List;
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

    /** The projects page's heading and the caption of its chart and table below it name the same thing. */
    @Test
    void theProjectsHeadingAndItsChartNameTheSameThing() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            assertEquals(messages.text("projects.by.status"), messages.text("chart.funnel.title"), language.code());
        }
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

    /**
     * Interface text in English is English: a message or label of two or more words (placeholders and markup left
     * out) that reads the same in both bundles was left untranslated, unless it is one of the few texts that are the
     * same words in both languages. Covers the data dictionary and the dataset descriptions, which are messages too.
     */
    @Test
    void everyEnglishTextOfTwoOrMoreWordsIsTranslated() throws IOException {
        Set<String> sameInBothLanguages = Set.of(
                "nav.datasets", "datasets.title", // "Open data" is Dutch as well as English
                "chart.subsidies.summary.year"); // "Subsidies in {0}, per status." reads the same in both
        Set<String> untranslated = new TreeSet<>();
        int prose = 0;
        for (String bundle : List.of("messages", "labels")) {
            Properties nl = bundle("messages".equals(bundle) ? Messages.class : Labels.class, bundle + "_nl.properties");
            Properties en = bundle("messages".equals(bundle) ? Messages.class : Labels.class, bundle + "_en.properties");
            for (String key : nl.stringPropertyNames()) {
                String words = nl.getProperty(key).replaceAll("<[^>]*>|\\{[^}]*}", " ").strip();
                if (Arrays.stream(words.split("\\s+")).filter(word -> word.matches(".*\\p{L}.*")).count() < 2) {
                    continue;
                }
                prose++;
                if (nl.getProperty(key).equals(en.getProperty(key)) && !sameInBothLanguages.contains(key)) {
                    untranslated.add(bundle + ": " + key + " = " + nl.getProperty(key));
                }
            }
        }
        assertTrue(prose > 250, "the texts were read: " + prose);
        assertEquals(Set.of(), untranslated);
    }

    private static Set<String> labelKeys(String language) throws IOException {
        return new TreeSet<>(bundle(Labels.class, "labels_" + language + ".properties").stringPropertyNames());
    }

    private static Properties bundle(Class<?> near, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = near.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
