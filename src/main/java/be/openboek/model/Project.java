package be.openboek.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A co-creation project.
 *
 * @param id          slug
 * @param title       title
 * @param call        id of the call it was selected in, or null
 * @param period      when it ran, or null
 * @param status      lifecycle status
 * @param objective   what it set out to do
 * @param results     what came out of it, or null when no source says
 * @param partners    local institutions and firms
 * @param themes      themes
 * @param budget      euro, or null when not published
 * @param description Markdown description, or null
 * @param sources     source ids
 * @param origin      where the record was written
 */
public record Project(String id, String title, String call, Period period, ProjectStatus status, String objective,
        String results, List<Partner> partners, List<String> themes, BigDecimal budget, String description,
        List<String> sources, Origin origin) implements Identified {
}
