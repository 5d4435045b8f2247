package be.openboek.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.openboek.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk itself: what it takes, what it refuses and how it names them, without building anything. */
class SourceFilesTest {

    @TempDir
    Path tmp;

    @Test
    void takesFilesAndFoldersAlsoThroughLinksInsideTheProject() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(project.resolve("assets/img"));
        Files.writeString(project.resolve("assets/site.css"), "body{}");
        Files.writeString(project.resolve("assets/img/a.svg"), "<svg/>");
        Files.createDirectories(project.resolve("shared/icons"));
        Files.writeString(project.resolve("shared/icons/b.svg"), "<svg/>");
        link(project.resolve("assets/icons"), Path.of("../shared/icons"));
        Files.createSymbolicLink(project.resolve("assets/copy.css"), Path.of("site.css"));

        SourceFiles files = SourceFiles.scan(Files.createSymbolicLink(tmp.resolve("via"), project));

        assertTrue(files.problems().isEmpty(), files.problems().all()::toString);
        assertEquals(List.of("assets/copy.css", "assets/icons/b.svg", "assets/img/a.svg", "assets/site.css"), files.filesUnder("assets"));
        assertEquals(List.of("assets", "assets/icons", "assets/img"), files.foldersUnder("assets"));
        assertEquals(List.of("copy.css", "icons", "img", "site.css"), files.names("assets"));
        assertEquals(tmp.resolve("via/assets/copy.css"), files.path("assets/copy.css"));
    }

    @Test
    void refusesAFolderLinkBackToAFolderThatHoldsIt() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(project.resolve("content/en"));
        Files.writeString(project.resolve("content/about.md"), "---\ntitle: Over\n---\n");
        link(project.resolve("content/en/again"), Path.of(".."));
        Files.createSymbolicLink(project.resolve("content/project"), project);

        SourceFiles files = SourceFiles.scan(project);

        assertEquals(List.of("content/en/again", "content/project"), files.problems().all().stream().map(Problem::file).toList());
        assertEquals("expected a regular file or folder inside the project, found a symbolic link to a folder that holds it, which "
                + "would repeat without end", files.problems().all().get(0).message());
        assertEquals(List.of("content/about.md"), files.filesUnder("content"));
        assertEquals(List.of("project"), files.refusedIn("content"));
        assertTrue(files.refusal("content/en/again/about.md").isPresent(), "what lies under a refused folder is refused too");
        assertFalse(files.isFolder("content/en/again"));
    }

    @Test
    void refusesALinkOutOfTheProjectEvenFromALinkedFolderWithoutWalkingIt() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), "geheim: ja");
        Files.createDirectories(project.resolve("data"));
        link(project.resolve("data/projects"), outside);

        SourceFiles files = SourceFiles.scan(project);

        assertEquals(List.of(new Problem("data/projects", 0, 0, "", "expected a regular file or folder inside the project, found a "
                + "symbolic link to a folder outside it", "copy the folder into the project instead of linking to it, or delete the link")),
                files.problems().all());
        assertEquals(List.of(), files.list("data/projects"));
        assertEquals(List.of("projects"), files.refusedIn("data"));
    }

    @Test
    void aFolderOfThousandsOfRecordsIsLookedAtOnAllCoresAndTakenInOrder() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path records = Files.createDirectories(project.resolve("data/projects"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), "geheim: ja");
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 3 * SourceFiles.PARALLEL_FROM; i++) {
            String name = String.format("p-%04d.yaml", i);
            Files.writeString(records.resolve(name), "id: p-" + i + "\n".repeat(i % 7));
            expected.add("data/projects/" + name);
        }
        link(records.resolve("p-0100-link.yaml"), outside.resolve("secret.yaml"));
        link(records.resolve("p-0200-local.yaml"), Path.of("p-0001.yaml"));
        expected.add("data/projects/p-0200-local.yaml");
        expected.sort(null);

        SourceFiles files = SourceFiles.scan(project);

        assertEquals(List.of("data/projects/p-0100-link.yaml"), files.problems().all().stream().map(Problem::file).toList());
        assertEquals(expected, files.filesUnder("data"));
        for (String file : List.of("data/projects/p-0000.yaml", "data/projects/p-0013.yaml", "data/projects/p-0200-local.yaml")) {
            java.nio.file.attribute.BasicFileAttributes real = Files.readAttributes(project.resolve(file),
                    java.nio.file.attribute.BasicFileAttributes.class);
            assertEquals(new SourceFiles.Stamp(real.size(), real.lastModifiedTime()), files.stamp(file), file);
        }
        assertEquals(null, files.stamp("data/projects/p-0100-link.yaml"));
        assertEquals(null, files.stamp("data/projects"));
    }

    @Test
    void aMissingFolderIsNoProblem() {
        SourceFiles files = SourceFiles.scan(tmp.resolve("nothing-here"));

        assertTrue(files.problems().isEmpty());
        assertFalse(files.isFolder("data"));
        assertEquals(List.of(), files.filesUnder("assets"));
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "cannot make symbolic links here: " + e);
        }
    }
}
