package be.openboek.export;

import be.openboek.model.Organisation;
import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Identifiers of organisations for 360Giving, without inventing numbers. The publishing organisation gets
 * {@code BE-BCE_KBO-<number>} (the org-id.guide scheme of the Belgian Crossroads Bank for Enterprises) when its
 * enterprise number is known. Any other organisation, or the publisher without a number, gets a 360Giving-style
 * internal identifier: {@code 360G-<host of the website>-<slug of the name>}, e.g.
 * {@code 360G-cultuurconnect.be-vlaamse-overheid}.
 */
final class OrganisationIds {

    private final Organisation organisation;

    OrganisationIds(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The prefix of identifiers this publisher mints: {@code 360G-cultuurconnect.be}. */
    String prefix() {
        String host = URI.create(organisation.website()).getHost();
        host = host == null ? slug(organisation.name()) : host.toLowerCase(Locale.ROOT);
        return "360G-" + (host.startsWith("www.") ? host.substring(4) : host);
    }

    /** The identifier of the organisation called {@code name}. */
    String of(String name) {
        String number = organisation.enterpriseNumber();
        if (name.equals(organisation.name()) && number != null && !number.isBlank()) {
            return "BE-BCE_KBO-" + number.replaceAll("\\D", "");
        }
        return prefix() + "-" + slug(name);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
