package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The change log as the built site shows it: the changes page, the Atom feed and "last changed" on record pages. */
class ChangeLogSiteTest {

    @Test
    void theSiteOfARepositoryShowsItsChanges(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-02-01T10:00:00Z", "Bedrag 2017 <gecorrigeerd>\n\nToelichting: Volgens het jaarverslag <2018>.",
                    "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1260000"));
            Path site = tmp.resolve("site");
            TestProject.Run run = repo.project().build(site);
            assertEquals(0, run.exitCode(), run.err());

            String changes = Files.readString(site.resolve("changes/index.html"), StandardCharsets.UTF_8);
            assertTrue(changes.contains("<time datetime=\"2024-02-01T11:00:00+01:00\">1 februari 2024</time> — Subsidie 2017: bedrag gewijzigd"),
                    "date and what changed");
            assertTrue(changes.contains("<strong>Toelichting:</strong> <span>Volgens het jaarverslag &lt;2018&gt;.</span>"), "escaped reason");
            assertTrue(changes.contains("<li>Subsidie 2017 — bedrag: <span class=\"old\">€\u00A01.250.000,50</span> → "
                    + "<span class=\"new\">€\u00A01.260.000</span></li>"), "amounts kept whole");
            assertTrue(changes.indexOf("bedrag gewijzigd") < changes.indexOf("Project Leesspel toegevoegd"), "newest first");

            // The date of the data is the day of the newest commit that changed a record (not the newest source).
            assertTrue(Files.readString(site.resolve("catalog.ttl"), StandardCharsets.UTF_8)
                    .matches("(?s).*dct:modified\\s+\"2024-02-01\"\\^\\^xsd:date.*"), "catalog modified");

            String project = Files.readString(site.resolve("projects/leesspel/index.html"), StandardCharsets.UTF_8);
            assertTrue(project.contains("Laatst gewijzigd: <time datetime=\"2024-01-10\">10 januari 2024</time>"), "record page");

            Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve("changes/feed.xml").toFile());
            assertEquals("2024-02-01T11:00:00+01:00", text(feed.getDocumentElement(), "updated"), "the newest commit, not the clock");
            NodeList entries = feed.getElementsByTagName("entry");
            assertEquals(2, entries.getLength());
            Element newest = (Element) entries.item(0);
            assertEquals("1 februari 2024 — Subsidie 2017: bedrag gewijzigd", text(newest, "title"));
            assertTrue(text(newest, "id").startsWith("https://open.proefhuis.example/changes/#c-"), text(newest, "id"));
            assertTrue(newest.getElementsByTagName("content").item(0).getTextContent()
                    .contains("Subsidie 2017 — bedrag: € 1.250.000,50 → € 1.260.000"));
        }
    }

    @Test
    void aSiteWithoutGitSaysTheHistoryIsUnavailableAndHowToFixIt() throws Exception {
        Path site = SharedSites.fixture();
        String changes = Files.readString(site.resolve("changes/index.html"), StandardCharsets.UTF_8);
        assertTrue(changes.contains("De geschiedenis is niet beschikbaar"), changes);
        assertTrue(changes.contains("fetch-depth: 0"));
        String project = Files.readString(site.resolve("projects/leesspel/index.html"), StandardCharsets.UTF_8);
        assertTrue(project.contains("Laatst gewijzigd: niet bekend"));
        Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve("changes/feed.xml").toFile());
        assertEquals(0, feed.getElementsByTagName("entry").getLength());
    }

    private static String text(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                texts.add(nodes.item(i).getTextContent());
            }
        }
        return texts.get(0);
    }
}
