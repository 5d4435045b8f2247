package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());

    @Test
    void dropsScriptsAndEventHandlers() {
        String html = markdown.toHtml("Hallo <script>alert(1)</script> <b onclick=\"alert(2)\">vet</b>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onclick"), html);
        assertTrue(html.contains("<b>vet</b>"), html);
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
}
