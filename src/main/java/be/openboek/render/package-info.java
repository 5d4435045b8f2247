/**
 * Render: bakes the pages with JBake (its crawler for content/, Renderer, rendering tools and asset copier, with
 * its documents in memory) through our safe
 * FreeMarker engine, Markdown via flexmark with an HTML allow-list and bounded work (see
 * {@link be.openboek.render.MarkdownRenderer}), charts in {@code render.charts}. Reads the
 * model and the export's {@link be.openboek.export.WrittenDatasets} (for the datasets page); writes only into the
 * folder it is given; reports template errors as problems.
 */
package be.openboek.render;
