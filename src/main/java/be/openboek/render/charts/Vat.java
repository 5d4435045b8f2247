package be.openboek.render.charts;

import be.openboek.model.PriceLine;

/**
 * Whether a price includes VAT, as its price line says ({@code vat_included}: true, false or not given). Each has
 * its own marker in the price chart, so a price with VAT is never shown as if it were like one without.
 */
enum Vat {
    /** VAT included: a filled circle. */
    INCLUDED("included"),
    /** VAT not included: an open circle. */
    EXCLUDED("excluded"),
    /** The source does not say: an open diamond. */
    UNKNOWN("unknown");

    private final String code;

    Vat(String code) {
        this.code = code;
    }

    static Vat of(PriceLine line) {
        return line.vatIncluded() == null ? UNKNOWN : line.vatIncluded() ? INCLUDED : EXCLUDED;
    }

    /** The part of the message keys and of the marker's class: {@code included}, {@code excluded}, {@code unknown}. */
    String code() {
        return code;
    }

    /** The marker at ({@code x}, {@code y}) in {@code colour}. */
    void marker(StringBuilder svg, double x, double y, String colour) {
        String cls = " class=\"vat-" + code + "\"";
        switch (this) {
            case INCLUDED -> svg.append("<circle").append(cls).append(" cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y))
                    .append("\" r=\"5.5\" fill=\"").append(colour).append("\"/>\n");
            case EXCLUDED -> svg.append("<circle").append(cls).append(" cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y))
                    .append("\" r=\"5\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>\n");
            case UNKNOWN -> svg.append("<path").append(cls).append(" d=\"M").append(Svg.num(x)).append(' ').append(Svg.num(y - 6.5))
                    .append(" L").append(Svg.num(x + 6.5)).append(' ').append(Svg.num(y)).append(" L").append(Svg.num(x)).append(' ')
                    .append(Svg.num(y + 6.5)).append(" L").append(Svg.num(x - 6.5)).append(' ').append(Svg.num(y))
                    .append(" Z\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>\n");
        }
    }
}
