package be.openboek.model;

/** An enum whose values are written in YAML as a fixed code, e.g. {@code scaled_up}. */
public interface Coded {

    /** The code as written in the YAML files and the datasets. */
    String code();
}
