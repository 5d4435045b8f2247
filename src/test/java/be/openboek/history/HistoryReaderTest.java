package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log read from throw-away git repositories: what changed, in words, and when. */
class HistoryReaderTest {

    private static final String VOORLEESBUS = """
            -- data/projects/voorleesbus.yaml --
            id: voorleesbus
            title: Voorleesbus
            status: selected
            objective: Voorlezen op het marktplein.
            sources: [vraag-2018]
            """;

    /** Four commits: the first version, an amount and a new project, the project removed, a status changed. */
    private static GitFixture fourCommits(Path dir) throws Exception {
        GitFixture repo = GitFixture.init(dir);
        repo.commit("2024-01-10T09:00:00Z", "Eerste versie van de gegevens", "");
        String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
        repo.commit("2024-02-01T23:30:00Z", "Bedrag 2017 gecorrigeerd\n\nToelichting: Volgens het jaarverslag.",
                "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1260000") + VOORLEESBUS);
        repo.commit("2024-03-05T10:00:00Z", "Voorleesbus geschrapt", "-- data/projects/voorleesbus.yaml --\n");
        String streaming = Files.readString(repo.project().path("data/projects/streaming.yaml"), StandardCharsets.UTF_8);
        repo.commit("2024-04-01T08:00:00Z", "Streaming opgeschaald",
                "-- data/projects/streaming.yaml --\n" + streaming.replace("status: experiment", "status: scaled_up"));
        repo.commit("2024-04-02T08:00:00Z", "Alleen de sjablonen", "-- templates/extra.txt --\nniets met gegevens\n");
        return repo;
    }

    @Test
    void describesEachCommitThatChangedRecordsInWords(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            History history = new HistoryReader(repo.project().root()).read();

            assertTrue(history.available(), history.reason());
            List<DataCommit> commits = history.commits();
            assertEquals(List.of("Subsidie 2017: bedrag gewijzigd; Project Voorleesbus toegevoegd", "Project Voorleesbus verwijderd",
                    "Project Voorstellingen streamen: status gewijzigd"), commits.stream().skip(1).map(c -> c.summary("nl")).toList(),
                    "a commit without data changes is left out");
            assertTrue(commits.get(0).summary("nl").endsWith(" toegevoegd") && commits.get(0).summary("nl").contains("3 subsidies"),
                    commits.get(0).summary("nl"));
            assertEquals("Project Voorstellingen streamen: status changed", commits.get(3).summary("en"));
            assertEquals(List.of("Project Voorstellingen streamen — status: experiment → scaled up"),
                    commits.get(3).changes().stream().map(c -> c.in("en").text()).toList());
            assertTrue(texts(commits.get(0)).containsAll(List.of("Subsidie 2017 toegevoegd (€ 1.250.000,50)",
                    "Project Leesspel toegevoegd", "Dienst Leesspel voor bibliotheken toegevoegd")), texts(commits.get(0)).toString());
            assertEquals(List.of("Subsidie 2017 — bedrag: € 1.250.000,50 → € 1.260.000", "Project Voorleesbus toegevoegd"),
                    texts(commits.get(1)));
            assertEquals(List.of("Project Voorleesbus verwijderd"), texts(commits.get(2)));
            assertEquals(List.of("Project Voorstellingen streamen — status: experiment → opgeschaald"), texts(commits.get(3)));
        }
    }

    @Test
    void datesAreCommitterDatesInBrussels(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            History history = new HistoryReader(repo.project().root()).read();
            DataCommit amount = history.commits().get(1);
            assertEquals(LocalDate.of(2024, 2, 2), amount.date(), "23:30 UTC is past midnight in Brussels");
            assertEquals("2024-02-02T00:30:00+01:00", amount.isoTime());
            assertEquals("2024-04-01T10:00:00+02:00", history.commits().get(3).isoTime(), "summer time");
        }
    }

    @Test
    void flatChangesCarryTheirCommitForTheDataset(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            History history = new HistoryReader(repo.project().root()).read();
            Change change = history.changes().stream().filter(c -> c.recordId().equals("2017-werking")
                    && c.kind() == Change.Kind.CHANGED).findFirst().orElseThrow();
            assertEquals("subsidy", change.recordType());
            assertEquals("Volgens het jaarverslag.", change.reason(), "the trailer, not the subject");
            assertEquals("amount", change.field());
            assertEquals(history.commits().get(1).id(), change.commit());
            assertEquals("changed", change.kind().code());
        }
    }

    @Test
    void recordsKnowWhenTheyLastChanged(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            History history = new HistoryReader(repo.project().root()).read();
            assertEquals(LocalDate.of(2024, 4, 1), history.lastChanged().get("project/streaming").toLocalDate());
            assertEquals(LocalDate.of(2024, 1, 10), history.lastChanged().get("project/leesspel").toLocalDate());
            assertEquals(LocalDate.of(2024, 2, 2), history.lastChanged().get("subsidy/2017-werking").toLocalDate());
        }
    }

    @Test
    void aCommitWhoseDataDoesNotLoadIsListedAndSkipped(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-05-01T08:00:00Z", "Kapot", "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1200000", "amount: 1.200.000"));
            repo.commit("2024-05-02T08:00:00Z", "Hersteld", "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1200000", "amount: 1300000"));
            List<DataCommit> commits = new HistoryReader(repo.project().root()).read().commits();

            DataCommit broken = commits.get(4);
            assertFalse(broken.readable());
            assertEquals(List.of("De gegevens van deze commit konden niet gelezen worden."), texts(broken));
            assertEquals(List.of("Subsidie 2016 — bedrag: € 1.200.000 → € 1.300.000"), texts(commits.get(5)),
                    "compared with the last commit that loaded");
        }
    }

    @Test
    void describesFieldsOfPricesAndListsInWords(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            String service = Files.readString(repo.project().path("data/services/leesspel-dienst.yaml"), StandardCharsets.UTF_8);
            String leesspel = Files.readString(repo.project().path("data/projects/leesspel.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-02-10T09:00:00Z", "Prijs en thema's", "-- data/services/leesspel-dienst.yaml --\n"
                    + service.replace("amount: 0.27152", "amount: 0.28").replace("price_model: per_inhabitant\n", "")
                    + "-- data/projects/leesspel.yaml --\n" + leesspel.replace("themes: [lezen, games]", "themes: [lezen, jeugd]"));
            DataCommit commit = new HistoryReader(repo.project().root()).read().commits().get(1);
            assertEquals(List.of("Project Leesspel — thema's: lezen, games → lezen, jeugd",
                    "Dienst Leesspel voor bibliotheken — prijsmodel: prijs per inwoner → (geen)",
                    "Dienst Leesspel voor bibliotheken — prijs “Basis” vanaf 1 januari 2021, bedrag: € 0,27152 → € 0,28"),
                    texts(commit));
            assertEquals(List.of("themes", "price_model", "prices.amount"), commit.changes().stream().map(Change::field).toList());
        }
    }

    @Test
    void everyShortValueShowsOldAndNewAsThePagesWriteIt(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            String sources = Files.readString(repo.project().path("data/sources.yaml"), StandardCharsets.UTF_8);
            String leesspel = Files.readString(repo.project().path("data/projects/leesspel.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-02-10T09:00:00Z", "Datums, namen en links", "-- data/sources.yaml --\n"
                    + sources.replace("url: https://proefhuis.example/prijzen", "url: https://proefhuis.example/tarieven")
                            .replace("date: 2021-03-04", "date: 2021-03-05")
                    + "-- data/projects/leesspel.yaml --\n" + leesspel.replace("title: Leesspel", "title: Het leesspel")
                            .replace("  start: \"2017-02\"", "  start: \"2017-03\"").replace("    role: submitter", "    role: partner"));
            DataCommit commit = new HistoryReader(repo.project().root()).read().commits().get(1);
            assertEquals(List.of("Bron “Wat kost de dienst?” — datum: 4 maart 2021 → 5 maart 2021",
                    "Bron “Wat kost de dienst?” — adres: https://proefhuis.example/prijzen → https://proefhuis.example/tarieven",
                    "Project Het leesspel — titel: “Leesspel” → “Het leesspel”",
                    "Project Het leesspel — periode, begin: februari 2017 → maart 2017",
                    "Project Het leesspel — partner “Bibliotheek Noord”, rol: indiener → partner"), texts(commit));
            assertEquals(List.of("date", "url", "title", "period.start", "partners.role"),
                    commit.changes().stream().map(Change::field).toList());
            assertEquals("Project Het leesspel — period, start: February 2017 → March 2017", commit.changes().get(3).en().text());
        }
    }

    @Test
    void withoutGitTheHistoryIsUnavailableWithTheFix(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        History history = new HistoryReader(project.root()).read();
        assertFalse(history.available());
        assertEquals(HistoryReader.NO_REPOSITORY, history.reason());
        assertTrue(history.fix().contains("fetch-depth: 0"), history.fix());
    }

    @Test
    void aShallowCloneIsReadFromItsOldestCommitAndSaysHowToFetchTheRest(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("origin"))) {
            Path clone = tmp.resolve("clone");
            try (Git shallow = Git.cloneRepository().setURI(repo.project().root().toUri().toString()).setDirectory(clone.toFile())
                    .setDepth(1).call()) {
                assertTrue(Files.size(clone.resolve(".git/shallow")) > 0, "JGit made a shallow clone");
            }
            History history = new HistoryReader(clone).read();
            assertTrue(history.available(), history.reason());
            assertEquals(List.of(), history.commits(), "the only commit is where the change log starts");
            Gap gap = history.gap();
            assertEquals(Gap.Cause.SHALLOW, gap.cause());
            assertEquals(repo.git().getRepository().resolve("HEAD").name(), gap.commit());
            assertEquals(LocalDate.of(2024, 4, 2), gap.date());
            String warning = history.warnings().get(0).format();
            assertTrue(warning.startsWith(".git: ") && warning.contains("git fetch --unshallow") && warning.contains("fetch-depth: 0")
                    && !warning.contains("\n"), warning);
        }
    }

    @Test
    void aRepositoryWithoutCommitsHasNoHistoryYet(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            History history = new HistoryReader(repo.project().root()).read();
            assertFalse(history.available());
            assertEquals(HistoryReader.NO_COMMITS, history.reason());
        }
    }

    @Test
    void aProjectInASubfolderReadsItsOwnData(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("repo");
        TestProject.fixture(root.resolve("site"));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Alles").setSign(false).call();
        }
        History history = new HistoryReader(root.resolve("site")).read();
        assertTrue(history.available(), history.reason());
        assertTrue(texts(history.commits().get(0)).contains("Project Leesspel toegevoegd"));
    }

    @Test
    void commitsOfTheSameSecondKeepTheOrderTheyLandedIn(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
            List<String> amounts = List.of("1260000", "1270000", "1280000", "1290000", "1300000");
            for (String amount : amounts) {
                repo.commit("2024-02-01T10:00:00Z", "Bedrag", "-- data/subsidies.yaml --\n"
                        + subsidies.replace("amount: 1250000.50", "amount: " + amount));
            }
            History history = new HistoryReader(repo.project().root()).read();
            assertEquals(List.of("€ 1.260.000", "€ 1.270.000", "€ 1.280.000", "€ 1.290.000", "€ 1.300.000"),
                    history.commits().stream().skip(1).map(c -> c.changes().get(0).nl().after().plain()).toList(),
                    "not by commit id");
        }
    }

    @Test
    void aMergeCountsAsOneChangeOnTheBranchItLandedOn(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            Git git = repo.git();
            git.branchCreate().setName("zijtak").call();
            git.checkout().setName("zijtak").call();
            repo.commit("2024-04-10T08:00:00Z", "Voorleesbus terug", VOORLEESBUS);
            git.checkout().setName("main").call();
            repo.commit("2024-04-11T08:00:00Z", "Alleen de sjablonen", "-- templates/ander.txt --\nniets\n");
            git.merge().include(git.getRepository().resolve("zijtak")).setMessage("Merge zijtak\n\ndetails")
                    .setCommit(true).call();

            History history = new HistoryReader(repo.project().root()).read();
            assertEquals(null, history.gap());
            DataCommit merge = history.commits().get(history.commits().size() - 1);
            assertEquals("Project Voorleesbus toegevoegd", merge.summary("nl"));
            assertEquals(List.of("Project Voorleesbus toegevoegd"), texts(merge));
            assertEquals(5, history.commits().size(), "the side branch's own commit is not listed apart");
        }
    }

    @Test
    void anOrphanBranchHasItsOwnHistory(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            repo.git().checkout().setOrphan(true).setName("opnieuw").call();
            repo.commit("2024-06-01T08:00:00Z", "Opnieuw begonnen", "");
            History history = new HistoryReader(repo.project().root()).read();
            assertTrue(history.available(), history.reason());
            assertEquals(null, history.gap(), "an orphan branch's first commit is a first commit, not a gap");
            assertEquals(1, history.commits().size());
            assertTrue(texts(history.commits().get(0)).contains("Project Leesspel toegevoegd"));
        }
    }

    @Test
    void anUnbornBranchBesideOthersHasNoHistoryYetAndTheBuildSucceeds(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            RefUpdate head = repo.git().getRepository().updateRef(Constants.HEAD);
            assertEquals(RefUpdate.Result.FORCED, head.link("refs/heads/nog-niets"));
            History history = new HistoryReader(repo.project().root()).read();
            assertFalse(history.available());
            assertEquals(HistoryReader.NO_COMMITS, history.reason());
            TestProject.Run run = repo.project().build(tmp.resolve("site"));
            assertEquals(0, run.exitCode(), run.err());
        }
    }

    @Test
    void aGitFileInsteadOfAFolderIsFollowed(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        try (Git git = Git.init().setDirectory(project.root().toFile()).setGitDir(tmp.resolve("elders.git").toFile())
                .setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Alles").setSign(false).call();
        }
        assertTrue(Files.isRegularFile(project.path(".git")), "a worktree-style .git file");
        History history = new HistoryReader(project.root()).read();
        assertTrue(history.available(), history.reason());
        assertEquals(null, history.gap());
        assertTrue(texts(history.commits().get(0)).contains("Project Leesspel toegevoegd"));
    }

    @Test
    void aMissingObjectStopsOnlyItsCommit(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            // The removed project's file exists only in the second commit: lose it, as a damaged clone would.
            RevCommit second;
            try (RevWalk walk = new RevWalk(repo.git().getRepository())) {
                walk.markStart(walk.parseCommit(repo.git().getRepository().resolve("HEAD")));
                List<RevCommit> all = new java.util.ArrayList<>();
                walk.forEach(all::add);
                second = all.get(all.size() - 2);
            }
            String blob;
            try (TreeWalk file = TreeWalk.forPath(repo.git().getRepository(), "data/projects/voorleesbus.yaml", second.getTree())) {
                blob = file.getObjectId(0).name();
            }
            Files.delete(repo.project().path(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2)));

            History history = new HistoryReader(repo.project().root()).read();
            assertTrue(history.available(), history.reason());
            assertFalse(history.commits().get(1).readable());
            assertEquals(List.of("De gegevens van deze commit konden niet gelezen worden: de git-repository is onvolledig of beschadigd."),
                    texts(history.commits().get(1)));
            assertEquals(List.of("Subsidie 2017 — bedrag: € 1.250.000,50 → € 1.260.000"), texts(history.commits().get(2)),
                    "the next commit is compared with the last one read");
            Gap gap = history.gap();
            assertEquals(Gap.Cause.UNREADABLE, gap.cause());
            assertEquals(history.commits().get(2).id(), gap.commit(), "complete from the first commit read after it");
            assertTrue(gap.detail().contains(blob), gap.detail());
        }
    }

    @Test
    void aTooLargeRecordFileInTheNewestCommitLeavesTheLogWithoutACompleteStart(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            String streaming = Files.readString(repo.project().path("data/projects/streaming.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-05-01T08:00:00Z", "Te groot", "-- data/projects/streaming.yaml --\n" + streaming + "# " + "x".repeat(1000) + "\n");
            History history = new HistoryReader(repo.project().root(), 700).read();
            Gap gap = history.gap();
            assertEquals(Gap.Cause.TOO_LARGE, gap.cause());
            assertEquals("data/projects/streaming.yaml", gap.file());
            assertEquals("", gap.commit());
            assertTrue(history.warnings().get(0).message().contains("not even the newest commit could be read"));
            DataCommit newest = history.commits().get(history.commits().size() - 1);
            assertEquals(List.of("De gegevens van deze commit konden niet gelezen worden: data/projects/streaming.yaml is te groot."),
                    texts(newest));
        }
    }

    @Test
    void aBrokenContentPageDoesNotHideTheRecordChangesOfItsCommit(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = fourCommits(tmp.resolve("project"))) {
            String streaming = Files.readString(repo.project().path("data/projects/streaming.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-05-01T08:00:00Z", "Stopgezet", "-- data/projects/streaming.yaml --\n"
                    + streaming.replace("status: scaled_up", "status: stopped") + "-- content/kapot.md --\ngeen front matter\n");
            History history = new HistoryReader(repo.project().root()).read();
            assertEquals(List.of("Project Voorstellingen streamen — status: opgeschaald → stopgezet"),
                    texts(history.commits().get(history.commits().size() - 1)));
        }
    }

    @Test
    void aRecordFileLinkedInsideTheProjectIsReadThroughItsLink(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            Path root = repo.project().root();
            Files.createDirectories(root.resolve("gedeeld"));
            Files.move(root.resolve("data/projects/streaming.yaml"), root.resolve("gedeeld/streaming.yaml"));
            Files.createSymbolicLink(root.resolve("data/projects/streaming.yaml"), Path.of("../../gedeeld/streaming.yaml"));
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            String streaming = Files.readString(root.resolve("gedeeld/streaming.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-02-01T10:00:00Z", "Opgeschaald", "-- gedeeld/streaming.yaml --\n"
                    + streaming.replace("status: experiment", "status: scaled_up") + VOORLEESBUS);

            History history = new HistoryReader(root).read();
            assertEquals(null, history.gap());
            assertTrue(texts(history.commits().get(0)).contains("Project Voorstellingen streamen toegevoegd"));
            assertEquals(List.of("Project Voorstellingen streamen — status: experiment → opgeschaald",
                    "Project Voorleesbus toegevoegd"), texts(history.commits().get(1)));
        }
    }

    @Test
    void aLinkedRecordFolderIsAGapNotARemoval(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            Path root = repo.project().root();
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            Files.move(root.resolve("data/services"), root.resolve("diensten"));
            Files.createSymbolicLink(root.resolve("data/services"), Path.of("../diensten"));
            repo.commit("2024-02-01T10:00:00Z", "Diensten verhuisd", "");

            History history = new HistoryReader(root).read();
            assertEquals(Gap.Cause.LINKED_FOLDER, history.gap().cause());
            assertEquals("data/services", history.gap().file());
            assertEquals("", history.gap().commit(), "the newest commit could not be read");
            assertFalse(history.commits().get(1).readable(), "not a removal of every service");
        }
    }

    private static List<String> texts(DataCommit commit) {
        return commit.changes().stream().map(Change::text).toList();
    }
}
