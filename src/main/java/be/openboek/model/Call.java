package be.openboek.model;

import java.util.List;

/**
 * A project call: a round in which local institutions submit ideas and projects are selected.
 *
 * @param id          slug
 * @param title       title
 * @param opened      when submissions opened, or null
 * @param closed      deadline, or null
 * @param description what was asked and how it went
 * @param sources     source ids
 * @param origin      where the record was written
 */
public record Call(String id, String title, PartialDate opened, PartialDate closed, String description,
        List<String> sources, Origin origin) implements Identified {
}
