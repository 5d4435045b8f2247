package be.openboek.model;

import java.util.regex.Pattern;

/**
 * Where readers reach the organisation about the data ({@code contact} in {@code data/organisation.yaml}), read
 * once for the footer, the "report an error" links and the catalog's contact point, so they agree: an e-mail
 * address, a web address, other text (shown, never a link: {@code javascript:alert(1)} must not become one), or
 * nothing published.
 *
 * @param text  the contact as written, or null when none is published
 * @param email the e-mail address, when the text is one; else null
 * @param url   the {@code http(s)} address, when the text is one; else null
 */
public record Contact(String text, String email, String url) {

    /** A plain address: nothing that could add a header ({@code ?}, {@code &}) or a second address to a mailto: link. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** A web address with nothing an IRI forbids (spaces, quotes, angle brackets and the like). */
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"{}|\\\\^`]+");

    /** Reads {@code contact} from the organisation's record; null or blank means none is published. */
    public static Contact of(String contact) {
        String text = contact == null || contact.isBlank() ? null : contact.strip();
        if (text == null) {
            return new Contact(null, null, null);
        }
        return new Contact(text, EMAIL.matcher(text).matches() ? text : null, URL.matcher(text).matches() ? text : null);
    }

    /** Whether the organisation published any contact at all. */
    public boolean published() {
        return text != null;
    }

    /** What a link to the contact points at: {@code mailto:} and the address, the web address, or null for neither. */
    public String href() {
        return email != null ? "mailto:" + email : url;
    }
}
