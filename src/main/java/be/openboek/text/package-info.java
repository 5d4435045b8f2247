/**
 * Text helpers that several stages share: which characters have no place in record text or in what Openboek
 * writes (control characters), and writers that keep them out of a terminal or an XML file. Depends on nothing else.
 */
package be.openboek.text;
