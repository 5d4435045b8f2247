package be.openboek.export;

import be.openboek.format.BelgianFormat;
import be.openboek.model.Organisation;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers of organisations for 360Giving, without inventing numbers, one per organisation across all years.
 *
 * <p>The publishing organisation gets {@code BE-BCE_KBO-<number>} (the org-id.guide scheme of the Belgian Crossroads
 * Bank for Enterprises) when its enterprise number is known, otherwise {@code 360G-<host of the website>-<slug of its
 * name>}. A subsidy's funder or recipient is the publishing organisation when its text names nothing but the
 * organisation or its predecessors, with or without a legal form and whatever a remark in brackets adds:
 * {@code Cultuurconnect vzw}, {@code Cultuurconnect vzw (voor de eerste jaarhelft Bibnet vzw en LOCUS vzw)},
 * {@code Bibnet vzw en LOCUS vzw}. So the totals per recipient do not split when the sources word the recipient
 * differently; the predecessors go into the organisation's description ({@link #description()}), not its identifier.
 *
 * <p>Any other organisation gets a 360Giving-style internal identifier from its text as written, the same in every
 * year it is written the same way: {@code 360G-<host>-<slug>}, e.g. {@code 360G-cultuurconnect.be-vlaamse-overheid}.
 */
final class OrganisationIds {

    /** Belgian legal forms (Dutch and French abbreviations) that may follow a name without changing whom it names. */
    private static final Set<String> LEGAL_FORMS = Set.of("vzw", "ivzw", "nv", "bv", "bvba", "cv", "cvba", "vof", "asbl",
            "aisbl", "sa", "srl", "sprl", "sc", "scrl");
    /** What joins two names in one recipient text: "Bibnet vzw en LOCUS vzw", "A, B", "A & B". */
    private static final String JOINS = "\\s+(?:en|and|et)\\s+|\\s*[,;&/+]\\s*";

    private final Organisation organisation;
    private final Set<String> legalForms = new HashSet<>(LEGAL_FORMS);
    private final Set<String> ownNames = new HashSet<>();

    OrganisationIds(Organisation organisation) {
        this.organisation = organisation;
        if (organisation.legalForm() != null) {
            legalForms.add(slug(organisation.legalForm().replace(".", "")).replace("-", ""));
        }
        ownNames.add(core(organisation.name()));
        organisation.predecessors().forEach(p -> ownNames.add(core(p)));
        ownNames.remove("");
    }

    /** The prefix of identifiers this publisher mints: {@code 360G-cultuurconnect.be}. */
    String prefix() {
        String host = URI.create(organisation.website()).getHost();
        host = host == null ? slug(organisation.name()) : host.toLowerCase(Locale.ROOT);
        return "360G-" + (host.startsWith("www.") ? host.substring(4) : host);
    }

    /** The identifier of the organisation a record calls {@code name}. */
    String of(String name) {
        if (isOwn(name)) {
            String number = organisation.enterpriseNumber();
            if (number != null && !number.isBlank()) {
                return "BE-BCE_KBO-" + number.replaceAll("\\D", "");
            }
            return prefix() + "-" + slug(organisation.name());
        }
        return prefix() + "-" + slug(name);
    }

    /** The name that goes with the publisher's identifier, whatever a record calls it. */
    String ownName() {
        return organisation.name();
    }

    /**
     * Whether {@code name} is the publisher's name as {@code organisation.yaml} writes it, with or without its legal
     * form ({@code Cultuurconnect}, {@code Cultuurconnect vzw}): a grant then need not say how the source named it.
     */
    boolean isOwnNameAsWritten(String name) {
        String legalForm = organisation.legalForm();
        return name.equals(organisation.name()) || legalForm != null && name.equals(organisation.name() + " " + legalForm);
    }

    /** Whether {@code name} names the publishing organisation (or its predecessors, or both) and nothing else. */
    boolean isOwn(String name) {
        String outside = name;
        for (String before = ""; !before.equals(outside); ) {
            before = outside;
            outside = outside.replaceAll("\\([^()]*\\)", " "); // innermost brackets first
        }
        outside = outside.strip();
        if (outside.isEmpty()) {
            return false;
        }
        for (String part : outside.split(JOINS)) {
            if (!ownNames.contains(core(part))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a 360Giving organisation record says of the publishing organisation beyond its name: its legal form,
     * founding and predecessors, from {@code organisation.yaml}; null when that says none of them.
     */
    String description() {
        List<String> parts = new ArrayList<>();
        String legalForm = organisation.legalForm();
        if (legalForm != null && !legalForm.isBlank()) {
            parts.add(organisation.name() + " " + legalForm);
        }
        if (organisation.founded() != null) {
            parts.add("opgericht op " + BelgianFormat.date(organisation.founded()));
        }
        List<String> predecessors = organisation.predecessors();
        if (!predecessors.isEmpty()) {
            parts.add("voorgangers: " + String.join(", ", predecessors));
        }
        if (parts.isEmpty()) {
            return null;
        }
        String text = String.join("; ", parts) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The slug of a name without a legal form at its end, dots left out: {@code Cultuurconnect vzw} and
     * {@code Cultuurconnect v.z.w.} → {@code cultuurconnect}.
     */
    private String core(String name) {
        List<String> words = new ArrayList<>(List.of(slug(name.replace(".", "")).split("-")));
        while (words.size() > 1 && legalForms.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join("-", words);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
