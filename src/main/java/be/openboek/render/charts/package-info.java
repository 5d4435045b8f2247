/**
 * Charts drawn at build time as inline SVG markup: subsidies per year, the project lifecycle and service prices
 * over time. Each builder returns a {@link be.openboek.render.charts.Chart}: the SVG (role="img", a title and a
 * description), for the subsidy and price charts a second drawing that fits a phone, a summary in words and, for
 * the subsidy chart, its figures as a table, all in the page's language and worked out from the same figures, so
 * drawing, words and table say the same. Every text put into the SVG is escaped; amounts shown as text are
 * formatted from their {@code BigDecimal} and added up as {@code BigDecimal}s, and doubles are used only for
 * coordinates. No script, no inline style: colours and patterns are SVG presentation attributes.
 */
package be.openboek.render.charts;
