/**
 * Field tables: every record type's fields declared once (name, kind, required, Dutch and English label and meaning,
 * example). The loader reads records by them; the JSON Schemas, the {@code new} scaffolds, the change log's labels
 * and docs/records.md are made from them. Knows the model's types; knows nothing of YAML parsing, pages or datasets.
 */
package be.openboek.fields;
