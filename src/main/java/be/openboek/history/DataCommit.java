package be.openboek.history;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A commit that changed the records, with its changes in words.
 *
 * @param id       the full commit id
 * @param time     when it was committed (committer time, Europe/Brussels)
 * @param message  the first line of the commit message, at most 300 characters, without control characters
 * @param readable whether its data could be loaded; when not, {@code changes} holds one unreadable entry
 * @param changes  the changes, by record type, id and field
 */
public record DataCommit(String id, ZonedDateTime time, String message, boolean readable, List<Change> changes) {

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
}
