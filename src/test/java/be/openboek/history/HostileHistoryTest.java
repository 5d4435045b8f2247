package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A commit message is not checked like a record: it can hold any character. A reason (trailer) with control characters
 * (which XML forbids) must leave the feed, the sitemap and every page well-formed, read with a real XML parser.
 */
class HostileHistoryTest {

    static final String MESSAGE = "Bedrag\u0001 gecorrigeerd \u001B[2J\u0007\u000B\u0085\uFFFF";

    @Test
    void controlCharactersInACommitMessageLeaveEveryXmlFileWellFormed(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-02-01T10:00:00Z", "Bedrag\n\nToelichting: " + MESSAGE,
                    "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1260000"));
            Path site = tmp.resolve("site");
            TestProject.Run run = repo.project().build(site);
            assertEquals(0, run.exitCode(), run.err());

            Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve("changes/feed.xml").toFile());
            String content = ((Element) feed.getElementsByTagName("entry").item(0)).getElementsByTagName("content").item(0).getTextContent();
            assertTrue(content.contains("Bedrag gecorrigeerd"), "the reason is still there: " + content);
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());

            List<String> raw = new ArrayList<>();
            try (Stream<Path> files = Files.walk(site)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|xml|svg|csv)$")).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    if (text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                            || c == 0xFFFF)) {
                        raw.add(site.relativize(file).toString());
                    }
                }
            }
            assertEquals(List.of(), raw, "files holding a control character");
        }
    }
}
