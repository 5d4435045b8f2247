package be.openboek.model;

/**
 * A local institution or firm taking part in a project.
 *
 * @param name  name
 * @param place municipality, or null
 * @param role  submitter, partner or supplier
 */
public record Partner(String name, String place, PartnerRole role) {
}
