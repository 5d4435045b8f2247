package be.openboek.format;

/**
 * The languages the pages are written in: Dutch first, at the site root, and English under {@code en/}. Record
 * text is Dutch in both (the records are written in Dutch); only the interface text, labels and dates change.
 */
public enum Language {
    NL("nl", "", "nl_BE"),
    EN("en", "en/", "en_GB");

    private final String code;
    private final String prefix;
    private final String ogLocale;

    Language(String code, String prefix, String ogLocale) {
        this.code = code;
        this.prefix = prefix;
        this.ogLocale = ogLocale;
    }

    /** The BCP 47 code for {@code <html lang>} and {@code hreflang}: {@code nl}, {@code en}. */
    public String code() {
        return code;
    }

    /** The folder of this language's pages relative to the site root: empty for Dutch, {@code en/} for English. */
    public String prefix() {
        return prefix;
    }

    /** The Open Graph locale, e.g. {@code nl_BE}. */
    public String ogLocale() {
        return ogLocale;
    }

    /** The language a page is in, from its output path: under {@code en/} English, elsewhere Dutch. */
    public static Language ofUri(String uri) {
        return uri != null && uri.startsWith(EN.prefix) ? EN : NL;
    }

    /** The path of a page within its language: {@code en/projects/x/index.html} becomes {@code projects/x/index.html}. */
    public static String neutralUri(String uri) {
        if (uri == null) {
            return "";
        }
        return ofUri(uri) == EN ? uri.substring(EN.prefix.length()) : uri;
    }
}
