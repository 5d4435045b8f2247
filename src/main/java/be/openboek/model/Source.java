package be.openboek.model;

/**
 * A document that figures come from.
 *
 * @param id              slug
 * @param title           title of the document or page
 * @param kind            kind of document
 * @param date            date of the document, or null
 * @param dateApproximate whether {@code date} is an estimate
 * @param publisher       who published it
 * @param url             where to read it, or null
 * @param notes           what it says that matters here, or null
 * @param origin          where the record was written
 */
public record Source(String id, String title, SourceKind kind, PartialDate date, boolean dateApproximate,
        String publisher, String url, String notes, Origin origin) implements Identified {
}
