package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit hooks in {@code .githooks} offer the public reason of a change: an empty {@code Toelichting:} line in
 * the editor when data/ or content/ change, removed again when left empty, and a reminder when such a commit has no
 * reason; what staff write there is the reason the change log shows. Runs the real git on the shipped hooks (not
 * the pre-commit validation, which needs the built jar).
 */
class CommitHooksTest {

    private static final String REMINDER = "commit-msg: deze commit verandert de gegevens zonder toelichting";

    @TempDir
    Path tmp;
    Path repo;
    Path offered;

    @BeforeEach
    void aRepositoryWithTheHooks() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Path hooks = tmp.resolve("hooks");
        Files.createDirectories(hooks);
        for (String hook : List.of("prepare-commit-msg", "commit-msg")) {
            Files.copy(TestProject.REPO.resolve(".githooks").resolve(hook), hooks.resolve(hook));
            assertTrue(hooks.resolve(hook).toFile().setExecutable(true));
        }
        offered = tmp.resolve("offered.txt");
        // The editor: saves the message git offers, types a subject on its first line and, when given, a reason.
        Files.writeString(tmp.resolve("editor.sh"), """
                cp "$1" "$OFFERED"
                awk -v s="$SUBJECT" -v r="$REASON" 'NR == 1 { print s $0; next }
                  /^Toelichting: *$/ && r != "" { print "Toelichting: " r; next } { print }' "$1" > "$1.new"
                mv "$1.new" "$1"
                """, StandardCharsets.UTF_8);
        git(List.of("init", "-q", "-b", "main"), Map.of());
        git(List.of("config", "core.hooksPath", hooks.toString()), Map.of());
        write("README.txt", "x\n");
        git(List.of("add", "."), Map.of());
        git(List.of("commit", "-q", "-m", "Begin"), Map.of());
    }

    @Test
    void theEditorOffersAToelichtingLineAndWhatIsWrittenThereIsTheReason() throws Exception {
        write("data/subsidies.yaml", "subsidies: []\n");
        git(List.of("add", "."), Map.of());
        String err = git(List.of("commit", "-q"), Map.of("SUBJECT", "Bedrag 2017", "REASON", "Volgens het jaarverslag 2018."));

        String shown = Files.readString(offered, StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\n\nToelichting: \n# Toelichting: schrijf hierboven"), shown);
        assertTrue(shown.contains("komt nooit op de site"), shown);
        assertEquals("Bedrag 2017\n\nToelichting: Volgens het jaarverslag 2018.\n", lastMessage());
        assertEquals("Volgens het jaarverslag 2018.", CommitText.trailer(lastCommit(), CommitText.REASON));
        assertFalse(err.contains(REMINDER), err);
    }

    @Test
    void anOfferedLineLeftEmptyIsRemovedAndTheCommitIsRemindedOfTheReason() throws Exception {
        write("content/projects/leesspel.md", "Een spel.\n");
        git(List.of("add", "."), Map.of());
        String err = git(List.of("commit", "-q"), Map.of("SUBJECT", "Leesspel beschreven", "REASON", ""));

        assertTrue(Files.readString(offered, StandardCharsets.UTF_8).contains("Toelichting: \n"));
        assertEquals("Leesspel beschreven\n", lastMessage(), "no empty trailer is left in the history");
        assertTrue(err.contains(REMINDER) && err.contains("-m \"Toelichting: Volgens het jaarverslag 2018.\""), err);
    }

    @Test
    void aMessageWrittenBeforehandIsLeftAsItIs() throws Exception {
        write("data/subsidies.yaml", "subsidies: []\n");
        git(List.of("add", "."), Map.of());
        String err = git(List.of("commit", "-q", "-m", "Bedrag 2017", "-m", "Explanation: As in the 2018 annual report."), Map.of());
        assertEquals("Bedrag 2017\n\nExplanation: As in the 2018 annual report.\n", lastMessage());
        assertFalse(err.contains(REMINDER), "an English reason counts too: " + err);

        write("src/Tool.java", "class Tool {}\n");
        git(List.of("add", "."), Map.of());
        err = git(List.of("commit", "-q"), Map.of("SUBJECT", "refactor: tool", "REASON", ""));
        assertFalse(Files.readString(offered, StandardCharsets.UTF_8).contains("Toelichting"), "no reason offered for code");
        assertEquals("refactor: tool\n", lastMessage());
        assertFalse(err.contains(REMINDER), err);

        write("data/subsidies.yaml", "subsidies: [ ]\n");
        git(List.of("add", "."), Map.of());
        err = git(List.of("commit", "-q", "-m", "Bedrag 2018"), Map.of());
        assertTrue(err.contains(REMINDER), err);
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(repo.resolve(file).getParent());
        Files.writeString(repo.resolve(file), text, StandardCharsets.UTF_8);
    }

    private String lastMessage() throws Exception {
        return lastCommit().getFullMessage();
    }

    private RevCommit lastCommit() throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    /** Runs git in the repository, without the machine's own git settings; returns what it wrote to stderr. */
    private String git(List<String> args, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Medewerker", "-c", "user.email=staff@example.org",
                "-c", "commit.gpgSign=false"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
        pb.environment().put("HOME", tmp.toString());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_EDITOR", "sh " + tmp.resolve("editor.sh"));
        pb.environment().put("OFFERED", offered == null ? "" : offered.toString());
        pb.environment().putAll(env);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = Files.createTempFile(tmp, "git", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "git " + args);
        String text = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "git " + args + ": " + text);
        return text;
    }
}
