package be.openboek.fields;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one rule for ids: lowercase letters a-z, digits and single hyphens, at most 80 characters. */
public final class Slug {

    /** The rule as a regular expression, without anchors (JSON Schemas add {@code ^...$}). */
    public static final String REGEX = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The longest id: ids become parts of web addresses and file names. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Slug() {
    }

    /** Whether {@code id} follows the rule. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && PATTERN.matcher(id).matches();
    }

    /** {@code text} in lowercase with every run of other characters turned into one hyphen: "2019 Werking" → "2019-werking". */
    public static String simplified(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
