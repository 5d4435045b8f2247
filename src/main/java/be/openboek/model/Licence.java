package be.openboek.model;

/**
 * The licence under which the data is published.
 *
 * @param name human name, e.g. "Modellicentie Gratis Hergebruik v1.0"
 * @param url  the licence's URI
 */
public record Licence(String name, String url) {
}
