package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conversion without the autolink extension is only used where it gives the same HTML; texts the parser would
 * choke on (nesting thousands deep, megabytes of brackets, work that grows with the square of the text) are refused
 * within seconds with the line where they go wrong.
 */
class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Texts in which autolink finds links, or nearly does: each must be sent to the parser with autolinks. */
    private static final List<String> LINKISH = List.of(
            "Zie https://www.vlaanderen.be/ voor meer.",
            "Mail naar info@voorbeeld.be of bel.",
            "Surf naar www.voorbeeld.be vandaag.",
            "Een adres als ftp:// alleen.",
            "Met een entiteit: info&#64;voorbeeld.be",
            "Een dubbelpunt&#58;// ertussen",
            "Escaped: www\\.voorbeeld\\.be en mailto\\:x",
            "| Wat | Waar |\n|---|---|\n| site | https://a.be/x |\n",
            "- lijst met http://x.be/y?z=1\n- en www.b.be/c",
            "\"Aanhalingstekens\" rond https://a.be/ -- en 'meer'...",
            "Vet **www.a.be/b** en _c@d.be_");

    /** Texts without links, with the markup record descriptions use. */
    private static final List<String> PLAIN = List.of(
            "Gemeente vertellen Vlaanderen evaluatie delen.\n\n### Aanpak\n\nDigitaal **delen leren** kinderen.",
            "| Fase | Duur | Wie |\n|---|---|---|\n| Werking film | 3 maanden | Buurt |\n",
            "- Toekomst resultaat.\n- Film erfgoed \"proef\" -- evaluatie...\n\n1. een\n2. twee",
            "~~weg~~ en `code` en\n\n```\nblok\n```\n\n> citaat\n\n    ingesprongen",
            "Escapes \\* \\_ \\# \\\\ en <b>html</b> en [link](../sources/) en ww.w en w.ww.",
            "'Enkele' en \"dubbele\" aanhalingstekens, ideeën, café — en … wwW. WWW.A.BE");

    @Test
    void theShortcutIsTakenOnlyWhereAutolinkCannotFindALink() {
        for (String text : LINKISH) {
            assertTrue(MarkdownRenderer.mayLink(text), text);
        }
        for (String text : PLAIN) {
            assertFalse(MarkdownRenderer.mayLink(text), text);
        }
    }

    @Test
    void withoutAutolinksTheHtmlOfPlainTextsIsTheSame() {
        List<String> texts = new ArrayList<>(PLAIN);
        texts.addAll(randomTexts());
        int plain = 0;
        for (String text : texts) {
            if (!MarkdownRenderer.mayLink(text)) {
                plain++;
                assertEquals(markdown.html(text, true), markdown.html(text, false), text);
                assertEquals(markdown.html(text, true), new MarkdownRenderer().toHtml(text), text);
            }
        }
        assertTrue(plain > 100, "too few plain texts: " + plain);
    }

    @Test
    void theAutolinkExtensionMattersWhereTheCheckSaysSo() {
        // Proves the comparison above can fail: these texts convert differently without the extension.
        for (String text : List.of(LINKISH.get(0), LINKISH.get(1), LINKISH.get(2), LINKISH.get(8))) {
            assertNotEquals(markdown.html(text, true), markdown.html(text, false), text);
            assertEquals(markdown.html(text, true), markdown.toHtml(text), text);
        }
    }

    /**
     * Random Markdown from pieces of markup and near misses of links (w, ww, dots, slashes, escapes), with a fixed
     * seed; one in five texts also gets a piece with a character the check looks for.
     */
    private static List<String> randomTexts() {
        String[] pieces = {"woord", " ", "\n", "\n\n", "**", "_", "`", "\\", "\\.", "\\/", "#", "- ", "1. ", "| a | b |\n|---|---|\n",
            "\"", "'", "--", "...", "<b>", "</b>", "[x](../y)", "w", "ww", "W", ".", "a.be", "/", "//", "x", "é", "—", "~~", "> ",
            "    ", "<http", "wWw.", "ww.w", "\\w"};
        String[] triggers = {":", "@", "&amp;", "&#64;", "www.", "://", "https://a.be", "c@d.be", "\n: "};
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int j = 0; j < n; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (i % 5 == 0) {
                text.insert(random.nextInt(text.length() + 1), triggers[random.nextInt(triggers.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** The conversion of {@code text} refused, within a few seconds. */
    private MarkdownException refused(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(MarkdownException.class, () -> new MarkdownRenderer().toHtml(text)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000})
    void nestedQuotesAreRefusedWithTheirLine(int depth) {
        MarkdownException e = refused("Inleiding.\n\n" + ">".repeat(depth) + " diep\n");
        assertEquals(3, e.excess().line());
        assertTrue(e.getMessage().contains("nested at most 32"), e.getMessage());
    }

    @Test
    void fiftyThousandBracketsAndMegabytesOfThemAreRefused() {
        assertEquals(1, refused("[".repeat(50_000) + "x").excess().line());
        assertEquals(2, refused("x\n" + "[ ".repeat(40) + "x").excess().line());
        assertEquals(1, refused(("[".repeat(400) + "\n").repeat(2_000)).excess().line(), "the first line opens 400 [ already");
        MarkdownException megabytes = refused(("[".repeat(400) + "\n").repeat(7_500));
        assertTrue(megabytes.getMessage().contains("at most 1,000,000 characters"), megabytes.getMessage());
    }

    @Test
    void deepListsAndEmphasisAreRefusedWithTheirLine() {
        StringBuilder indented = new StringBuilder();
        for (int level = 0; level < 60; level++) {
            indented.append("  ".repeat(level)).append("- niveau ").append(level).append('\n');
        }
        assertEquals(33, refused(indented.toString()).excess().line());
        assertEquals(1, refused("- ".repeat(1_000) + "x").excess().line());
        assertEquals(1, refused("1. ".repeat(1_000) + "x").excess().line());
        assertEquals(2, refused("x\n" + "*_".repeat(50_000) + "x" + "_*".repeat(50_000)).excess().line());
        assertEquals(1, refused("*a _a ".repeat(10_000) + "a_ a* ".repeat(10_000)).excess().line());
        assertEquals(1, refused("~~a ".repeat(10_000)).excess().line());
    }

    @Test
    void longRunsOfMarksAreRefused() {
        for (String mark : new String[] {"`", "*", "_ ", "#", "\\", "=", "<", "&", "|"}) {
            assertTrue(refused("x\n" + mark.repeat(100_000) + "x").getMessage().contains("in a row"), mark);
        }
    }

    @Test
    void largeBlocksAreRefused() {
        assertEquals(5_001, refused("|a|b|\n|-|-|\n" + "|x|y|\n".repeat(100_000)).excess().line());
        assertEquals(20_001, refused("- a\n\n".repeat(100_000)).excess().line());
    }

    @Test
    void workTheScanCannotForeseeIsStoppedByTheReadBudget() {
        // Each of these is within the bounds of MarkdownLimits, but the parser reads the text again for every mark.
        for (String text : new String[] {"`a ".repeat(300_000), "[a]".repeat(300_000)}) {
            assertTrue(refused(text).getMessage().contains("steps"), text.substring(0, 10));
        }
    }

    @Test
    void aStackOverflowInTheParserIsRefusedNotThrown() {
        // flexmark's pattern for an HTML tag recurses once per attribute.
        MarkdownException e = refused("Tekst <span " + "a ".repeat(450_000) + ">");
        assertTrue(e.getMessage().contains("too deeply nested"), e.getMessage());
        assertEquals("<p>en daarna gaat het verder</p>", markdown.toHtml("en daarna gaat het verder"));
    }

    @Test
    void nestingWithinEachBoundButTooDeepAltogetherIsRefusedAtItsLine() {
        String lists = "- ".repeat(32);
        StringBuilder emphasis = new StringBuilder();
        for (int level = 0; level < 32; level++) {
            emphasis.insert(emphasis.length() / 2, (level % 2 == 0 ? "*w " : "_w ") + "w" + (level % 2 == 0 ? "* " : "_ "));
        }
        String images = "![".repeat(32) + emphasis + "](u)".repeat(32);
        MarkdownException e = refused("Inleiding.\n\n" + lists + images);
        assertEquals(3, e.excess().line());
        assertTrue(e.getMessage().contains("nested at most 32"), e.getMessage());
    }

    @Test
    void ordinaryTextsAreWellWithinTheBounds() {
        String report = ("## Hoofdstuk\n\nEen alinea met **vet**, _schuin_, `code` en een [link](https://a.example/).\n\n"
                + "> Een citaat\n> > met een citaat\n\n- een\n  - twee\n    1. drie\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n").repeat(200);
        String html = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> markdown.toHtml(report));
        assertTrue(html.contains("<blockquote>") && html.contains("<table>"), html.substring(0, 200));
        StringBuilder footnoted = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            footnoted.append("Een bewering [met een bron][b").append(i).append("].\n\n");
        }
        for (int i = 0; i < 300; i++) {
            footnoted.append("[b").append(i).append("]: https://a.example/bron/").append(i).append(" \"Bron ").append(i).append("\"\n");
        }
        String sourced = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> markdown.toHtml(footnoted.toString()));
        assertTrue(sourced.contains("<a href=\"https://a.example/bron/299\" title=\"Bron 299\">met een bron</a>"),
                sourced.substring(sourced.length() - 300));
    }
}
