package be.openboek.model;

import java.util.List;

/**
 * A relation from one record to another record or page (a service's origin project, a project's call, a page that
 * answers a question), with what it rests on: the sources that state it, or our reading with the reason for it.
 * Exactly one of the two is given; the validator reports a link with neither or both. A link written as a bare id
 * (how records were written before links carried their basis) has neither, so old commits still load for the change
 * log, while the current records must say what each link rests on.
 */
public interface Link extends FieldRecord {

    /** The field holding the id or page linked to: {@code project}, {@code call} or {@code page}. */
    String targetField();

    /** The id or page linked to. */
    default String target() {
        return fields().text(targetField());
    }

    /** The sources that state the relation; empty when it is our reading. */
    default List<String> sources() {
        return fields().list("sources", String.class);
    }

    /** Why we link the records, in Dutch, when no source states it; else null. */
    default String ourReading() {
        return fields().text("our_reading");
    }

    /** The same reason in English, or null (English pages then show the Dutch). */
    default String ourReadingEn() {
        return fields().text("our_reading_en");
    }

    /** What the link rests on; null when it says neither (a validation error). */
    default LinkBasis basis() {
        if (!sources().isEmpty()) {
            return LinkBasis.SOURCE;
        }
        return ourReading() == null ? null : LinkBasis.OUR_READING;
    }
}
