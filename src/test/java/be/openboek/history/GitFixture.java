package be.openboek.history;

import be.openboek.testing.TestProject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A throw-away git repository around a {@link TestProject}, committed to with JGit at chosen times. */
public final class GitFixture implements AutoCloseable {

    private final Git git;
    private final TestProject project;

    private GitFixture(Git git, TestProject project) {
        this.git = git;
        this.project = project;
    }

    /** The fixture organisation in a new repository (nothing committed yet). */
    public static GitFixture init(Path dir) throws Exception {
        TestProject project = TestProject.fixture(dir);
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        return new GitFixture(git, project);
    }

    public TestProject project() {
        return project;
    }

    public Git git() {
        return git;
    }

    /** Writes the {@code -- path --} sections, then commits everything (deletions included) at {@code when}. */
    public RevCommit commit(String when, String message, String sections) throws Exception {
        project.write(sections);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Medewerker", "staff@example.org", Instant.parse(when), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
