package be.openboek.history;

import be.openboek.model.Site;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The change log while it is read, commit by commit, oldest first: compares each commit's records with the last
 * ones that loaded, and remembers the newest part of the history that could not be read, to say from which commit
 * on the log is complete (the first commit after it whose records loaded).
 */
final class ChangeLog {

    private static final String UNREADABLE = "De gegevens van deze commit konden niet gelezen worden";

    /** The last records that loaded; null while not known (the commit the log starts from did not load). */
    private Site known;
    private final List<DataCommit> commits = new ArrayList<>();
    private CommitLoader.Snapshot newestGap;
    private RevCommit completeFrom;

    /** @param start the records the log starts from: none for a log from the first commit, else null until loaded */
    ChangeLog(Site start) {
        this.known = start;
    }

    /** Part of the history before the next commit could not be read. */
    void gap(CommitLoader.Snapshot gap) {
        newestGap = gap;
        completeFrom = null;
    }

    /** The commit the log starts from: its records count as already there. */
    void baseline(RevCommit commit, CommitLoader.Snapshot snapshot) {
        if (snapshot.isLoaded()) {
            known = snapshot.site();
            loaded(commit);
        } else if (snapshot.isGap()) {
            gap(snapshot);
        }
    }

    /** The next commit whose data/ or content/ differs from the one before. */
    void add(RevCommit commit, CommitLoader.Snapshot snapshot) {
        ZonedDateTime time = time(commit);
        String message = CommitText.firstLine(commit.getFullMessage());
        String id = commit.getName();
        if (!snapshot.isLoaded()) {
            commits.add(new DataCommit(id, time, message, false, List.of(new Change(id, time, message, "", "",
                    Change.Kind.UNREADABLE, unreadable(snapshot)))));
            if (snapshot.isGap()) {
                gap(snapshot);
            }
            return;
        }
        if (known != null) {
            // Record texts of old commits were never validated: clean them as the messages are.
            List<Change> changes = SiteDiff.compare(known, snapshot.site()).stream()
                    .map(f -> new Change(id, time, message, f.type(), f.id(), f.kind(), CommitText.clean(f.text()))).toList();
            if (!changes.isEmpty()) {
                commits.add(new DataCommit(id, time, message, true, changes));
            }
        }
        known = snapshot.site();
        loaded(commit);
    }

    private void loaded(RevCommit commit) {
        if (newestGap != null && completeFrom == null) {
            completeFrom = commit;
        }
    }

    private static String unreadable(CommitLoader.Snapshot snapshot) {
        if (snapshot.cause() == Gap.Cause.TOO_LARGE) {
            return UNREADABLE + ": " + snapshot.file() + " is te groot.";
        }
        if (snapshot.cause() == Gap.Cause.LINKED_FOLDER) {
            return UNREADABLE + ": " + snapshot.file() + " is een symbolische link naar een map.";
        }
        return snapshot.cause() == Gap.Cause.UNREADABLE ? UNREADABLE + ": de git-repository is onvolledig of beschadigd."
                : UNREADABLE + ".";
    }

    History history() {
        commits.sort(Comparator.comparing(DataCommit::time).thenComparing(DataCommit::id));
        Map<String, ZonedDateTime> lastChanged = new HashMap<>();
        for (DataCommit c : commits) {
            for (Change change : c.changes()) {
                if (change.kind() != Change.Kind.UNREADABLE) {
                    lastChanged.put(change.recordType() + "/" + change.recordId(), c.time());
                }
            }
        }
        Gap gap = newestGap == null ? null : new Gap(newestGap.cause(), newestGap.file(), newestGap.detail(),
                completeFrom == null ? "" : completeFrom.getName(), completeFrom == null ? null : time(completeFrom));
        return new History(true, "", "", List.copyOf(commits), Map.copyOf(lastChanged), gap);
    }

    private static ZonedDateTime time(RevCommit commit) {
        return Instant.ofEpochSecond(commit.getCommitTime()).atZone(HistoryReader.ZONE);
    }
}
