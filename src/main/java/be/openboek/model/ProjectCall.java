package be.openboek.model;

/**
 * The project call a project was selected in (a project's {@code call}).
 *
 * @param fields its values
 */
public record ProjectCall(Fields fields) implements Link {

    @Override
    public String targetField() {
        return "call";
    }
}
