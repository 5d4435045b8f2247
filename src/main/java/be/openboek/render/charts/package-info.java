/**
 * Charts drawn at build time as inline SVG markup: subsidies per year, the project lifecycle and service prices
 * over time. Each builder returns a {@link be.openboek.render.charts.Chart}: the SVG (role="img", a title and a
 * description) and a one- or two-sentence summary in words, both in the page's language. Every text put into the
 * SVG is escaped; amounts shown as text are formatted from their {@code BigDecimal}, and doubles are used only for
 * coordinates. No script, no inline style: colours and patterns are SVG presentation attributes.
 */
package be.openboek.render.charts;
