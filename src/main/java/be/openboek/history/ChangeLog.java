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

    /**
     * The next commit whose data/ or content/ differs from the one before. It becomes an entry only when a value of a
     * record changed, whoever made the commit: the same records written otherwise are no change (see {@link SiteDiff}).
     * It is a publication when it gives a public reason or changed nothing but records (see {@link CommitScope}).
     *
     * @param onlyRecords whether every file the commit changed is in {@code data/} or {@code content/}
     */
    void add(RevCommit commit, CommitLoader.Snapshot snapshot, boolean onlyRecords) {
        ZonedDateTime time = time(commit);
        String reason = CommitText.trailer(commit, CommitText.REASON);
        String reasonEn = CommitText.trailer(commit, CommitText.REASON_EN);
        String shown = reason.isEmpty() ? reasonEn : reason;
        boolean publication = onlyRecords || !shown.isEmpty();
        String id = commit.getName();
        if (!snapshot.isLoaded()) {
            String nl = Wording.NL.unreadable(snapshot.cause(), snapshot.file());
            String en = Wording.EN.unreadable(snapshot.cause(), snapshot.file());
            commits.add(new DataCommit(id, time, reason, reasonEn, publication, false, List.of(new Change(id, time, shown,
                    publication, "", "", Change.Kind.UNREADABLE, "", Words.sentence(nl), Words.sentence(en))), nl, en));
            if (snapshot.isGap()) {
                gap(snapshot);
            }
            return;
        }
        if (known != null) {
            List<SiteDiff.Found> found = SiteDiff.compare(known, snapshot.site());
            if (!found.isEmpty()) {
                // Record texts of old commits were never validated: the words clean them as the reasons are.
                List<Change> changes = found.stream().map(f -> new Change(id, time, shown, publication, f.type(), f.id(), f.kind(),
                        f.field(), Wording.NL.words(f), Wording.EN.words(f))).toList();
                commits.add(new DataCommit(id, time, reason, reasonEn, publication, true, changes, Wording.NL.summary(found),
                        Wording.EN.summary(found)));
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

    History history() {
        // By time; commits of the same second keep the order in which they landed on the line (the sort is stable).
        commits.sort(Comparator.comparing(DataCommit::time));
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
