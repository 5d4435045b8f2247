package be.openboek.model;

/**
 * Where a record was written: its file and its field path inside that file, so later stages can
 * point at it in a problem.
 *
 * @param file project-relative path, e.g. {@code data/projects/bieblo.yaml}
 * @param path field path of the record inside the file, e.g. {@code subsidies[2]}, or empty
 */
public record Origin(String file, String path) {

    /** The field path of {@code field} inside this record. */
    public String field(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
