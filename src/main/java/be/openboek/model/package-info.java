/**
 * The model: immutable records (subsidies, projects, services, sources, ...) and the {@link be.openboek.model.Site}
 * they form. Plain data with no behaviour beyond lookups; money is {@link java.math.BigDecimal}. Imports nothing
 * from other stages.
 */
package be.openboek.model;
