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
 * @param language   the language of the text when it comes from the records: {@code nl}, or {@code en} for a field
 *                   in English ({@code answer_en}); empty when it is written by the site in the page's language (an
 *                   amount, a date, a status's label), so that a page can mark text in another language as such
 * @param note       words of the site after the value, in the page's language, e.g. "(en nog 2 plaatsen in deze
 *                   tekst)"; empty when none
 */
public record Value(List<Piece> pieces, boolean empty, String language, String note) {

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

    /** A value shown whole, as one unmarked piece, in {@code language} (empty: the page's). */
    static Value whole(String text, String language) {
        return new Value(List.of(new Piece(CommitText.clean(text), false)), false, language, "");
    }

    /** No value, said in words ({@code words}). */
    static Value none(String words) {
        return new Value(List.of(new Piece(words, false)), true, "", "");
    }

    /** The same value followed by {@code note}. */
    Value withNote(String note) {
        return new Value(pieces, empty, language, note);
    }

    /** The value as plain text, its note included, e.g. for the {@code changes} dataset. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        pieces.forEach(p -> out.append(p.text()));
        return note.isEmpty() ? out.toString() : out + " " + note;
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

        Value build(String language) {
            return new Value(pieces, false, language, "");
        }
    }
}
