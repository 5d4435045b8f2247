/**
 * Format: how things are written for readers, in Dutch and English: amounts and dates the Belgian way
 * ({@link be.openboek.format.BelgianFormat}), the labels of codes ({@link be.openboek.format.Labels}), interface text
 * ({@link be.openboek.format.Messages}) and the site's languages. Below every stage that writes for readers (render,
 * its charts, export, history), above the model; knows nothing of pages or files.
 */
package be.openboek.format;
