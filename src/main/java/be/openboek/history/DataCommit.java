package be.openboek.history;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A commit that changed the records, with its changes in words. Its subject line is not here: it is written for the
 * developers, and the change log tells what changed from the data itself (see {@link CommitText}).
 *
 * @param id        the full commit id
 * @param time      when it was committed (committer time, Europe/Brussels)
 * @param reason    the public reason, from the commit's {@code Toelichting:} trailer, cleaned and cut to 300
 *                  characters; empty when it has none
 * @param reasonEn  the same from its {@code Explanation:} trailer, for the English pages; empty when it has none
 * @param publication whether it is a publication by staff (it gives a public reason, or changed only files in
 *                  {@code data/} and {@code content/}); else a technical change, made with the code of the site (see
 *                  {@link CommitScope})
 * @param readable  whether its data could be loaded; when not, {@code changes} holds one unreadable entry
 * @param changes   the changes, by record type, id and field
 * @param summaryNl what changed in a few Dutch words, for the entry's heading: "Subsidie 2017: bedrag gewijzigd"
 * @param summaryEn the same in English
 */
public record DataCommit(String id, ZonedDateTime time, String reason, String reasonEn, boolean publication, boolean readable,
        List<Change> changes, String summaryNl, String summaryEn) {

    /** The first 10 characters of the id, as git prints it. */
    public String shortId() {
        return id.substring(0, Math.min(10, id.length()));
    }

    /** The day of the commit in Brussels. */
    public LocalDate date() {
        return time.toLocalDate();
    }

    /** RFC 3339 time for Atom and {@code <time datetime>}: {@code 2024-03-01T10:15:00+01:00}. */
    public String isoTime() {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** What changed, in few words, in the language with code {@code language} ({@code nl} or {@code en}). */
    public String summary(String language) {
        return "en".equals(language) ? summaryEn : summaryNl;
    }

    /** The public reason for readers of {@code language}: in their language when given, else in the other; or empty. */
    public String reasonIn(String language) {
        String own = "en".equals(language) ? reasonEn : reason;
        return own.isEmpty() ? ("en".equals(language) ? reason : reasonEn) : own;
    }

    /** The language {@link #reasonIn(String)} is written in, {@code nl} or {@code en}. */
    public String reasonLanguage(String language) {
        boolean english = "en".equals(language) ? !reasonEn.isEmpty() : reason.isEmpty();
        return english ? "en" : "nl";
    }
}
