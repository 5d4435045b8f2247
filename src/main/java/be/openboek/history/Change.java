package be.openboek.history;

import be.openboek.model.Coded;
import java.time.ZonedDateTime;

/**
 * One change to one record in one commit, in words: a line of the change log and a row of the {@code changes}
 * dataset.
 *
 * @param commit     the full commit id
 * @param time       when it was committed (committer time, Europe/Brussels)
 * @param reason     the commit's public reason (its {@code Toelichting:} trailer, else its {@code Explanation:}
 *                   trailer), at most 300 characters, without control characters; empty when it gives none
 * @param publication whether the commit is a publication by staff, not a technical change (see {@link CommitScope})
 * @param recordType {@code organisation}, {@code source}, {@code call}, {@code subsidy}, {@code project},
 *                   {@code service} or {@code question}; empty for an unreadable commit
 * @param recordId   the record's id; empty for the organisation and an unreadable commit
 * @param kind       added, removed, changed, or unreadable
 * @param field      for a changed value: where it is in the record, as in the YAML ({@code amount},
 *                   {@code period.start}, {@code prices.amount}); else empty
 * @param nl         the change in Dutch, e.g. "Subsidie 2017 — bedrag: € 3.959.000 → € 3.960.000"
 * @param en         the change in English, e.g. "Subsidy 2017 — amount: € 3.959.000 → € 3.960.000"
 */
public record Change(String commit, ZonedDateTime time, String reason, boolean publication, String recordType, String recordId,
        Kind kind, String field, Words nl, Words en) {

    /** What happened to the record. */
    public enum Kind implements Coded {
        ADDED("added"),
        REMOVED("removed"),
        CHANGED("changed"),
        /** The commit's data could not be loaded, so it could not be compared. */
        UNREADABLE("unreadable");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** The change in the language with code {@code language} ({@code nl} or {@code en}). */
    public Words in(String language) {
        return "en".equals(language) ? en : nl;
    }

    /** The change in Dutch, as one line. */
    public String text() {
        return nl.text();
    }
}
