package be.openboek.history;

import java.util.ArrayList;
import java.util.List;

/**
 * One side of a change as a reader sees it, in one language: the old or the new value, in pieces of which the marked
 * ones are the words that changed (removed on the old side, added on the new side). A value shown whole (an amount,
 * a date, a status, a link) is one unmarked piece; a text shows the passages around its changed words, so that a
 * long description does not fill the change log.
 *
 * @param pieces     the value's text in order; joined, they read as the value
 * @param empty      whether there was no value; the pieces then say so in words, e.g. "(geen)"
 * @param recordText whether the text comes from the records (written in Dutch), not from the interface (a date, a
 *                   status's label), so that an English page can mark it as Dutch
 */
public record Value(List<Piece> pieces, boolean empty, boolean recordText) {

    /**
     * A run of text of a value.
     *
     * @param text   the text, spaces included
     * @param marked whether it is a changed part: words removed (old side) or added (new side)
     */
    public record Piece(String text, boolean marked) {
    }

    public Value {
        pieces = List.copyOf(pieces);
    }

    /** A value shown whole, as one unmarked piece. */
    static Value whole(String text, boolean recordText) {
        return new Value(List.of(new Piece(CommitText.clean(text), false)), false, recordText);
    }

    /** No value, said in words ({@code words}). */
    static Value none(String words) {
        return new Value(List.of(new Piece(words, false)), true, false);
    }

    /** The value as plain text, e.g. for the {@code changes} dataset. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        pieces.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** Builds a value piece by piece, joining neighbouring pieces of the same kind. */
    static final class Builder {

        private final List<Piece> pieces = new ArrayList<>();

        Builder add(String text, boolean marked) {
            if (text.isEmpty()) {
                return this;
            }
            int last = pieces.size() - 1;
            if (last >= 0 && pieces.get(last).marked() == marked) {
                pieces.set(last, new Piece(pieces.get(last).text() + text, marked));
            } else {
                pieces.add(new Piece(text, marked));
            }
            return this;
        }

        /** A space, unless the value is empty so far or already ends in one. */
        Builder space() {
            if (!pieces.isEmpty() && !pieces.get(pieces.size() - 1).text().endsWith(" ")) {
                add(" ", false);
            }
            return this;
        }

        Value build(boolean recordText) {
            return new Value(pieces, false, recordText);
        }
    }
}
