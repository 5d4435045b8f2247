package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
