package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Control characters (YAML escapes such as {@code "\x01"}, {@code "\e"}, {@code "\u0085"}, or raw in a file) in a
 * record value, a key, a list item, front matter or Markdown are an error with file, line, column, field and hint;
 * and nothing that reaches the terminal carries one, not even an echoed file name.
 */
class ControlCharactersTest {

    static final String ESCAPE_HINT = "  hint: delete the escape that writes it (such as \\x01, \\e or \\u0085 in double quotes); "
            + "only tabs and line breaks are allowed";
    static final String RAW_HINT = "  hint: delete it; retype the line if the editor does not show it";

    static TestProject.Run validate(Path dir, String sections) {
        return TestProject.fixture(dir).write(sections).run("validate");
    }

    static void assertProblem(TestProject.Run run, String problem, String hint) {
        List<String> lines = run.err().lines().toList();
        int at = lines.indexOf(problem);
        assertTrue(at >= 0, "expected the problem\n" + problem + "\nin\n" + run.err());
        assertEquals(hint, lines.get(at + 1), problem);
    }

    @Test
    void rejectsEscapedControlCharactersInAValueAKeyAndAListItem(@TempDir Path tmp) {
        TestProject.Run run = validate(tmp, """
                -- data/projects/streaming.yaml --
                id: streaming
                title: "Bie\\x01blo"
                "no\\ees": x
                status: experiment
                objective: Voorstellingen tonen in woonzorgcentra.
                themes: [lezen, "ga\\u0085mes"]
                sources: [vraag-2018]
                """);
        assertEquals(1, run.exitCode(), run.err());
        assertProblem(run, "data/projects/streaming.yaml:2:8: title: expected text without control characters, found U+0001 "
                + "(START OF HEADING) in \"Bie\\u0001blo\"", ESCAPE_HINT);
        assertProblem(run, "data/projects/streaming.yaml:3:1: no\\u001Bes: expected a key without control characters, found U+001B "
                + "(ESCAPE) in \"no\\u001Bes\"", ESCAPE_HINT);
        assertProblem(run, "data/projects/streaming.yaml:6:17: themes[1]: expected text without control characters, found U+0085 "
                + "(NEXT LINE (NEL)) in \"ga\\u0085mes\"", ESCAPE_HINT);
    }

    @Test
    void rejectsControlCharactersInFrontMatterAndMarkdown(@TempDir Path tmp) {
        TestProject.Run run = validate(tmp, """
                -- content/about.md --
                ---
                title: "Over\\x01"
                ---
                Dit is een **testpagina**.

                Tekst met een bel\u0007 en \u001B[2J.
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: experiment
                objective: Voorstellingen tonen in woonzorgcentra.
                description_file: projects/streaming.md
                sources: [vraag-2018]
                -- content/projects/streaming.md --
                Een beschrijving,
                met een \u007F erin.
                """);
        assertEquals(1, run.exitCode(), run.err());
        assertProblem(run, "content/about.md:2:8: title: expected text without control characters, found U+0001 (START OF HEADING)"
                + " in \"Over\\u0001\"", ESCAPE_HINT);
        assertProblem(run, "content/about.md:6:18: expected text without control characters, found the invisible character U+0007 (BEL)",
                RAW_HINT);
        assertProblem(run, "content/about.md:6:23: expected text without control characters, found the invisible character U+001B (ESCAPE)",
                RAW_HINT);
        assertProblem(run, "content/projects/streaming.md:2:9: expected text without control characters, found the invisible character"
                + " U+007F (DELETE)", RAW_HINT);
    }

    @Test
    void rejectsARawNextLineInYamlWithItsPositionAndField(@TempDir Path tmp) {
        TestProject.Run run = validate(tmp, """
                -- data/subsidies.yaml --
                subsidies:
                  - id: 2016-werking
                    year: 2016
                    amount: 1200000
                    status: granted
                    purpose: Wer\u0085king
                    funder: Vlaamse overheid
                    recipient: Proefhuis
                    sources: [vraag-2018]
                """);
        assertEquals(1, run.exitCode(), run.err());
        assertProblem(run, "data/subsidies.yaml:6:17: subsidies[0].purpose: expected text without control characters, found the invisible"
                + " character U+0085 (NEXT LINE (NEL))", RAW_HINT);
    }

    @Test
    void theTerminalNeverReceivesAControlCharacter(@TempDir Path tmp) throws Exception {
        // ESC ] 0 ; ... BEL retitles the terminal, ESC [ 2 J clears the screen, CSI (U+009B) starts a command on its own,
        // a lone CR goes back to the start of the line: all would let a crafted value fake a clean run in a CI log.
        String attack = "\\e]0;pwned\\a\\e[2J\\u009B2J\\rAll good";
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/subsidies.yaml --
                subsidies:
                  - id: 2016-werking
                    year: "%1$s"
                    amount: 1200000
                    status: granted
                    purpose: "%1$s"
                    "%1$s": x
                    funder: Vlaamse overheid
                    recipient: Proefhuis
                    sources: [vraag-2018]
                """.formatted(attack));
        Files.writeString(project.path("content/x\u001B]0;pwned\u0007.md"), "---\ntitle: x\n---\n");
        for (TestProject.Run run : List.of(project.run("validate"), project.build(tmp.resolve("site")))) {
            assertEquals(1, run.exitCode(), run.err());
            String printed = run.out() + run.err();
            for (char c : new char[] {'\u001B', '\u0007', '\u009B', '\u0001'}) {
                assertEquals(-1, printed.indexOf(c), String.format("U+%04X reached the terminal:%n%s", (int) c, printed));
            }
            assertTrue(printed.replace("\r\n", "\n").indexOf('\r') < 0, "no lone carriage return:\n" + printed);
            assertTrue(printed.contains("\\u001B]0;pwned\\u0007\\u001B[2J\\u009B2J\\u000DAll good"), "shown visibly:\n" + printed);
            assertTrue(printed.contains("content/x\\u001B]0;pwned\\u0007.md"), "a file name is shown visibly too:\n" + printed);
        }
    }

    @Test
    void aLibrarysLogLineCannotCarryOneEither() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggerFactory.getLogger("hardening.test").error("cannot read x\u001B]0;pwned\u0007\r.yaml",
                    new IllegalStateException("in \u001B[2J"));
        } finally {
            System.setErr(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("cannot read x?]0;pwned??.yaml"), printed);
        assertTrue(printed.contains("in ?[2J"), printed);
        assertEquals(-1, printed.indexOf('\u001B'), printed);
        assertEquals(-1, printed.indexOf('\u0007'), printed);
    }
}
