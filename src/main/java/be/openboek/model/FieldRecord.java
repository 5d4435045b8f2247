package be.openboek.model;

/**
 * A record whose values are held by {@link Fields}: every record type and every mapping inside one. Code that
 * treats all fields alike (the JSON API, the change log) reads them from here, in the order of the field table.
 */
public interface FieldRecord {

    /** The record's values by field name. */
    Fields fields();
}
