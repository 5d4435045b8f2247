package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.openboek.hardening.SpreadsheetReading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulasTest {

    /** Texts that become a formula in some spreadsheet under some split, on their own or in the middle of a text. */
    static final List<String> HOSTILE = List.of("Bieblo;=1+1", " =1+1", "\t=cmd", "a\t=cmd", "a,@SUM(A1)", "x|-2+3",
            "\uFF1D1+1", "Bieblo;\uFF20SUM(A1)", "a;\uFF0B1", "a;\uFF0D1", "regel\n=1+1", "regel\r\n+cmd", "a; \u00A0=1",
            "\u200B=1", "a.=1", "a:=1", "(=1)", "\"=1\"", "a -1+2", "a =A1", "a;\t-1", "=-=+1", "@@x", "Kosten: -5 %",
            "'=1");

    @Test
    void putsAQuoteMarkRightBeforeEachTriggerAReaderCouldPutAtTheStartOfACell() {
        assertEquals("Bieblo;'=1+1", Formulas.neutralise("Bieblo;=1+1"));
        assertEquals(" '=1+1", Formulas.neutralise(" =1+1"));
        assertEquals("'\t'=cmd", Formulas.neutralise("\t=cmd"));
        assertEquals("a\t'=cmd", Formulas.neutralise("a\t=cmd"), "a value after a tab separator");
        assertEquals("'\uFF1D1+1", Formulas.neutralise("\uFF1D1+1"), "full-width equals sign");
        assertEquals("Bieblo;'\uFF20SUM(A1)", Formulas.neutralise("Bieblo;\uFF20SUM(A1)"));
        assertEquals("regel\n'=1+1", Formulas.neutralise("regel\n=1+1"));
        assertEquals("a '-1+2", Formulas.neutralise("a -1+2"), "a space-separated reader");
        assertEquals("a;'\rb", Formulas.neutralise("a;\rb"));
    }

    @Test
    void leavesOrdinaryTextReadable() {
        for (String text : List.of("Werking", "2016 - 2020", "e-boeken", "info@bib.example", "Gent-Zuid", "1+1=2", "'s-Gravenhage",
                "Eerste regel.\nTweede regel.", "A -- B", "x = y", "Bibliotheek (Gent)", "Zie: www.example.be",
                "e\u0301=1")) {
            assertEquals(text, Formulas.neutralise(text));
        }
    }

    @Test
    void noSplitOfANeutralisedTextStartsAFormula() {
        List<String> found = new ArrayList<>();
        for (String text : HOSTILE) {
            List<String> before = SpreadsheetReading.formulas(text);
            List<String> after = SpreadsheetReading.formulas(Formulas.neutralise(text));
            if (before.isEmpty() && !text.equals("'=1")) {
                found.add("not hostile: " + text);
            }
            after.forEach(f -> found.add(text + " -> " + f));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void keepsWebAddressesWorking() {
        assertEquals("https://social.example/@bib/-/x?a=1&b=-2", Formulas.neutraliseAddress("https://social.example/@bib/-/x?a=1&b=-2"));
        assertEquals("https://evil.example/a;'=HYPERLINK(1)", Formulas.neutraliseAddress("https://evil.example/a;=HYPERLINK(1)"));
        assertEquals("https://evil.example/a,'+1", Formulas.neutraliseAddress("https://evil.example/a,+1"));
    }
}
