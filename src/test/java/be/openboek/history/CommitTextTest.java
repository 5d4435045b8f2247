package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Commit messages become a short first line without control characters. */
class CommitTextTest {

    @Test
    void keepsOnlyTheFirstLine() {
        assertEquals("Bedrag 2017 gecorrigeerd", CommitText.firstLine("\n  Bedrag 2017 gecorrigeerd\r\nVolgens het jaarverslag.\n"));
        assertEquals("", CommitText.firstLine(""));
    }

    @Test
    void cutsALongLineWithAnEllipsisNeverInsideASurrogatePair() {
        String exact = "a".repeat(CommitText.MAX_MESSAGE);
        assertEquals(exact, CommitText.firstLine(exact), "300 characters fit");
        String cut = CommitText.firstLine("a".repeat(298) + "\uD83D\uDCDA" + "b".repeat(10));
        assertEquals("a".repeat(298) + "…", cut, "the emoji would end at 300 with the ellipsis at 301");
        String kept = CommitText.firstLine("a".repeat(297) + "\uD83D\uDCDA" + "b".repeat(10));
        assertEquals("a".repeat(297) + "\uD83D\uDCDA…", kept);
        assertTrue(kept.length() <= CommitText.MAX_MESSAGE);
    }

    @Test
    void dropsControlCharactersAndKeepsWordsApart() {
        assertEquals("Titel[2J en]0;x zo", CommitText.firstLine("Titel\u001b[2J en\u001b]0;x\u0007\tzo"));
        assertEquals("een twee drie", CommitText.clean("een\u0085twee\u2028drie\u0000\u007f\u009b\uFFFF"));
        assertEquals("los", CommitText.clean("\uD800los\uDC00"), "lone surrogates are not text");
        assertEquals("boek \uD83D\uDCDA", CommitText.clean("boek \uD83D\uDCDA"), "pairs stay");
    }
}
