package be.openboek.render;

import org.jsoup.parser.Parser;

/**
 * Gives HTML that flexmark wrote (every tag its own, see {@link AllowListRendering}) the character form the pages have
 * always had, that of jsoup's serialiser: characters as themselves rather than as entity references ({@code “} for
 * {@code &ldquo;}, {@code "} for {@code &quot;} in text), only {@code & < >} escaped in text and {@code & "} in
 * attribute values, a no-break space as {@code &nbsp;}, and void elements without the slash ({@code <br>}). One pass
 * over the characters, no parse: the markup itself is left as it is, as nothing in it needs cleaning.
 */
final class HtmlSerialForm {

    private HtmlSerialForm() {
    }

    /** {@code html} in the serial form; {@code html} itself when it is in that form already. */
    static String of(String html) {
        StringBuilder out = null;
        int length = html.length();
        int copied = 0;
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = tag(html.substring(i, end + 1));
                if (!tag.equals(html.substring(i, end + 1))) {
                    out = append(out, html, copied, i).append(tag);
                    copied = end + 1;
                }
                i = end + 1;
            } else if (c == '&' || c == '\u00A0') {
                int end = html.indexOf('<', i);
                end = end < 0 ? length : end;
                out = append(out, html, copied, i);
                escape(Parser.unescapeEntities(html.substring(i, end), false), false, out);
                copied = end;
                i = end;
            } else {
                i++;
            }
        }
        return out == null ? html : append(out, html, copied, length).toString();
    }

    private static StringBuilder append(StringBuilder out, String html, int from, int to) {
        StringBuilder builder = out == null ? new StringBuilder(html.length() + 16) : out;
        return builder.append(html, from, to);
    }

    /** A start or end tag in the serial form: attribute values re-escaped, no slash before the {@code >}. */
    private static String tag(String tag) {
        String form = tag.endsWith(" />") ? tag.substring(0, tag.length() - 3) + ">" : tag;
        if (form.indexOf('&') < 0 && form.indexOf('\u00A0') < 0) {
            return form;
        }
        // flexmark quotes every attribute value with " and escapes any " inside it, so a " always opens or closes one.
        StringBuilder out = new StringBuilder(form.length());
        int i = 0;
        while (i < form.length()) {
            int open = form.indexOf('"', i);
            if (open < 0) {
                out.append(form, i, form.length());
                break;
            }
            int close = form.indexOf('"', open + 1);
            if (close < 0) {
                out.append(form, i, form.length());
                break;
            }
            out.append(form, i, open + 1);
            escape(Parser.unescapeEntities(form.substring(open + 1, close), true), true, out);
            out.append('"');
            i = close + 1;
        }
        return out.toString();
    }

    private static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '\u00A0' -> out.append("&nbsp;");
                case '<' -> out.append(attribute ? "<" : "&lt;");
                case '>' -> out.append(attribute ? ">" : "&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
