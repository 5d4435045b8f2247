package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {

    @Test
    void shortTextDropsMarkdownMarksAndCutsAtAWord() {
        assertEquals("Een kop met een link en vet.", SearchIndexWriter.shorten("## Een kop\n\nmet [een link](https://x.example/a) en **vet**."));
        String cut = SearchIndexWriter.shorten("woord ".repeat(60));
        assertTrue(cut.endsWith("woord …") && cut.length() <= 162, cut);
        assertEquals("", SearchIndexWriter.shorten(null));
    }

    @Test
    void keepsAngleBracketsAsTextForTheScriptToShowWithTextContent() {
        assertEquals("<script>alert(1)</script>", SearchIndexWriter.shorten("<script>alert(1)</script>"));
    }

    @Test
    void unmatchedBracketsAndParenthesesTakeLinearTime() {
        // Any text field comes here, not only Markdown: a megabyte of openers once took hours.
        for (String text : new String[] {"[".repeat(1_000_000), "[(".repeat(500_000), "[a](".repeat(250_000), "[a](b(".repeat(160_000)}) {
            String shown = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SearchIndexWriter.shorten(text));
            assertTrue(shown.length() <= 162, shown);
        }
    }

    @Test
    void plainTextIsWhatTheMarkdownPatternsLeave() {
        // plain() skips a pattern when the text lacks the character it needs and removes marks in one pass: the same
        // as the patterns applied one after the other.
        String[] pieces = {"a", "é", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0", "#", "## ", ">", "*", "_", "`", "[", "]",
            "(", ")", "](", "[x](y)", "x"};
        java.util.Random random = new java.util.Random(16);
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>)\\s*");
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\[([^\\[\\]]*+)\\]\\((?:[^()]++|\\([^()]*+\\))*+\\)");
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String expected = link.matcher(heading.matcher(text).replaceAll("")).replaceAll("$1").replaceAll("[*_`]", "")
                    .replaceAll("\\s+", " ").strip();
            assertEquals(expected, SearchIndexWriter.plain(text.toString()), text.toString());
        }
    }

    @Test
    void aLinkTargetWithParenthesesIsDroppedWhole() {
        assertEquals("Zie de uitleg.", SearchIndexWriter.shorten("Zie [de uitleg](https://nl.example/wiki/Bieb_(Gent))."));
    }
}
