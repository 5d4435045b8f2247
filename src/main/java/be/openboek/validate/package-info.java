/**
 * Validate: rules over the loaded model that no single field can check (unique ids, references,
 * years and dates in range, non-overlapping prices). Returns problems; never throws, never changes the model.
 */
package be.openboek.validate;
