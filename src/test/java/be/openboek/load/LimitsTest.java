package be.openboek.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.build.Outcome;
import be.openboek.build.Build;
import be.openboek.problem.Problem;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs too big or too deep to be a record are refused quickly and without reading them into memory.
 * The big files are made at run time (a sparse file costs no disk), so none is committed.
 */
class LimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final long BIG = 64L * 1024 * 1024;

    @Test
    void anOversizedDataFileIsRefusedFastWithoutBeingRead(@TempDir Path tmp) throws IOException {
        // A first check of a fixture, so that what the JVM sets up once (classes, the template engine) is not counted
        // below: run on its own, this test counted some 30 MB of it.
        assertTrue(new Build(TestProject.fixture(tmp.resolve("warm")).root(), TODAY).validate().ok());
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        makeBig(project.path("data/subsidies.yaml"), "subsidies:\n  - id: x\n");

        long[] allocated = new long[1];
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long before = allocatedBytes();
            List<Problem> found = new Build(project.root(), TODAY).validate().problems();
            allocated[0] = allocatedBytes() - before;
            return found;
        });

        assertEquals(List.of("data/subsidies.yaml: expected a record file of at most 1000 kB, found 67109 kB\n"
                + "  hint: check it is the right file; a record file is never that big"), lines(problems));
        // Loading the whole fixture allocates a few MB; reading the file would allocate at least its 64 MB.
        if (allocated[0] >= 0) {
            assertTrue(allocated[0] < BIG / 4, "allocated " + allocated[0] + " bytes");
        }
    }

    @Test
    void aFileJustUnderTheLimitStillLoads(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp);
        StringBuilder yaml = new StringBuilder("subsidies:\n");
        String record = """
                  - id: werking-%d
                    year: 2017
                    amount: 1200000.50
                    status: granted
                    purpose: Werking %d
                    funder: Vlaamse overheid
                    recipient: Proefhuis
                    sources: [vraag-2018]
                """;
        for (int i = 0; yaml.length() + record.length() + 8 < YamlTreeReader.MAX_FILE_BYTES; i++) {
            yaml.append(record.formatted(i, i));
        }
        Files.writeString(project.path("data/subsidies.yaml"), yaml, StandardCharsets.UTF_8);

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Build(project.root(), TODAY).validate());

        assertEquals(List.of(), lines(outcome.problems()));
        assertTrue(outcome.site().subsidies().size() > 5000, () -> "loaded " + outcome.site().subsidies().size());
    }

    @Test
    void oversizedMarkdownIsRefusedToo(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: experiment
                objective: Voorstellingen tonen.
                description_file: projects/streaming.md
                sources: [vraag-2018]
                """);
        makeBig(project.path("content/projects/streaming.md"), "# Streamen\n");
        makeBig(project.path("content/groot.md"), "---\ntitle: Groot\n---\n");

        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new Build(project.root(), TODAY).validate().problems());

        assertEquals(List.of(
                "content/groot.md: expected a page of at most 1000 kB, found 67109 kB\n"
                        + "  hint: check it is the right file; a page is never that big",
                "data/projects/streaming.yaml:5:19: description_file: expected a description of at most 1000 kB in "
                        + "content/projects/streaming.md, found 67109 kB\n"
                        + "  hint: check it is the right file; a description is never that big"), lines(problems));
    }

    @Test
    void deepNestingIsASyntaxErrorNotACrash(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp);
        Files.writeString(project.path("data/subsidies.yaml"), "subsidies: " + "[".repeat(200_000), StandardCharsets.UTF_8);

        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new Build(project.root(), TODAY).validate().problems());

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("data/subsidies.yaml", problems.get(0).file());
        assertEquals("data/subsidies.yaml:1:52: expected lists and mappings nested at most 40 levels deep, found deeper nesting\n"
                + "  hint: check the brackets [ ] and { } and the indentation", lines(problems).get(0));
    }

    @Test
    void aDescriptionLinkedFromOutsideContentIsRefused(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: experiment
                objective: Voorstellingen tonen.
                description_file: projects/streaming.md
                sources: [vraag-2018]
                """);
        Path secret = Files.writeString(tmp.resolve("secret.md"), "geheim", StandardCharsets.UTF_8);
        Files.createDirectories(project.path("content/projects"));
        try {
            Files.createSymbolicLink(project.path("content/projects/streaming.md"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to check
        }

        List<Problem> problems = new Build(project.root(), TODAY).validate().problems();

        assertEquals(List.of("content/projects/streaming.md: expected a regular file or folder inside the project, found a symbolic link "
                + "to a file outside it\n  hint: copy the file into the project instead of linking to it, or delete the link",
                "data/projects/streaming.yaml:5:19: description_file: expected a Markdown file inside content/, "
                + "found \"projects/streaming.md\", which the build does not read\n"
                + "  hint: see the problem reported for content/projects/streaming.md"), lines(problems));
    }

    /** A file of {@link #BIG} bytes that starts with {@code head}; sparse, so it is made at once. */
    private static void makeBig(Path file, String head) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, head, StandardCharsets.UTF_8);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(BIG);
        }
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(p -> p.format().replace(System.lineSeparator(), "\n")).toList();
    }

    /** Bytes allocated by this thread so far, or -1 when the JVM does not say. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled()) {
            return bean.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }
}
