package be.openboek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.markdown.MarkdownLimits.Excess;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scan refuses nesting and runs beyond the bounds at the right line and column, and lets through what real texts
 * hold even where it looks like nesting: rules of many marks, code, autolinks, HTML that closes itself.
 */
class MarkdownLimitsTest {

    private static Optional<Excess> check(String text) {
        return MarkdownLimits.check(text);
    }

    private static void assertRefusedAt(int line, int column, String text) {
        Excess excess = check(text).orElseThrow(() -> new AssertionError("passed: " + text.substring(0, Math.min(60, text.length()))));
        assertEquals(List.of(line, column), List.of(excess.line(), excess.column()), excess.message());
    }

    @Test
    void theShippedPagesPass() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(TestProject.REPO.resolve("content")), Files.walk(TestProject.FIXTURE))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertTrue(files.size() >= 5, files.toString());
        for (Path file : files) {
            assertEquals(Optional.empty(), check(Files.readString(file, StandardCharsets.UTF_8)), file.toString());
        }
    }

    @Test
    void whatLooksDeepButIsNotPasses() {
        for (String text : List.of(
                "* ".repeat(40),
                "_".repeat(80) + "\n\nNaam: " + "_".repeat(40),
                "```\n" + "[".repeat(100) + " " + ">".repeat(100) + "\n```\n",
                ("Gebruik `<div>` en `[`.\n").repeat(40),
                ("<https://a.example/> <info@a.example>\n").repeat(40),
                ("a<br>b<p>c<li>d<img src=x>\n").repeat(40),
                ("<div>blok</div>\n\n").repeat(40),
                ("**vet** en *schuin* en ~~weg~~ en snake_case_woord en 2*3*4\n").repeat(40),
                ("[link](https://a.example/) ![beeld](b.png) [^1] [ ] [x]\n").repeat(40),
                ("- een\n  - twee\n- drie\n").repeat(100),
                ("> citaat\n> > dieper\n\n").repeat(100))) {
            assertEquals(Optional.empty(), check(text), text.substring(0, Math.min(60, text.length())));
        }
    }

    @Test
    void nestingBeyondTheBoundIsRefusedWhereItStarts() {
        assertRefusedAt(2, 33, "x\n" + ">".repeat(40) + " y");
        assertRefusedAt(1, 65, "- ".repeat(40) + "y");
        StringBuilder indented = new StringBuilder("intro\n\n");
        for (int level = 0; level < 40; level++) {
            indented.append("  ".repeat(level)).append("- ").append(level).append('\n');
        }
        assertRefusedAt(35, 65, indented.toString());
        assertRefusedAt(1, 34, "[".repeat(20) + " " + "[".repeat(20));
        assertRefusedAt(1, 97, "*a _a ".repeat(20));
        assertRefusedAt(3, 193, "a\n\n" + "<span>".repeat(40));
    }

    @Test
    void aFenceInsideAListDoesNotHideWhatFollowsIt() {
        // The list item ends at the unindented line, and its fence with it: the quotes are Markdown again.
        assertRefusedAt(2, 33, "- ```\n" + ">".repeat(40) + " y\n");
    }

    @Test
    void runsSizeAndLinesAreBounded() {
        assertRefusedAt(2, 3, "x\nab" + "=".repeat(501));
        assertRefusedAt(1, 1, "` ".repeat(501));
        assertTrue(check("x".repeat(MarkdownLimits.MAX_CHARS)).isEmpty());
        assertTrue(check("x".repeat(MarkdownLimits.MAX_CHARS + 1)).get().message().contains("at most 1,000,000 characters"));
        assertRefusedAt(5_001, 0, "a\n".repeat(6_000));
        assertRefusedAt(20_001, 0, "a\n\n".repeat(11_000));
    }
}
