package be.openboek.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.history.GitFixture;
import be.openboek.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code openboek build --at <commit>}: the site and data as they stood at an earlier commit, rebuilt byte for byte
 * from git without touching the working folder; and the datasets page listing every data version with that command.
 */
class BuildAtCommitTest {

    private static final String AMOUNT = "amount: 1250000.50";

    /** Two commits that change a record: the fixture, then the 2017 subsidy's amount corrected. */
    private static RevCommit[] twoVersions(GitFixture repo) throws Exception {
        RevCommit first = repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
        String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
        assertTrue(subsidies.contains(AMOUNT), "the fixture changed: pick another value to change");
        RevCommit second = repo.commit("2024-02-01T10:00:00Z", "Bedrag 2017 gecorrigeerd",
                "-- data/subsidies.yaml --\n" + subsidies.replace(AMOUNT, "amount: 1260000"));
        return new RevCommit[] {first, second};
    }

    @Test
    void rebuildsTheZipOfAnEarlierCommitByteForByte(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            RevCommit[] commits = twoVersions(repo);
            String first = commits[0].abbreviate(7).name();
            Set<Path> tempBefore = leftovers();

            Path atFirst = tmp.resolve("at-first");
            TestProject.Run run = repo.project().run("build", "--at", first, "--output", atFirst.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(leftovers(), tempBefore, "the temporary copy of the commit is removed");
            assertTrue(Files.readString(repo.project().path("data/subsidies.yaml")).contains("amount: 1260000"),
                    "the working folder is left as it was");

            Path head = tmp.resolve("head");
            assertEquals(0, repo.project().build(head).exitCode());

            repo.git().checkout().setName(commits[0].name()).call();
            Path checkout = tmp.resolve("checkout");
            run = repo.project().build(checkout);
            assertEquals(0, run.exitCode(), run.err());

            byte[] zip = Files.readAllBytes(atFirst.resolve("data/openboek.zip"));
            assertArrayEquals(Files.readAllBytes(checkout.resolve("data/openboek.zip")), zip,
                    "build --at gives the ZIP of a build of a checkout of that commit");
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(head.resolve("data/openboek.zip")), zip),
                    "and not the newest data");
            assertEquals(Files.readString(checkout.resolve("data/changes.csv")), Files.readString(atFirst.resolve("data/changes.csv")),
                    "the history ends with that commit");
            assertEquals(Files.readString(checkout.resolve("datasets/index.html")), Files.readString(atFirst.resolve("datasets/index.html")));
        }
    }

    @Test
    void anUnknownCommitIsAUsageError(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            twoVersions(repo);
            Path out = tmp.resolve("out");
            for (String commit : List.of("0123456789abcdef", "no-such-branch", "HEAD~5")) {
                TestProject.Run run = repo.project().run("build", "--at", commit, "--output", out.toString());
                assertEquals(2, run.exitCode(), run.err());
                List<String> lines = run.err().lines().toList();
                assertEquals(2, lines.size(), run.err());
                assertEquals("--at: no commit " + commit + " in the git history of this project", lines.get(0));
                assertTrue(lines.get(1).startsWith("  hint: give the id of a commit"), run.err());
                assertFalse(Files.exists(out), "nothing is written");
            }
        }
    }

    @Test
    void aFolderWithoutGitIsAUsageError(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        TestProject.Run run = project.run("build", "--at", "1a2b3c4", "--output", tmp.resolve("out").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("--at: --at needs the project's git history, but "), run.err());
        assertTrue(run.err().contains("hint: build in a git clone of the project"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void theDatasetsPageListsEveryVersionWithItsCommand(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            RevCommit[] commits = twoVersions(repo);
            Path site = tmp.resolve("site");
            TestProject.Run run = repo.project().build(site);
            assertEquals(0, run.exitCode(), run.err());
            String nl = Files.readString(site.resolve("datasets/index.html"));
            String en = Files.readString(site.resolve("en/datasets/index.html"));
            String second = commits[1].abbreviate(10).name();
            String first = commits[0].abbreviate(10).name();
            for (String[] page : List.of(new String[] {nl, "oude-versie", "Versies van de gegevens", "1 februari 2024"},
                    new String[] {en, "old-version", "Versions of the data", "1 February 2024"})) {
                String html = page[0];
                assertTrue(html.contains(page[2]), "heading in the page's language");
                int newer = html.indexOf("openboek build --at " + second + " --output " + page[1]);
                int older = html.indexOf("openboek build --at " + first + " --output " + page[1]);
                assertTrue(newer > 0 && older > newer, "both versions, newest first, each with its command");
                assertTrue(html.contains(page[3]), "with its date");
                assertTrue(html.contains("data-label="), "a table that becomes cards on a phone");
            }
        }
    }

    @Test
    void withoutHistoryTheDatasetsPageSaysSo(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        assertTrue(Files.readString(site.resolve("datasets/index.html"))
                .contains("De versies van de gegevens zijn niet beschikbaar, want de geschiedenis kon niet gelezen worden:"));
        assertTrue(Files.readString(site.resolve("en/datasets/index.html"))
                .contains("The versions of the data are not available, because the history could not be read:"));
    }

    @Test
    void aLinkOutOfTheProjectInTheCommitIsRefused(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            Path secret = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: Geheim\n---\nGEHEIM-1234\n");
            Files.createSymbolicLink(repo.project().path("content/leak.md"), secret);
            RevCommit leaking = repo.commit("2024-01-10T09:00:00Z", "Met een link naar buiten", "");
            Files.delete(repo.project().path("content/leak.md"));
            repo.commit("2024-02-01T10:00:00Z", "Zonder link", "");

            Path out = tmp.resolve("out");
            TestProject.Run run = repo.project().run("build", "--at", leaking.name(), "--output", out.toString());
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("content/leak.md: in commit " + leaking.abbreviate(10).name()
                    + ": expected a regular file or folder inside the project, found a symbolic link out of the project"), run.err());
            assertFalse(Files.exists(out.resolve("leak/index.html")));
        }
    }

    /** The temporary folders of {@code build --at} now in the system's temporary folder. */
    private static Set<Path> leftovers() throws Exception {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("openboek-at-")).collect(Collectors.toSet());
        }
    }
}
