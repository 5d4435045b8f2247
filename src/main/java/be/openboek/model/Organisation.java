package be.openboek.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The organisation that publishes the site and whose public money it accounts for.
 *
 * @param name             name
 * @param legalForm        legal form (e.g. vzw), or null
 * @param enterpriseNumber KBO number, or null when not given
 * @param founded          founding date
 * @param predecessors     organisations it was formed from
 * @param website          its own website
 * @param contact          e-mail address or URL for questions about the data, or null
 * @param description      Markdown introduction, or null
 * @param licence          default licence of the data
 * @param baseUrl          where the site is published, ending in a slash
 * @param descriptionEn    the introduction in English (Markdown), or null (English pages then show the Dutch)
 */
public record Organisation(String name, String legalForm, String enterpriseNumber, LocalDate founded,
        List<String> predecessors, String website, String contact, String description, Licence licence,
        String baseUrl, String descriptionEn) {
}
