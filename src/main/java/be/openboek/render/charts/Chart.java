package be.openboek.render.charts;

/**
 * A chart ready for a page.
 *
 * @param svg     the {@code <svg>} element as markup, every text in it escaped
 * @param summary what the chart shows, in one or two plain-text sentences (the template escapes it)
 */
public record Chart(String svg, String summary) {
}
