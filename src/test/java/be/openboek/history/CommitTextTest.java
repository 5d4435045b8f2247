package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

/** The public reason comes from a commit's trailers only, short and without control characters. */
class CommitTextTest {

    @Test
    void theReasonIsTheTrailerNeverTheSubjectOrTheBody() {
        RevCommit commit = commit("fix: bedrag 2017\n\nIntern: zie ticket 12.\n\nToelichting: Volgens het jaarverslag\n"
                + "  van 2018.\nSigned-off-by: Medewerker <staff@example.org>\nexplanation: According to the report.\n");
        assertEquals("Volgens het jaarverslag van 2018.", CommitText.trailer(commit, CommitText.REASON), "a folded line joins");
        assertEquals("According to the report.", CommitText.trailer(commit, CommitText.REASON_EN), "keys in any case");
        assertEquals("", CommitText.trailer(commit("Toelichting: in de onderwerpregel\n"), CommitText.REASON), "never the subject");
        assertEquals("", CommitText.trailer(commit("Onderwerp\n\nToelichting: in de tekst\n\nLaatste alinea.\n"), CommitText.REASON),
                "only the last paragraph holds trailers");
        assertEquals("Eerst. Dan.", CommitText.trailer(commit("Onderwerp\n\nToelichting: Eerst.\nToelichting: Dan.\n"),
                CommitText.REASON));
    }

    @Test
    void cutsALongReasonWithAnEllipsisNeverInsideASurrogatePair() {
        String exact = "a".repeat(CommitText.MAX_MESSAGE);
        assertEquals(exact, CommitText.trailer(commit("x\n\nToelichting: " + exact), CommitText.REASON), "300 characters fit");
        String cut = CommitText.cut("a".repeat(298) + "\uD83D\uDCDA" + "b".repeat(10));
        assertEquals("a".repeat(298) + "…", cut, "the emoji would end at 300 with the ellipsis at 301");
        String kept = CommitText.cut("a".repeat(297) + "\uD83D\uDCDA" + "b".repeat(10));
        assertEquals("a".repeat(297) + "\uD83D\uDCDA…", kept);
        assertTrue(kept.length() <= CommitText.MAX_MESSAGE);
    }

    @Test
    void dropsControlCharactersAndKeepsWordsApart() {
        assertEquals("Titel[2J en]0;x zo", CommitText.trailer(commit("x\n\nToelichting: Titel\u001b[2J en\u001b]0;x\u0007\tzo"),
                CommitText.REASON));
        assertEquals("een twee drie", CommitText.clean("een\u0085twee\u2028drie\u0000\u007f\u009b\uFFFF"));
        assertEquals("los", CommitText.clean("\uD800los\uDC00"), "lone surrogates are not text");
        assertEquals("boek \uD83D\uDCDA", CommitText.clean("boek \uD83D\uDCDA"), "pairs stay");
        assertEquals(" a b ", CommitText.scrub("\ta\u0001 b\n"), "a piece keeps its spaces");
    }

    /** A commit with {@code message}, parsed as git stores it. */
    private static RevCommit commit(String message) {
        return RevCommit.parse(("tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n"
                + "author A <a@example.org> 0 +0000\ncommitter A <a@example.org> 0 +0000\n\n" + message).getBytes(StandardCharsets.UTF_8));
    }
}
