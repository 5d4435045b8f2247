package be.openboek.model;

/**
 * A project a service grew out of (an item of a service's {@code origin_projects}).
 *
 * @param fields its values
 */
public record OriginProject(Fields fields) implements Link {

    @Override
    public String targetField() {
        return "project";
    }
}
