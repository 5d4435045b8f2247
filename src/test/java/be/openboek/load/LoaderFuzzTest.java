package be.openboek.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.build.Outcome;
import be.openboek.build.Build;
import be.openboek.problem.Problem;
import be.openboek.testing.TestProject;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing (Jazzer) of loading and validation: the fuzzer writes one record file of the
 * fixture organisation with bytes of its choice, and {@link Build#validate()} must never throw and must
 * point every problem at a file and a line inside it.
 *
 * <p>In a normal test run only the seed inputs in {@code src/test/resources/be/openboek/load/LoaderFuzzTestInputs/}
 * run (so the build stays fast and deterministic); {@code JAZZER_FUZZ=1 mvn test -Dtest=LoaderFuzzTest} fuzzes for
 * the time given below and stores any crashing input there as a new seed.
 */
class LoaderFuzzTest {

    private static final List<String> TARGETS = List.of("data/subsidies.yaml", "data/sources.yaml",
            "data/projects/leesspel.yaml", "data/services/leesspel-dienst.yaml", "data/organisation.yaml", "content/about.md");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    @TempDir
    static Path tmp;
    private static Path project;

    @FuzzTest(maxDuration = "60s")
    void loadingAnyBytesGivesAModelOrProblemsWithAPosition(FuzzedDataProvider data) throws IOException {
        Path root = project();
        String target = TARGETS.get(data.consumeInt(0, TARGETS.size() - 1));
        Path file = root.resolve(target);
        byte[] original = Files.readAllBytes(TestProject.FIXTURE.resolve(target));
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            Outcome outcome = new Build(root, TODAY).validate();
            for (Problem p : outcome.problems()) {
                assertFalse(p.file().isEmpty(), () -> "problem without a file: " + p.format());
                assertTrue(p.line() >= 0 && p.column() >= 0, () -> "negative position: " + p.format());
                Path named = root.resolve(p.file());
                if (p.line() > 0 && Files.isRegularFile(named)) {
                    long lines = lines(Files.readAllBytes(named));
                    assertTrue(p.line() <= lines, () -> "line outside the file (" + lines + " lines): " + p.format());
                }
            }
            assertTrue(outcome.ok() == (outcome.site() != null && outcome.problems().isEmpty()), "ok means a model and no problems");
        } finally {
            Files.write(file, original);
        }
    }

    /** Lines as YAML counts them: CR LF, CR, LF, NEL, LS and PS all end a line (found by this test: a lone CR). */
    private static long lines(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        return text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1).length;
    }

    /** One copy of the fixture for all inputs: each input changes one file and puts it back. */
    private static synchronized Path project() {
        if (project == null) {
            project = tmp.resolve("project");
            TestProject.copyTree(TestProject.FIXTURE, project);
        }
        return project;
    }
}
