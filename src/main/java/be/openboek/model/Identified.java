package be.openboek.model;

/** A record with a slug id that becomes part of its URL. */
public interface Identified {

    /** The record's id: a lowercase slug. */
    String id();

    /** Where the record was written. */
    Origin origin();
}
