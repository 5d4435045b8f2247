package be.openboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.build.Build;
import be.openboek.testing.TestProject;
import be.openboek.timing.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressLineTest {

    @Test
    void aLongStageShowsItsPagesDoneOutOfTheTotalOnOneLineThenWipesIt() throws Exception {
        Progress progress = new Progress();
        progress.begin("record pages", 10);
        progress.step();
        progress.step();
        progress.step();
        StringWriter text = new StringWriter();
        try (ProgressLine line = ProgressLine.start(new PrintWriter(text), progress, true, Duration.ZERO, Duration.ofMillis(5))) {
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!text.toString().contains("record pages 3/10 (30%)") && System.nanoTime() < until) {
                Thread.sleep(5);
            }
        }
        String shown = text.toString();
        assertTrue(shown.startsWith("\r\u001B[Kopenboek: record pages 3/10 (30%)"), shown);
        assertTrue(shown.endsWith("\r\u001B[K"), "the line is wiped at the end: " + shown);
        assertFalse(shown.contains("\n"), "one updating line, never a new one: " + shown);
    }

    @Test
    void nothingIsShownWhenNotOnATerminalOrBeforeTheDelay() throws Exception {
        Progress progress = new Progress();
        progress.begin("record pages", 10);
        StringWriter off = new StringWriter();
        try (ProgressLine line = ProgressLine.start(new PrintWriter(off), progress, false, Duration.ZERO, Duration.ofMillis(5))) {
            Thread.sleep(50);
        }
        assertEquals("", off.toString());
        StringWriter quick = new StringWriter();
        try (ProgressLine line = ProgressLine.start(new PrintWriter(quick), progress, true, Duration.ofSeconds(30), Duration.ofMillis(5))) {
            Thread.sleep(50);
        }
        assertEquals("", quick.toString(), "a build quicker than the delay shows nothing, not even the wipe");
    }

    @Test
    void countsAreWrittenAsTheSiteWritesThem() {
        assertEquals("openboek: record pages 1.234/100.000 (1%)", ProgressLine.text(new Progress.Snapshot("record pages", 1234, 100_000)));
        assertEquals("openboek: checksums", ProgressLine.text(new Progress.Snapshot("checksums", 0, 0)));
    }

    /** The build marks its stages as they begin and counts the pages it renders. */
    @Test
    void aBuildReportsItsStagesAndPages(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        Build build = new Build(project.root(), LocalDate.of(2026, 11, 30));
        Progress progress = build.timings().progress();
        assertTrue(build.build(tmp.resolve("site")).ok());
        assertEquals("publish", progress.now().stage(), "the last stage");
        // The fixture has two projects and a service (at least), each with a page in two languages; every page counted.
        Progress.Snapshot pages = progress.ended().stream().filter(p -> p.stage().equals("record pages")).findFirst().orElseThrow();
        assertTrue(pages.total() >= 6 && pages.done() == pages.total(), "record pages: " + pages);
        assertTrue(progress.ended().stream().anyMatch(p -> p.stage().equals("list pages") && p.total() > 0 && p.done() == p.total()),
                progress.ended().toString());
    }

    /** On a terminal with standard error sent to a log file or a pipe ({@code 2>build.log}), the log gets no progress. */
    @Test
    void standardErrorCountsAsATerminalOnlyWhenItIsOne() {
        assertTrue(ProgressLine.errorIsTerminal(true, () -> "/dev/pts/3"));
        assertTrue(ProgressLine.errorIsTerminal(true, () -> "/dev/tty1"));
        assertFalse(ProgressLine.errorIsTerminal(true, () -> "/home/staff/build.log"));
        assertFalse(ProgressLine.errorIsTerminal(true, () -> "pipe:[40211]"));
        assertFalse(ProgressLine.errorIsTerminal(true, () -> "/dev/null"));
        // Where the system does not say, the console decides.
        assertTrue(ProgressLine.errorIsTerminal(true, () -> null));
        assertFalse(ProgressLine.errorIsTerminal(false, () -> "/dev/pts/3"));
    }

    /** Under Maven, standard error is no terminal: a build prints no progress, and --quiet prints nothing on success. */
    @Test
    void aBuildWhoseOutputIsNotATerminalPrintsNoProgress(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        TestProject.Run run = project.build(tmp.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("\r") || run.err().contains("openboek: "), run.err());
        TestProject.Run quiet = TestProject.Run.of("build", "--quiet", "--source", project.root().toString(),
                "--output", tmp.resolve("quiet").toString());
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.out() + quiet.err());
    }
}
