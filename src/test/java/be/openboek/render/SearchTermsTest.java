package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.format.Language;
import be.openboek.model.Fields;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The terms the search index holds: one spelling per number, light stems, hyphens both ways (search.js cuts queries alike). */
class SearchTermsTest {

    private static Set<String> terms(String text, Language language) {
        Set<String> terms = new TreeSet<>();
        SearchTerms.add(text, language, terms);
        return terms;
    }

    @Test
    void anAmountIsOneTermHoweverItIsWritten() {
        for (String written : List.of("3916000", "3.916.000", "3 916 000", "3\u202f916\u202f000", "€ 3.916.000", "3,916,000 euro")) {
            assertTrue(terms(written, Language.NL).contains("3916000"), written + ": " + terms(written, Language.NL));
        }
        assertEquals(Set.of("0.27152", "euro"), terms("0,27152 euro", Language.NL));
        assertEquals(Set.of("0.27152"), terms("0.27152", Language.EN));
        assertEquals(Set.of("0.3267"), terms("0,32670", Language.NL), "a fraction's trailing zeros do not count");
        assertEquals(List.of("3916", "3.916"), SearchTerms.numbers("3.916"), "one separator before three digits: either");
        assertEquals(List.of("3916000.5"), SearchTerms.numbers("3.916.000,50"));
        assertEquals(List.of("3916000.5"), SearchTerms.numbers("3,916,000.50"));
        assertEquals(List.of("0.246"), SearchTerms.numbers("0,246"), "a leading zero is never a thousands group");
    }

    @Test
    void numbersInsideIdsAndSentencesStayApart() {
        assertEquals(Set.of("2016werking", "2016", "werking"), terms("2016-werking", Language.NL));
        assertTrue(terms("op 17 september 2020 met 165 bibliotheken.", Language.NL).containsAll(Set.of("17", "2020", "165")));
        assertTrue(terms("in 2019 165 leden", Language.NL).containsAll(Set.of("2019", "165")), "a year before a number stays a year");
        assertTrue(terms("einde 2017.", Language.NL).contains("2017"), "a full stop after a number is not a decimal point");
    }

    @Test
    void wordsAreFoldedAndStemmedAndHyphensGoBothWays() {
        assertEquals(Set.of("eboek", "boek"), terms("e-boeken", Language.NL));
        assertEquals(Set.of("ebok", "bok"), terms("E-books", Language.EN), "one letter alone is no term; doubled vowels once");
        assertEquals(terms("e-book", Language.EN), terms("e-books", Language.EN));
        assertEquals(terms("bibliotheek", Language.NL), terms("bibliotheken", Language.NL));
        assertEquals(terms("gemeente", Language.NL), terms("gemeenten", Language.NL));
        assertEquals(terms("huis", Language.NL), terms("huizen", Language.NL));
        assertEquals(terms("library", Language.EN), terms("libraries", Language.EN));
        assertEquals(terms("geevalueerd", Language.NL), terms("geëvalueerd", Language.NL));
        assertEquals(terms("partner", Language.NL), terms("partners", Language.NL));
        assertEquals(terms("subsidie", Language.NL), terms("subsidies", Language.NL));
        assertEquals(Set.of("status"), terms("status", Language.NL), "an s that is no plural stays");
        assertTrue(terms("Cultuurconnect's", Language.EN).contains(SearchTerms.stem("cultuurconnect", Language.EN)));
    }

    @Test
    void aRecordIsFoundByEveryFieldInTheIndexLanguageButNotByWhatItCites() {
        Fields partner = Fields.of("name", "ARhus", "place", "Roeselare");
        Fields record = Fields.of("id", "ebook-pilot", "title", "E-boekenpilot", "title_en", "E-book pilot", "amount",
                new BigDecimal("0.27152"), "partners", List.of(partner), "sources", List.of("knack-2017-05"),
                "url", "https://example.org/x");
        Set<String> dutch = new TreeSet<>();
        SearchTerms.addFields(record, Language.NL, dutch);
        assertTrue(dutch.containsAll(Set.of("ebokpilot", "ebok", "pilot", "eboekenpilot", "0.27152", "arhus", "roeselar")), dutch.toString());
        assertFalse(dutch.contains("knack") || dutch.contains("https"), dutch.toString());
        Set<String> english = new TreeSet<>();
        SearchTerms.addFields(record, Language.EN, english);
        assertTrue(english.contains("pilot") && !english.contains("eboekenpilot"), "the English index has the English title: " + english);
    }

    @Test
    void aMarkdownTextIsReadWithoutItsLinkTargets() {
        Set<String> terms = new TreeSet<>();
        SearchTerms.addFields(Fields.of("description", "Zie [de uitleg](https://x.example/wiki) over **Gistel**."), Language.NL, terms);
        assertTrue(terms.contains("gistel") && terms.contains("uitleg"), terms.toString());
        assertFalse(terms.contains("https") || terms.contains("wiki"), terms.toString());
    }

    @Test
    void theWordScanFindsWhatTheWordPatternFinds() {
        // Letters of several scripts and planes, digits (ASCII and not), every joining mark, spaces and punctuation.
        String[] pieces = {"a", "Z", "é", "ß", "\u0301", "ж", "\u05d0", "\ud835\udc9c", "\ud83d\ude00", "\ud835", "\udc9c", "0", "9",
            "\u0663", "-", "'", "\u2019", " ", "\u00a0", ".", ",", "_", "\n", "--", "a-", "-b"};
        java.util.Random random = new java.util.Random(16);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            text.append(round % 50 == 0 ? "a-b".repeat(25) : "");
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher word = SearchTerms.WORD.matcher(text);
            while (word.find()) {
                expected.add(word.group());
            }
            List<String> found = new java.util.ArrayList<>();
            SearchTerms.eachWord(text, found::add);
            assertEquals(expected, found, text.toString());
        }
    }

    @Test
    void theNumberScanFindsWhatTheNumberPatternFinds() {
        // Digits, every separator a number may have, what may not stand before or after one, letters and marks.
        String[] pieces = {"1", "0", "9", "12", "123", "1234", "\u0663", ".", ",", " ", "\u00a0", "\u202f", "-", "a", "é", "e\u0301",
            "\ud835\udc9c", "'", "x-", "-1", "3.916.000", "0,27152", "3 916 000", "2019 165", "\n"};
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                built.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = built.toString();
            List<String> expected = new java.util.ArrayList<>();
            StringBuilder expectedRest = new StringBuilder();
            java.util.regex.Matcher number = SearchTerms.NUMBER.matcher(text);
            while (number.find()) {
                expected.add(number.start() + ":" + number.group());
                number.appendReplacement(expectedRest, " ");
            }
            number.appendTail(expectedRest);
            List<String> found = new java.util.ArrayList<>();
            StringBuilder rest = new StringBuilder();
            int end = SearchTerms.eachNumber(text, (from, to) -> found.add(from + ":" + text.substring(from, to)),
                    (from, to) -> rest.append(text, from, to).append(' '));
            rest.append(text, end, text.length());
            assertEquals(expected, found, text);
            assertEquals(expectedRest.toString(), rest.toString(), text);
        }
    }

    @Test
    void foldingRemovesEveryMarkThePatternRemoved() {
        String[] pieces = {"a", "É", "ë", "e\u0301", "\u20dd", "\u0903", "ß", "İ", "Ж", "\ud835\udc9c", "ﬁ", "Å", "\u0345", " ", "1"};
        java.util.Random random = new java.util.Random(18);
        java.util.regex.Pattern marks = java.util.regex.Pattern.compile("\\p{M}+");
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String expected = marks.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(java.util.Locale.ROOT);
            assertEquals(expected, SearchTerms.fold(text.toString()), text.toString());
        }
    }

    @Test
    void anyTextIsCutInLinearTime() {
        for (String text : List.of("1.".repeat(100_000) + "a", "11,".repeat(70_000) + "x", "1 111".repeat(40_000) + "b",
                "a-".repeat(100_000) + "-", "9".repeat(200_000) + "z")) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> terms(text, Language.NL), text.substring(0, 12) + "...");
        }
    }
}
