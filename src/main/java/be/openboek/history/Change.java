package be.openboek.history;

import be.openboek.model.Coded;
import java.time.ZonedDateTime;

/**
 * One change to one record in one commit, in words: a line of the change log and a row of the
 * {@code changes} dataset.
 *
 * @param commit     the full commit id
 * @param time       when it was committed (committer time, Europe/Brussels)
 * @param message    the first line of the commit message, at most 300 characters, without control characters
 * @param recordType {@code organisation}, {@code source}, {@code call}, {@code subsidy}, {@code project},
 *                   {@code service} or {@code question}; empty for an unreadable commit
 * @param recordId   the record's id; empty for the organisation and an unreadable commit
 * @param kind       added, removed, changed, or unreadable
 * @param text       the change in Dutch, e.g. "Subsidie 2017: bedrag gewijzigd van € 3.959.000 naar € 3.960.000"
 */
public record Change(String commit, ZonedDateTime time, String message, String recordType, String recordId, Kind kind,
        String text) {

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
}
