package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule that tells a publication by staff from a technical change ({@link CommitScope}): a commit that changed
 * values is a publication when it gives a public reason ({@code Toelichting:} or {@code Explanation:}) or changed only
 * files in data/ and content/; any other is a technical change, whatever its subject says.
 */
class CommitScopeTest {

    @Test
    void onlyDataOrContentOrAReasonMakesAPublication(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            String leesspel = Files.readString(repo.project().path("data/projects/leesspel.yaml"), StandardCharsets.UTF_8);
            String described = leesspel.substring(0, leesspel.indexOf("description: |")) + "description_file: projects/leesspel.md\n"
                    + leesspel.substring(leesspel.indexOf("sources:"));
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "-- data/projects/leesspel.yaml --\n" + described
                    + "-- content/projects/leesspel.md --\nEen spel voor kinderen.\n");
            String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-02-01T10:00:00Z", "Bedrag 2017", "-- data/subsidies.yaml --\n"
                    + subsidies.replace("amount: 1250000.50", "amount: 1260000"));
            repo.commit("2024-02-02T10:00:00Z", "Leesspel beschreven", "-- content/projects/leesspel.md --\n"
                    + "Een spel voor kinderen en ouders.\n");
            repo.commit("2024-02-03T10:00:00Z", "feat: a generator change that also edits data",
                    "-- src/Tool.java --\nclass Tool {}\n-- data/subsidies.yaml --\n"
                            + subsidies.replace("amount: 1250000.50", "amount: 1270000"));
            repo.commit("2024-02-04T10:00:00Z", "Bedrag en sjabloon\n\nToelichting: Volgens het jaarverslag.",
                    "-- templates/extra.txt --\nx\n-- data/subsidies.yaml --\n"
                            + subsidies.replace("amount: 1250000.50", "amount: 1280000"));
            repo.commit("2024-02-05T10:00:00Z", "Amount and README\n\nExplanation: As in the annual report.",
                    "-- README.txt --\nx\n-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1290000"));

            History history = new HistoryReader(repo.project().root()).read();
            assertEquals(List.of("technical", "publication", "publication", "technical", "publication", "publication"),
                    kinds(history), "the first commit set up the site: templates and assets with the data");
            assertEquals("Project Leesspel — beschrijving", history.commits().get(2).changes().get(0).nl().subject());
            assertTrue(history.changes().stream().filter(c -> c.time().getDayOfMonth() == 3).allMatch(c -> !c.publication()),
                    "each change carries its commit's kind");
        }
    }

    @Test
    void aMergeCountsByWhatItBringsToTheLine(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            Git git = repo.git();
            String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
            git.branchCreate().setName("gegevens").call();
            git.checkout().setName("gegevens").call();
            repo.commit("2024-02-01T10:00:00Z", "Bedrag 2017", "-- data/subsidies.yaml --\n"
                    + subsidies.replace("amount: 1250000.50", "amount: 1260000"));
            git.checkout().setName("main").call();
            repo.commit("2024-02-02T10:00:00Z", "Alleen de sjablonen", "-- templates/ander.txt --\nniets\n");
            merge(git, "gegevens", "2024-02-03T10:00:00Z");

            git.branchCreate().setName("code").call();
            git.checkout().setName("code").call();
            repo.commit("2024-03-01T10:00:00Z", "Code en gegevens", "-- src/Tool.java --\nclass Tool {}\n"
                    + "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1270000"));
            git.checkout().setName("main").call();
            merge(git, "code", "2024-03-02T10:00:00Z");

            History history = new HistoryReader(repo.project().root()).read();
            assertEquals(List.of("technical", "publication", "technical"), kinds(history),
                    "a merge of data only is a publication, though the line changed templates before it");
        }
    }

    @Test
    void inASubfolderOnlyTheProjectsOwnDataAndContentCount(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("repo");
        TestProject project = TestProject.fixture(root.resolve("site"));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            commit(git, "Alles", "2024-01-10T09:00:00Z");
            String subsidies = Files.readString(project.path("data/subsidies.yaml"), StandardCharsets.UTF_8);
            project.write("-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1260000"));
            commit(git, "Bedrag", "2024-02-01T10:00:00Z");
            project.write("-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1270000"));
            Files.createDirectories(root.resolve("data"));
            Files.writeString(root.resolve("data/elders.yaml"), "x: 1\n");
            commit(git, "Bedrag en een ander data/ buiten het project", "2024-03-01T10:00:00Z");
        }
        History history = new HistoryReader(root.resolve("site")).read();
        assertEquals(List.of("technical", "publication", "technical"), kinds(history));
    }

    /** Each commit's kind, oldest first. */
    private static List<String> kinds(History history) {
        return history.commits().stream().map(c -> c.publication() ? "publication" : "technical").toList();
    }

    private static void merge(Git git, String branch, String when) throws Exception {
        git.merge().include(git.getRepository().resolve(branch)).setCommit(false).setFastForward(
                MergeCommand.FastForwardMode.NO_FF).call();
        commit(git, "Merge " + branch, when);
    }

    private static void commit(Git git, String message, String when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Medewerker", "staff@example.org", Instant.parse(when), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
