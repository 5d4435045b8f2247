/**
 * Markdown bounds: how large and how deeply nested a Markdown text of a project (a description, a page of
 * {@code content/}) may be, checked in one linear pass before any parser sees the text. Load checks every text
 * as it reads it, so that problems carry the line of the file; render checks again before converting. Knows
 * nothing of YAML, files, pages or flexmark.
 */
package be.openboek.markdown;
