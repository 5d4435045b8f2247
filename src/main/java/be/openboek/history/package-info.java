/**
 * History: reads the git history of the record files with JGit and turns it into a change log in words,
 * by loading the records of each commit and comparing them record by record, field by field. Reads
 * the repository only, and of it only the record files; never writes to it, never shells out to {@code git},
 * never throws at the user: without a usable history (no repository, no commits) it says so in a
 * {@link be.openboek.history.History} value, and where only part of it could be read (a shallow clone, a damaged
 * object, a record file too large) the history carries a {@link be.openboek.history.Gap} saying from which commit on
 * it is complete. Of a commit message only its public reason leaves this package (the {@code Toelichting:} and
 * {@code Explanation:} trailers, see {@link be.openboek.history.CommitText}), cut short and without control
 * characters, never its subject line; what changed is told from the records themselves, old and new value side by
 * side, in Dutch and English words. Knows the model, the field tables and the loader; knows nothing of pages or
 * datasets.
 */
package be.openboek.history;
