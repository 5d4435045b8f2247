package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Markdown renderer writes only HTML the allow-list keeps, so no page needs the cleaner: every rendered text, hostile
 * ones included, passes {@link HtmlSanitizer} (the oracle) unchanged, character for character.
 */
class AllowListRenderingTest {

    /** Pieces of hostile and ordinary Markdown; the texts below are single pieces and seeded random mixes of them. */
    private static final List<String> PIECES = List.of(
            "<script>alert(1)</script>", "<b onclick=\"alert(2)\">vet</b>", "<img src=x onerror=alert(3)>",
            "<iframe src=\"https://evil.example/\"></iframe>", "<style>body{display:none}</style>", "<!-- verborgen -->",
            "<a href=\"javascript:alert(4)\">a</a>", "<svg onload=alert(5)>", "<form action=x><input></form>",
            "<div id=\"inhoud\" name=\"top\">blok</div>\n", "<h2 id=main>Kop</h2>\n", "<p style=\"color:red\">p</p>",
            "[klik](javascript:alert(6))", "[klik](JaVaScRiPt:alert(7))", "[klik](data:text/html,<b>x</b>)",
            "[klik](vbscript:msgbox)", "[klik](&#106;avascript:alert(8))", "[klik](java\tscript:alert(9))",
            "[klik]( javascript:alert(10))", "[ftp](ftp://a.example/f)", "<javascript:alert(11)>", "<data:text/html,x>",
            "[ref][r]\n\n[r]: javascript:alert(12)\n", "[ok](https://a.example/?a=1&b=\"2\" \"titel <i> & 'x'\")",
            "![beeld](https://tracker.example/pixel.png)", "![b][p]\n\n[p]: http://x.example/p.png\n", "[![b](x.png)](../y)",
            "~~weg~~", "***\n", "\n---\n", "```html\n<script>x</script>\n```\n", "`<b>` en `a\"b`", "    <i>code</i>\n",
            "| a | <b>b</b> |\n|:--|--:|\n| [x](javascript:y) | &nbsp; |\n", "Term\n: <u>def</u>\n", "&copy; &#60; &lt;b&gt; &amp;",
            "\u00a0", "\"citaat\" en 'enkel' -- ...", "https://a.example/x?y=\"z\"", "mail@a.example", "www.a.example",
            "<mailto:a@b.example>", "> <blockquote>q</blockquote>", "- <li>x</li>\n- y", "1. een\n2. <ol>", "Regel  \nbreuk",
            "<", "&", ">", "<<b>>", "<a href='#x'>anker</a>", "[intern](#bronnen)", "[rel](../sources/#s)");

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer oracle = new HtmlSanitizer();

    @Test
    void everyRenderedTextPassesTheAllowListUnchanged() {
        List<String> texts = new ArrayList<>(PIECES);
        Random random = new Random(16);
        for (int i = 0; i < 1_500; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextBoolean() ? " " : "\n");
            }
            texts.add(text.toString());
        }
        List<String> failed = new ArrayList<>();
        for (String text : texts) {
            String html = markdown.toHtml(text);
            if (!oracle.clean(html).equals(html)) {
                failed.add(text + "\n  gave    " + html + "\n  cleaned " + oracle.clean(html));
            }
        }
        assertEquals(List.of(), failed.subList(0, Math.min(5, failed.size())), failed.size() + " of " + texts.size() + " texts");
    }

    @Test
    void hostileMarkdownComesOutAsTextOrWithoutItsAddress() {
        String html = markdown.toHtml(String.join("\n\n", PIECES));
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(List.of(), body.select("script, img, iframe, style, svg, form, input, div, hr, del, h2").stream().map(Element::outerHtml).toList());
        for (Element element : body.select("*")) {
            for (Attribute attribute : element.attributes()) {
                assertTrue(List.of("href", "title", "align").contains(attribute.getKey()), attribute + " in " + element);
            }
        }
        for (String href : body.select("a[href]").eachAttr("href")) {
            assertTrue(href.startsWith("http") || href.startsWith("mailto:") || href.startsWith("../") || href.startsWith("#"), href);
        }
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML is shown as text");
        assertTrue(html.contains("<a>klik</a>"), "a link with a refused scheme keeps its text, not its address");
    }

    @Test
    void onlyHttpHttpsMailtoAndRelativeLinksKeepTheirAddress() {
        for (String href : List.of("https://a.example/", "HTTP://a.example/", "mailto:a@b.example", "../sources/", "#bronnen",
                "?q=1", "//a.example/x", "", "pad/met:dubbelpunt")) {
            assertTrue(AllowListRendering.allowedLink(href), href);
        }
        for (String href : List.of("javascript:x", " JavaScript:x", "java\tscript:x", "java\nscript:x", "data:text/html,x",
                "vbscript:x", "ftp://a.example/", "file:///etc/passwd", "x:y")) {
            assertFalse(AllowListRendering.allowedLink(href), href);
        }
    }
}
