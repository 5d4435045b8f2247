package be.openboek.history;

import be.openboek.model.Identified;
import be.openboek.problem.Problem;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The change history of the records, or why there is none, and which part of it is missing.
 *
 * @param available   whether the history could be read, at least in part (see {@code gap})
 * @param reason      when not available: why, in Dutch; else empty
 * @param fix         when not available: how to make it available, in Dutch; else empty
 * @param commits     the commits that changed records, oldest first (by commit time; those of the same second in the
 *                    order they landed on the branch)
 * @param lastChanged per record key ({@code project/bieblo}), when it last changed
 * @param gap         when the history could be read only in part: what is missing and from which commit on it is
 *                    complete; null when it was read whole (or is not available)
 */
public record History(boolean available, String reason, String fix, List<DataCommit> commits,
        Map<String, ZonedDateTime> lastChanged, Gap gap) {

    /** A history that could not be read, with the reason and the fix shown to readers and staff. */
    public static History unavailable(String reason, String fix) {
        return new History(false, reason, fix, List.of(), Map.of(), null);
    }

    /** What the build should warn about: the gap in the history, if any. A warning never fails the build. */
    public List<Problem> warnings() {
        return gap == null ? List.of() : List.of(gap.warning());
    }

    /** The commits newest first, as the change log and the feed show them. */
    public List<DataCommit> newestFirst() {
        List<DataCommit> reversed = new ArrayList<>(commits);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    /** Every change of every commit, oldest first: the rows of the {@code changes} dataset. */
    public List<Change> changes() {
        return commits.stream().flatMap(c -> c.changes().stream()).toList();
    }

    /** The day {@code record} last changed in a commit, when known. */
    public Optional<LocalDate> lastChanged(Identified record) {
        return Optional.ofNullable(lastChanged.get(SiteDiff.key(record))).map(ZonedDateTime::toLocalDate);
    }
}
