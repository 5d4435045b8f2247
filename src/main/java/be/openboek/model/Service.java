package be.openboek.model;

import java.util.List;

/**
 * A service offered to local players, usually scaled up from projects.
 *
 * @param id               slug
 * @param name             name
 * @param description      what it does
 * @param launched         when it started, or null
 * @param originProjects   ids of the projects it came from
 * @param subscribers      who can subscribe
 * @param priceModel       how the price is set, or null when no source says
 * @param priceNote        the price in words, or null
 * @param prices           published price lines
 * @param cooperativeTerms how subscribers co-decide, or null
 * @param sources          source ids
 * @param origin           where the record was written
 */
public record Service(String id, String name, String description, PartialDate launched, List<String> originProjects,
        String subscribers, PriceModel priceModel, String priceNote, List<PriceLine> prices, String cooperativeTerms,
        List<String> sources, Origin origin) implements Identified {
}
