package be.openboek.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an output folder may lie, with the home folder given by the test (the real one is never named), and paths
 * taken as the file system takes them. Nothing is built here: {@link OutputFolder#of} only looks.
 */
class OutputFolderTest {

    @Test
    void refusesTheHomeFolderAndAFolderHoldingItButNotAFolderInside(@TempDir Path tmp) throws Exception {
        Path project = Files.createDirectories(tmp.resolve("work/project"));
        Path home = Files.createDirectories(tmp.resolve("users/me"));
        List<Path> homes = List.of(home);

        OutputFolder.Refused refused = assertThrows(OutputFolder.Refused.class, () -> OutputFolder.of(project, home, true, homes));
        assertEquals(home.toString(), refused.problem().file());
        assertEquals("cannot write the site here: it is your home folder", refused.problem().message());
        assertEquals("cannot write the site here: it holds your home folder " + home,
                assertThrows(OutputFolder.Refused.class, () -> OutputFolder.of(project, tmp.resolve("users"), false, homes))
                        .problem().message());
        assertEquals(home.resolve("site"), OutputFolder.of(project, home.resolve("site"), false, homes).path());
    }

    @Test
    void followsALinkBeforeGoingUpADotDot(@TempDir Path tmp) throws Exception {
        Path project = Files.createDirectories(tmp.resolve("x/project"));
        Files.createDirectories(project.resolve("data/sub"));
        Path jump = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("y")).resolve("jump"), project.resolve("data/sub"));
        Path output = jump.resolve("../site");
        // Written out, it reads as y/site; on disk it is data/site inside the project.
        assertEquals(tmp.resolve("y/site"), output.normalize());
        assertEquals(project.resolve("data/site"), RealPath.of(output));

        OutputFolder.Refused refused = assertThrows(OutputFolder.Refused.class, () -> OutputFolder.of(project, output, true, List.of()));
        assertEquals(project.resolve("data/site").toString(), refused.problem().file());
        assertEquals("cannot write the site here (" + output + " leads there): it lies in the project's data/ folder, which the "
                + "build reads", refused.problem().message());
    }

    @Test
    void takesAPathThatDoesNotExistYetByName(@TempDir Path tmp) throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        assertEquals(tmp.resolve("out/site"), RealPath.of(tmp.resolve("new/../out/./site")));
        assertEquals(project.resolve("target/site"), OutputFolder.of(project, project.resolve("target/site"), false, List.of()).path());
    }
}
