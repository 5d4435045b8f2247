package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rawHtmlIsShownAsText() {
        assertEquals("<p>Hallo &lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=\"alert(2)\"&gt;vet&lt;/b&gt;</p>",
                markdown.toHtml("Hallo <script>alert(1)</script> <b onclick=\"alert(2)\">vet</b>"));
        assertEquals("<p>&lt;div onmouseover=\"x()\"&gt;blok&lt;/div&gt;</p>", markdown.toHtml("<div onmouseover=\"x()\">blok</div>\n"));
    }

    @Test
    void dropsDangerousLinkSchemesInAnyCase() {
        for (String href : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>",
            "vbscript:msgbox", "&#106;avascript:alert(1)"}) {
            String html = markdown.toHtml("[klik](" + href + ")");
            assertFalse(html.toLowerCase().contains("javascript") || html.contains("data:") || html.contains("vbscript"),
                    href + " gave " + html);
        }
    }

    @Test
    void keepsOrdinaryLinksTablesAndText() {
        assertEquals("<p>Zie <a href=\"https://www.vlaanderen.be/\">hier</a> en <a href=\"../sources/\">bronnen</a>.</p>",
                markdown.toHtml("Zie [hier](https://www.vlaanderen.be/) en [bronnen](../sources/)."));
        String table = markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(table.contains("<table>") && table.matches("(?s).*<td>\\s*1\\s*</td>.*"), table);
    }

    @Test
    void dropsImagesFromOtherHosts() {
        String html = markdown.toHtml("![spoor](https://tracker.example/pixel.png)");
        assertFalse(html.contains("tracker.example"), html);
    }

    @Test
    void markdownSetsNoIdsAndLinksToThePagesSectionsStay() {
        String html = markdown.toHtml("<h2 id=\"inhoud\">Kop</h2>\n\n<a name=\"boven\" id=\"main\">x</a> [naar de kop](#inhoud)"
                + " [extern](https://a.example/#inhoud)");
        assertEquals("<p>&lt;h2 id=\"inhoud\"&gt;Kop&lt;/h2&gt;</p>\n<p>&lt;a name=\"boven\" id=\"main\"&gt;x&lt;/a&gt;"
                + " <a href=\"#inhoud\">naar de kop</a> <a href=\"https://a.example/#inhoud\">extern</a></p>", html);
    }

    @Test
    void htmlNestedThousandsDeepIsRefusedFast() {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        for (String html : new String[] {"<span>".repeat(100_000), "<div><b></i>".repeat(50_000)}) {
            MarkdownException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(MarkdownException.class, () -> sanitizer.clean(html)));
            assertTrue(e.getMessage().contains("nested at most 256"), e.getMessage());
        }
        String deepButAllowed = "<div>".repeat(200) + "x" + "</div>".repeat(200) + "<p>".repeat(10_000);
        assertTrue(sanitizer.clean(deepButAllowed).contains("x"));
    }
}
