package be.openboek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code src/test/resources/bad-input/} is the fixture organisation with one
 * defect: its files replace the fixture's, {@code remove.txt} lists fixture files to delete, and
 * {@code expected-errors.txt} holds the exact problem lines the build must print. The build must
 * exit 1 and leave the previous site exactly as it was.
 */
class BadInputTest {

    static final Path CASES = TestProject.REPO.resolve("src/test/resources/bad-input");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheDefectAndLeavesTheSiteUntouched(String name, @TempDir Path tmp) throws IOException {
        Path caseDir = CASES.resolve(name);
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        TestProject.copyTree(caseDir, project.root());
        Files.deleteIfExists(project.path("expected-errors.txt"));
        Path remove = caseDir.resolve("remove.txt");
        if (Files.exists(remove)) {
            for (String line : Files.readAllLines(remove)) {
                if (!line.isBlank()) {
                    Files.deleteIfExists(project.path(line.strip()));
                }
            }
            Files.delete(project.path("remove.txt"));
        }
        Path output = tmp.resolve("out/site");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "previous site", StandardCharsets.UTF_8);
        SortedMap<String, byte[]> before = TestProject.snapshot(output.getParent());

        TestProject.Run run = project.build(output);

        List<String> expected = Files.readAllLines(caseDir.resolve("expected-errors.txt"), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", run.problemLines()), "problems printed for " + name);
        assertEquals(1, run.exitCode(), "exit code");
        assertTrue(run.err().strip().endsWith("nothing was written to " + output), "closing line: " + run.err());
        assertTrue(!run.err().contains("\tat ") && !run.err().contains("Exception"), "no stack trace: " + run.err());
        SortedMap<String, byte[]> after = TestProject.snapshot(output.getParent());
        after.remove("." + output.getFileName() + ".lock"); // the empty lock file stays beside the output by design (BuildLock)
        assertEquals(before.keySet(), after.keySet(), "files in the output folder");
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), after.get(file), file);
        }
        try (Stream<Path> left = Files.list(output.getParent())) {
            assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".site.lock")).sorted().toList(),
                    "no temporary folders left");
        }
    }
}
