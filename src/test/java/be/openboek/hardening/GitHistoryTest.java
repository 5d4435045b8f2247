package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.history.GitFixture;
import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The change log is read from whatever git history the project is in: large files that have nothing to do with the
 * records, a record file too large to read, a shallow clone, and hostile or huge commit messages must neither empty
 * it nor break the feed and datasets; where it is read only in part, the build warns and the site says so.
 */
class GitHistoryTest {

    private static final String AMOUNT_FIXED = "Subsidie 2017 — bedrag: € 1.250.000,50 → € 1.260.000";

    @Test
    void largeFilesBesideTheRecordsDoNotStopTheChangeLog(@TempDir Path tmp) throws Exception {
        // JGit refuses to load a blob over its stream threshold (50 MiB by default) into memory; lowered here so
        // that a small file stands for a video.
        WindowCacheConfig small = new WindowCacheConfig();
        small.setStreamFileThreshold(64 * 1024);
        small.install();
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            repo.project().writeBytes("content/media/opname.mp4", new byte[256 * 1024]);
            repo.project().writeBytes("assets/video/opname.mp4", new byte[256 * 1024]);
            repo.commit("2024-01-20T09:00:00Z", "Opname toegevoegd", "");
            repo.commit("2024-01-21T09:00:00Z", "Opname weer weg", "-- content/media/opname.mp4 --\n-- assets/video/opname.mp4 --\n");
            fixAmount(repo, "2024-02-01T10:00:00Z", "Bedrag 2017 gecorrigeerd");

            Path site = tmp.resolve("site");
            TestProject.Run run = repo.project().build(site);
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(run.err().contains("warning"), "the whole history was read: " + run.err());
            String changes = read(site, "changes/index.html");
            assertTrue(changes.contains(AMOUNT_FIXED), changes);
            assertFalse(changes.contains("niet beschikbaar"), changes);
            assertTrue(read(site, "projects/leesspel/index.html").contains("Laatst gewijzigd: 10 januari 2024"));
            assertEquals(2, csv(site).stream().filter(r -> r.get("text").equals(AMOUNT_FIXED)
                    || r.get("text").startsWith("Subsidie 2017 toegevoegd")).count(), "both commits in the dataset");
        } finally {
            new WindowCacheConfig().install();
        }
    }

    @Test
    void aRecordFileTooLargeAtOneCommitIsSkippedAndTheBuildSaysSo(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            String leesspel = Files.readString(repo.project().path("data/projects/leesspel.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-01-20T09:00:00Z", "Veel te lang", "-- data/projects/leesspel.yaml --\n" + leesspel
                    + ("# opvulling " + "x".repeat(88) + "\n").repeat(11_000));
            RevCommit repaired = repo.commit("2024-01-21T09:00:00Z", "Hersteld", "-- data/projects/leesspel.yaml --\n" + leesspel);
            fixAmount(repo, "2024-02-01T10:00:00Z", "Bedrag 2017 gecorrigeerd");

            Path site = tmp.resolve("site");
            TestProject.Run run = repo.project().build(site);
            assertEquals(0, run.exitCode(), run.err());
            String shortId = repaired.getName().substring(0, 10);
            assertOneWarning(run, "data/projects/leesspel.yaml", shortId, "2024-01-21");
            String changes = read(site, "changes/index.html");
            assertTrue(changes.contains("volledig vanaf commit " + shortId + " (21 januari 2024)"), changes);
            assertTrue(changes.contains(AMOUNT_FIXED), "later commits are read");
            assertTrue(changes.contains("Subsidie 2017 toegevoegd"), "earlier commits are read");
        }
    }

    @Test
    void aShallowCloneWarnsAndSaysFromWhichCommitTheChangeLogIsComplete(@TempDir Path tmp) throws Exception {
        RevCommit boundary;
        try (GitFixture repo = GitFixture.init(tmp.resolve("origin"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            boundary = repo.commit("2024-01-20T09:00:00Z", "Alleen een sjabloon", "-- templates/extra.txt --\nniets\n");
            fixAmount(repo, "2024-02-01T10:00:00Z", "Bedrag 2017 gecorrigeerd");
            Path clone = tmp.resolve("clone");
            try (Git shallow = Git.cloneRepository().setURI(repo.project().root().toUri().toString())
                    .setDirectory(clone.toFile()).setDepth(2).call()) {
                assertTrue(Files.size(clone.resolve(".git/shallow")) > 0, "JGit made a shallow clone");
            }
            Path site = tmp.resolve("site");
            TestProject.Run run = TestProject.Run.of("build", "--source", clone.toString(), "--output", site.toString());
            assertEquals(0, run.exitCode(), run.err());

            String shortId = boundary.getName().substring(0, 10);
            assertOneWarning(run, "shallow", shortId, "2024-01-20");
            String nl = read(site, "changes/index.html");
            assertTrue(nl.contains("volledig vanaf commit " + shortId + " (20 januari 2024)"), nl);
            assertTrue(nl.contains(AMOUNT_FIXED), nl);
            assertFalse(nl.contains("Subsidie 2017 toegevoegd"), "the records of the oldest commit are the starting point");
            assertTrue(read(site, "en/changes/index.html").contains("complete from commit " + shortId + " (20 January 2024)"));
            Document feed = parse(site.resolve("changes/feed.xml"));
            assertTrue(feed.getElementsByTagName("subtitle").item(0).getTextContent().contains(shortId));
            JsonNode changes = changesResource(site);
            assertTrue(changes.get("description").asText().contains("volledig vanaf commit " + shortId), changes.toString());
            assertEquals(List.of(AMOUNT_FIXED), csv(site).stream().map(r -> r.get("text")).distinct().toList());
        }
    }

    @Test
    void reasonsAreCutShortAndCleanInPagesFeedAndDatasets(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            // A huge body, then a reason of 298 letters, an emoji (a surrogate pair) across the cut and a long tail.
            String huge = "B".repeat(298) + "\uD83D\uDCDA" + "C".repeat(100_000);
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie\n\n" + "body line\n".repeat(300_000) + "\nToelichting: " + huge, "");
            String hostile = "Bedrag\u001b]0;gehackt\u0007 2017\u001b[2J gecorrigeerd\u0085tweede\u009b regel\u0000\u007f";
            fixAmount(repo, "2024-02-01T10:00:00Z", "Bedrag\n\nToelichting: " + hostile);

            Path site = tmp.resolve("site");
            TestProject.Run run = repo.project().build(site);
            assertEquals(0, run.exitCode(), run.err());

            List<CSVRecord> rows = csv(site);
            assertTrue(Files.size(site.resolve("data/changes.csv")) < 200_000, "not a copy of the message per row");
            String cut = "B".repeat(298) + "…";
            for (CSVRecord row : rows) {
                String reason = row.get("reason");
                assertTrue(reason.equals(cut) || reason.startsWith("Bedrag"), reason.length() + " characters");
                assertTrue(reason.codePoints().noneMatch(GitHistoryTest::isControl), reason);
            }
            JsonNode json = new ObjectMapper().readTree(site.resolve("data/changes.json").toFile());
            assertEquals(cut, json.get(0).get("reason").asText());
            String cleaned = json.get(json.size() - 1).get("reason").asText();
            assertTrue(cleaned.startsWith("Bedrag") && cleaned.contains("gecorrigeerd"), cleaned);
            assertTrue(cleaned.codePoints().noneMatch(GitHistoryTest::isControl), cleaned);

            Document feed = parse(site.resolve("changes/feed.xml"));
            List<String> contents = new ArrayList<>();
            NodeList entries = feed.getElementsByTagName("entry");
            for (int i = 0; i < entries.getLength(); i++) {
                contents.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagName("content").item(0).getTextContent());
            }
            assertTrue(contents.get(0).startsWith("Toelichting: " + cleaned), contents.get(0));
            assertTrue(contents.get(1).startsWith("Toelichting: " + cut), contents.get(1));
            String page = read(site, "changes/index.html");
            assertTrue(page.contains(cut) && !page.contains("B".repeat(298) + "\uD83D"), "the page shows the cut reason too");
            assertFalse(page.contains("\u001b") || page.contains("\u0085") || page.contains("body line"));
        }
    }

    /** Standard error holds one warning line, and it names each of {@code parts}. */
    private static void assertOneWarning(TestProject.Run run, String... parts) {
        List<String> warnings = run.err().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(1, warnings.size(), run.err());
        for (String part : parts) {
            assertTrue(warnings.get(0).contains(part), part + " in " + warnings.get(0));
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    private static void fixAmount(GitFixture repo, String when, String message) throws Exception {
        String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
        repo.commit(when, message, "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1260000"));
    }

    /** A page as text, without its tags. */
    /** A page's text: without tags, the no-break space that keeps € with its figure read as a space. */
    private static String read(Path site, String page) throws Exception {
        return Files.readString(site.resolve(page), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    }

    private static List<CSVRecord> csv(Path site) throws Exception {
        try (Reader in = Files.newBufferedReader(site.resolve("data/changes.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static JsonNode changesResource(Path site) throws Exception {
        for (JsonNode resource : new ObjectMapper().readTree(site.resolve("datapackage.json").toFile()).get("resources")) {
            if (resource.get("name").asText().equals("changes")) {
                return resource;
            }
        }
        throw new AssertionError("no changes resource in datapackage.json");
    }

    private static Document parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }
}
