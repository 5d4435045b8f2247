package be.openboek.model;

/**
 * A page of the site that answers a part of the parliamentary question (an item of a question's
 * {@code answered_by}): {@code subsidies}, {@code projects}, {@code services}, {@code sources} or {@code <type>/<id>}.
 *
 * @param fields its values
 */
public record AnswerPage(Fields fields) implements Link {

    @Override
    public String targetField() {
        return "page";
    }
}
