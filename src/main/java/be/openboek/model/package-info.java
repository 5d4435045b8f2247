/**
 * The model: immutable records (subsidies, projects, services, sources, ...) and the {@link be.openboek.model.Site}
 * they form, each holding its values as {@link be.openboek.model.Fields}. Plain data with no behaviour beyond
 * lookups and no presentation; money is {@link java.math.BigDecimal}. Imports nothing from other packages.
 */
package be.openboek.model;
