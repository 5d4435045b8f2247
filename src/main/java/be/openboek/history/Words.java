package be.openboek.history;

/**
 * One change in words, in one language.
 *
 * @param text    the whole change as one line: "Subsidie 2017 — bedrag: € 3.959.000 → € 3.960.000", or
 *                "Subsidie 2019 toegevoegd (€ 3.960.000)"
 * @param subject what changed: "Subsidie 2017 — bedrag"; for a record added or removed, or a commit that could not
 *                be read, the same as {@code text}
 * @param before  the old value; null when the change has no values (a record added or removed, an unreadable commit)
 * @param after   the new value; null exactly when {@code before} is
 */
public record Words(String text, String subject, Value before, Value after) {

    /** A change told in one sentence, without values. */
    static Words sentence(String text) {
        return new Words(text, text, null, null);
    }

    /** A value that changed: "subject: before → after". */
    static Words values(String subject, Value before, Value after) {
        return new Words(subject + ": " + before.plain() + " → " + after.plain(), subject, before, after);
    }
}
