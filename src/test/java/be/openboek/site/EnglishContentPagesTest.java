package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English text that staff wrote: a page of content/ with an English version in content/en/ gives English readers that
 * text, without the "written in Dutch" note; a page without one still shows its Dutch text, marked as Dutch; an
 * English page without a Dutch one is a clear problem. Questions with {@code question_en} and {@code answer_en}, and
 * the organisation's {@code description_en}, are shown in English on the English home page.
 */
class EnglishContentPagesTest {

    @TempDir
    Path tmp;

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path + "index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void englishReadersGetTheEnglishVersionWhereThereIsOne() throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- content/en/about.md --
                ---
                title: About this trial
                ---
                This is a **test page** in English.
                -- content/werkwijze.md --
                ---
                title: Werkwijze
                ---
                Alleen in het Nederlands.
                """);
        Path site = tmp.resolve("site");
        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());

        Document english = page(site, "en/about/");
        assertEquals("About this trial", english.selectFirst("main h1").text());
        assertTrue(english.selectFirst(".prose").text().contains("This is a test page in English."));
        assertNull(english.selectFirst("main p.note"), "no 'written in Dutch' note on a translated page");
        assertFalse(english.selectFirst(".prose").hasAttr("lang"), "the text is in the page's language");

        Document dutch = page(site, "about/");
        assertEquals("Over deze proef", dutch.selectFirst("main h1").text());
        assertTrue(dutch.selectFirst(".prose").text().contains("testpagina"));

        Document untranslated = page(site, "en/werkwijze/");
        assertEquals("Werkwijze", untranslated.selectFirst("main h1").text());
        assertNotNull(untranslated.selectFirst("main p.note"), "Dutch text on an English page is marked");
        assertEquals("nl", untranslated.selectFirst(".prose").attr("lang"));

        String search = Files.readString(site.resolve("en/search/index.json"), StandardCharsets.UTF_8);
        assertTrue(search.contains("\"About this trial\""), "the English search index has the English title");
        assertFalse(Files.readString(site.resolve("search/index.json"), StandardCharsets.UTF_8).contains("About this trial"));
    }

    @Test
    void questionsAreInEnglishWhereStaffWroteThemSo() throws IOException {
        Path project = tmp.resolve("project");
        TestProject fixture = TestProject.fixture(project);
        String questions = Files.readString(project.resolve("data/questions.yaml"), StandardCharsets.UTF_8).replace(
                "    answer: Zie de bedragen per jaar.\n",
                "    answer: Zie de bedragen per jaar.\n    question_en: Which subsidies did Proefhuis receive?\n"
                        + "    answer_en: See the amounts per year.\n");
        Files.writeString(project.resolve("data/questions.yaml"), questions, StandardCharsets.UTF_8);
        Path organisation = project.resolve("data/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation, StandardCharsets.UTF_8)
                + "description_en: Proefhuis tries out **new ideas** with libraries.\n", StandardCharsets.UTF_8);
        Path site = tmp.resolve("site");
        TestProject.Run run = fixture.build(site);
        assertEquals(0, run.exitCode(), run.err());

        List<String> english = page(site, "en/").select("article.question").eachText();
        assertTrue(english.get(0).contains("Which subsidies did Proefhuis receive?"), english.get(0));
        assertTrue(english.get(0).contains("See the amounts per year."), english.get(0));
        assertTrue(english.get(1).contains("Welke diensten zijn er?"), "no English wording: the Dutch stays");
        assertEquals("nl", page(site, "en/").select("article.question h3 span[lang]").attr("lang"));
        assertTrue(Files.readString(site.resolve("en/search/index.json"), StandardCharsets.UTF_8)
                .contains("\"Which subsidies did Proefhuis receive?\""), "English search finds the English question");
        String dutch = page(site, "").select("article.question").first().text();
        Element about = page(site, "en/").selectFirst("section[aria-labelledby=over] div");
        assertEquals("Proefhuis tries out new ideas with libraries.", about.text(), "the English introduction");
        assertFalse(about.hasAttr("lang"));
        assertFalse(page(site, "").selectFirst("section[aria-labelledby=over] div").text().contains("tries out"));
        assertTrue(dutch.contains("Welke subsidies kreeg Proefhuis?") && !dutch.contains("Which subsidies"), dutch);
    }

    @Test
    void anEnglishPageWithoutADutchOneIsAProblem() {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- content/en/contact.md --
                ---
                title: Contact
                ---
                Write to us.
                """);
        Path site = tmp.resolve("site");
        TestProject.Run run = project.build(site);
        assertEquals(1, run.exitCode(), run.out());
        List<String> problems = run.problemLines();
        assertTrue(problems.stream().anyMatch(l -> l.startsWith("content/en/contact.md")
                && l.contains("expected the English version of a page in content/, but there is no content/contact.md")),
                String.join("\n", problems));
        assertFalse(Files.exists(site), "nothing is published");
    }
}
