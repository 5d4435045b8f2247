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
    void aLinkTargetWithParenthesesIsDroppedWhole() {
        assertEquals("Zie de uitleg.", SearchIndexWriter.shorten("Zie [de uitleg](https://nl.example/wiki/Bieb_(Gent))."));
    }
}
