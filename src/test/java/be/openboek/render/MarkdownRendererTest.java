package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The conversion without the autolink extension is only used where it gives the same HTML. */
class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());

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
                assertEquals(markdown.html(text, true), new MarkdownRenderer(new HtmlSanitizer()).toHtml(text), text);
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
}
