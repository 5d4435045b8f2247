/**
 * History: reads the git history of {@code data/} with JGit and turns it into a change log in words,
 * by loading the records of each commit and comparing them record by record, field by field. Reads
 * the repository only; never writes to it, never shells out to {@code git}, never throws at the user:
 * without a usable history (no repository, a shallow clone) it says so in a {@link be.openboek.history.History}
 * value. Knows the model and the loader; knows nothing of pages or datasets.
 */
package be.openboek.history;
