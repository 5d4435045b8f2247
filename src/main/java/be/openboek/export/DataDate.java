package be.openboek.export;

import be.openboek.history.History;
import be.openboek.model.PartialDate;
import be.openboek.model.Site;
import be.openboek.model.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The date the catalog gives as issued and modified, and the datasets page as the date of the data. Never the wall
 * clock, so that a rebuild of the same commit gives the same files: the day of {@code SOURCE_DATE_EPOCH} when the
 * build sets it; else the day (in Brussels) of the newest commit that changed a record, when the history is
 * available; else the (first day of the) date of the newest dated source; else the organisation's founding date.
 */
public final class DataDate {

    private DataDate() {
    }

    /** The data date of {@code site}, with {@code SOURCE_DATE_EPOCH} read from the environment. */
    public static LocalDate of(Site site, History history) {
        return of(site, history, sourceDateEpoch());
    }

    /** The day of {@code SOURCE_DATE_EPOCH} in Brussels, or null when it is not set. */
    public static LocalDate sourceDateEpoch() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneId.of("Europe/Brussels")).toLocalDate();
        }
        return null;
    }

    /**
     * @param site    the model
     * @param history the change history of the records
     * @param epoch   the day of {@code SOURCE_DATE_EPOCH}, or null when it is not set
     */
    public static LocalDate of(Site site, History history, LocalDate epoch) {
        if (epoch != null) {
            return epoch;
        }
        if (history.available() && !history.commits().isEmpty()) {
            return history.commits().get(history.commits().size() - 1).date();
        }
        return site.sources().stream().map(Source::date).filter(Objects::nonNull).max(PartialDate::compareTo)
                .map(PartialDate::earliest).orElse(site.organisation().founded());
    }
}
