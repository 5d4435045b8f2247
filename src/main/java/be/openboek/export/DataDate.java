package be.openboek.export;

import be.openboek.model.PartialDate;
import be.openboek.model.Site;
import be.openboek.model.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The date the catalog gives as issued and modified. Never the wall clock, so that a rebuild of the same records
 * gives the same files: the day of {@code SOURCE_DATE_EPOCH} when the build sets it, else the (first day of the)
 * date of the newest dated source, else the organisation's founding date.
 */
public final class DataDate {

    private DataDate() {
    }

    /**
     * @param site  the model
     * @param epoch the day of {@code SOURCE_DATE_EPOCH}, or null when it is not set
     */
    public static LocalDate of(Site site, LocalDate epoch) {
        if (epoch != null) {
            return epoch;
        }
        return site.sources().stream().map(Source::date).filter(Objects::nonNull).max(PartialDate::compareTo)
                .map(PartialDate::earliest).orElse(site.organisation().founded());
    }
}
