/**
 * Export: writes every record as open data beside the pages — CSV, JSON and an XLSX workbook per table, a ZIP of
 * everything, datapackage.json (Frictionless), a DCAT-AP catalog (Turtle and JSON-LD), a 360Giving package, JSON
 * Schemas of the YAML records and a static read-only JSON API. The columns of every table are defined once, in
 * {@link be.openboek.export.TableSpecs}, and every format and the metadata are made from those definitions.
 * Reads the model; writes only into the folder it is given; reports IO failures as problems, never throws at the
 * user. Knows nothing of pages: render reads the {@link be.openboek.export.WrittenDatasets} it returns.
 */
package be.openboek.export;
