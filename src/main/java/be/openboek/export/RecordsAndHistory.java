package be.openboek.export;

import be.openboek.history.History;
import be.openboek.model.Site;

/**
 * What the tables are made of: the records, and the history of their changes (for the {@code changes} table).
 *
 * @param site    the validated model
 * @param history the changes read from git; unavailable outside a full clone
 */
public record RecordsAndHistory(Site site, History history) {
}
