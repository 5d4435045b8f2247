/**
 * Load: reads {@code data/*.yaml} and {@code content/*.md} into model records, keeping the line and
 * column of every value for messages. Reports each wrong, missing or unknown field as a problem and
 * never throws at the user. Knows the YAML format; knows nothing of pages or datasets.
 */
package be.openboek.load;
