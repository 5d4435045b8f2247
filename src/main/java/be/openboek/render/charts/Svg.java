package be.openboek.render.charts;

import be.openboek.text.ControlCharacters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for writing SVG markup by hand: escaping text and writing coordinates the same way every build. */
final class Svg {

    /** Text colour of the site (on white: 16.8:1). */
    static final String TEXT = "#1d1d1f";
    /** Axis and grid lines: decoration only. */
    static final String GRID = "#c9ccd3";
    /** Muted graphics such as gap hatching (on white: 8.3:1). */
    static final String MUTED = "#4d4d57";
    /**
     * Fills and lines for series, each at least 4.5:1 on white (so well over the 3:1 that graphics need):
     * blue 7.8:1, orange 4.8:1, green 5.1:1, purple 8.3:1, magenta 6.1:1, teal 5.9:1. Never the only cue: every
     * chart also tells series apart by position, pattern or dash and names them in a legend.
     */
    static final String[] PALETTE = {"#0b5394", "#b35900", "#2e7d32", "#6a1b9a", "#ad1457", "#00695c"};

    private Svg() {
    }

    /** Escapes text for an SVG element or a double-quoted attribute; a character XML forbids becomes U+FFFD. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : ControlCharacters.replaced(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate with at most one decimal, in the same form on every machine: {@code 12}, {@code 12.5}. */
    static String num(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * A round step for about {@code parts} axis ticks up to {@code max}: 1, 2 or 5 times a power of ten
     * (exact, so tick labels are exact amounts).
     */
    static BigDecimal niceStep(BigDecimal max, int parts) {
        BigDecimal raw = max.divide(BigDecimal.valueOf(parts), 10, RoundingMode.UP);
        if (raw.signum() <= 0) {
            return BigDecimal.ONE;
        }
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (int factor : new int[] {1, 2, 5, 10}) {
            BigDecimal step = power.multiply(BigDecimal.valueOf(factor));
            if (step.compareTo(raw) >= 0) {
                return step.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN).stripTrailingZeros();
    }

    /** The first multiple of {@code step} at or above {@code max} (at least one step). */
    static BigDecimal top(BigDecimal max, BigDecimal step) {
        BigDecimal steps = max.divide(step, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
        return steps.multiply(step);
    }

    /** {@code value / top} as a fraction for drawing only. */
    static double fraction(BigDecimal value, BigDecimal top) {
        return top.signum() == 0 ? 0 : value.divide(top, 6, RoundingMode.HALF_UP).doubleValue();
    }

    /** The opening tag of an accessible chart: role="img", named by its title and described by its desc. */
    static void open(StringBuilder svg, String id, double width, double height, String title, String desc) {
        open(svg, id, width, height, 14, title, desc);
    }

    /** {@link #open(StringBuilder, String, double, double, String, String)} with a font size of its own. */
    static void open(StringBuilder svg, String id, double width, double height, double fontSize, String title, String desc) {
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"").append(num(fontSize)).append("\" fill=\"").append(TEXT).append("\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>\n");
    }

    /** A text element; {@code anchor} is start, middle or end. */
    static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        text(svg, x, y, anchor, null, 0, text);
    }

    /**
     * A text element with a class naming what it is (for the tests and readers of the markup) and, above zero, a
     * font size of its own.
     */
    static void text(StringBuilder svg, double x, double y, String anchor, String cssClass, double fontSize, String text) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (!anchor.equals("start")) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (cssClass != null) {
            svg.append(" class=\"").append(cssClass).append('"');
        }
        if (fontSize > 0) {
            svg.append(" font-size=\"").append(num(fontSize)).append('"');
        }
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    /**
     * One text in several lines, one below the other from {@code y}: a single text element (read as one label), each
     * line a {@code tspan}.
     */
    static void lines(StringBuilder svg, double x, double y, String anchor, String cssClass, double fontSize, List<String> lines,
            double lineHeight) {
        StringBuilder inner = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            inner.append(i == 0 ? "" : " ").append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(y + i * lineHeight))
                    .append("\">").append(escape(lines.get(i))).append("</tspan>");
        }
        int open = svg.length();
        text(svg, x, y, anchor, cssClass, fontSize, "");
        svg.insert(svg.indexOf("</text>", open), inner);
    }

    /**
     * About how wide {@code text} is at {@code fontSize}: a little more than the average glyph of a sans-serif
     * font, so that a text this says fits, fits.
     */
    static double width(String text, double fontSize) {
        return text.length() * fontSize * 0.6;
    }

    /**
     * {@code text} broken at spaces into lines of at most {@code width}; a word longer than that is a line of its own.
     * The euro sign stays with its amount.
     */
    static List<String> wrap(String text, double width, double fontSize) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.replace("€ ", "€\u0000").split(" ")) {
            word = word.replace('\u0000', ' ');
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, fontSize) > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    /** A line. */
    static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(num(width)).append('"');
        if (dash != null && !dash.isEmpty()) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("/>\n");
    }
}
