package be.openboek.history;

import be.openboek.problem.Problem;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Why the history could be read only in part, and from which commit on the change log is complete: every change
 * made after that commit is listed. The change log page, its feed and the description of the {@code changes}
 * dataset say so; the build prints it as a warning and still succeeds.
 *
 * @param cause  why it is incomplete; when several parts could not be read, the cause of the newest
 * @param file   what to look at, relative to the project folder: the git folder, the record file that was too large,
 *               or the linked record folder
 * @param detail what could not be read, in English, cleaned of control characters, for the warning
 * @param commit the full id of the commit from which on the change log is complete, or empty when not even the
 *               newest commit could be read
 * @param time   when that commit was made (committer time, Europe/Brussels), or null when {@code commit} is empty
 */
public record Gap(Cause cause, String file, String detail, String commit, ZonedDateTime time) {

    /** What kept part of the history from being read. */
    public enum Cause {
        /** A shallow clone: the commits before the oldest one fetched are missing. */
        SHALLOW("shallow", "; fetch the whole history with git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0)"),
        /** A commit, folder or file of the repository is missing or damaged. */
        UNREADABLE("unreadable", "; check the repository with git fsck, or clone it again"),
        /** A record file was larger than the loader reads ({@link be.openboek.load.YamlTreeReader#MAX_FILE_BYTES}). */
        TOO_LARGE("too_large", ""),
        /** A record folder was a symbolic link, which the history does not follow (links to files it does). */
        LINKED_FOLDER("linked_folder", "; keep the record files themselves in data/ and content/");

        private final String code;
        private final String fix;

        Cause(String code, String fix) {
            this.code = code;
            this.fix = fix;
        }

        /** {@code shallow}, {@code unreadable}, {@code too_large} or {@code linked_folder}. */
        public String code() {
            return code;
        }
    }

    /** The first 10 characters of the commit id, as git prints it; empty without a commit. */
    public String shortId() {
        return commit.substring(0, Math.min(10, commit.length()));
    }

    /** The day of the commit in Brussels, or null without a commit. */
    public LocalDate date() {
        return time == null ? null : time.toLocalDate();
    }

    /** The warning the build prints: one line, naming what could not be read and from where the log is complete. */
    public Problem warning() {
        String complete = commit.isEmpty() ? "not even the newest commit could be read, so recent changes may be missing"
                : "the change log is complete from commit " + shortId() + " (" + date() + ") on";
        return new Problem(file, 0, 0, "", "the git history could be read only in part (" + detail + "); "
                + complete + cause.fix, "");
    }
}
