package be.openboek.model;

/**
 * When something ran; either end may be unknown.
 *
 * @param start first month or day, or null
 * @param end   last month or day, or null
 */
public record Period(PartialDate start, PartialDate end) {
}
