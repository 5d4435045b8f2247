package be.openboek.history;

import be.openboek.text.ControlCharacters;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of a text word by word (java-diff-utils' Myers diff) and keeps what a reader of the change
 * log needs: the passages around the words removed and added, with a few words of context, the changed words marked.
 * A text counts as changed only when its words change: wrapping its lines differently, indenting it, or writing it
 * as another kind of YAML string changes nothing a reader sees, so it is no change.
 *
 * <p>Bounded for any input, since old commits were never validated: only the part between the common start and end
 * is compared word by word, and only when it is at most {@link #MAX_COMPARED} words (else it reads as replaced
 * whole); a run of changed words shows its start and end; at most {@link #MAX_PASSAGES} passages are shown.
 */
final class TextDiff {

    /** Texts of at most this many characters (both versions) are shown whole, the changed words marked. */
    static final int SHORT = 80;
    /** Unchanged words shown on either side of a change. */
    static final int CONTEXT = 4;
    /** Changed words shown in a row; a longer run shows its first and last half of these. */
    static final int MAX_RUN = 24;
    /** Passages shown; the others are counted. */
    static final int MAX_PASSAGES = 3;
    /** Words compared with the diff, both versions together, after the common start and end are set aside. */
    static final int MAX_COMPARED = 4000;
    private static final String ELLIPSIS = "…";

    /**
     * One version of the text as shown.
     *
     * @param pieces the passages, the changed words marked; empty when the text was empty
     */
    record Side(List<Value.Piece> pieces) {

        boolean empty() {
            return pieces.isEmpty();
        }
    }

    /**
     * What changed in a text.
     *
     * @param before the old version's passages
     * @param after  the new version's passages
     * @param hidden how many more passages changed than are shown
     */
    record Result(Side before, Side after, int hidden) {
    }

    /** A changed stretch: words {@code [a, aEnd)} of the old version became words {@code [b, bEnd)} of the new. */
    private record Delta(int a, int aEnd, int b, int bEnd) {
    }

    private TextDiff() {
    }

    /** What changed from {@code before} to {@code after} (null counts as empty); null when their words are the same. */
    static Result compare(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if (a.equals(b)) {
            return null;
        }
        if (a.isEmpty() || b.isEmpty()) {
            // Filled in or emptied: the text itself is the change, shown from its start.
            Side text = new Side(start(a.isEmpty() ? b : a));
            Side none = new Side(List.of());
            return a.isEmpty() ? new Result(none, text, 0) : new Result(text, none, 0);
        }
        boolean whole = String.join(" ", a).length() <= SHORT && String.join(" ", b).length() <= SHORT;
        List<List<Delta>> passages = passages(deltas(a, b), whole ? Integer.MAX_VALUE / 4 : CONTEXT);
        int shown = whole ? passages.size() : Math.min(MAX_PASSAGES, passages.size());
        int context = whole ? Integer.MAX_VALUE / 4 : CONTEXT;
        Value.Builder old = new Value.Builder();
        Value.Builder now = new Value.Builder();
        for (int i = 0; i < shown; i++) {
            List<Delta> passage = passages.get(i);
            boolean last = i == shown - 1;
            boolean more = last && shown < passages.size();
            write(old, a, passage, true, context, i > 0, last, more);
            write(now, b, passage, false, context, i > 0, last, more);
        }
        return new Result(new Side(old.build("").pieces()), new Side(now.build("").pieces()), passages.size() - shown);
    }

    /** The words of {@code text}, split at any white space, without control characters. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || CommitText.separatesWords(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else if (!ControlCharacters.isForbidden(c)) {
                word.appendCodePoint(c);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The changed stretches, in order, as positions in both versions. */
    private static List<Delta> deltas(List<String> a, List<String> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<String> middleA = a.subList(start, endA);
        List<String> middleB = b.subList(start, endB);
        if (middleA.size() + middleB.size() > MAX_COMPARED || middleA.isEmpty() || middleB.isEmpty()) {
            return List.of(new Delta(start, endA, start, endB));
        }
        List<Delta> deltas = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(middleA, middleB).getDeltas()) {
            int from = start + d.getSource().getPosition();
            int to = start + d.getTarget().getPosition();
            deltas.add(new Delta(from, from + d.getSource().size(), to, to + d.getTarget().size()));
        }
        return deltas;
    }

    /** Deltas close enough that their contexts would meet form one passage. */
    private static List<List<Delta>> passages(List<Delta> deltas, int context) {
        List<List<Delta>> passages = new ArrayList<>();
        for (Delta d : deltas) {
            List<Delta> current = passages.isEmpty() ? null : passages.get(passages.size() - 1);
            if (current != null && d.a() - current.get(current.size() - 1).aEnd() <= 2 * context) {
                current.add(d);
            } else {
                passages.add(new ArrayList<>(List.of(d)));
            }
        }
        return passages;
    }

    /**
     * Writes one passage of one version: context, changed words (marked), the unchanged words between changes, and
     * context again; an ellipsis where text is left out.
     */
    private static void write(Value.Builder out, List<String> words, List<Delta> passage, boolean old, int context,
            boolean afterAnother, boolean last, boolean more) {
        Delta first = passage.get(0);
        Delta end = passage.get(passage.size() - 1);
        int from = Math.max(0, (old ? first.a() : first.b()) - context);
        int to = Math.min(words.size(), (old ? end.aEnd() : end.bEnd()) + context);
        if (afterAnother) {
            out.add(" " + ELLIPSIS, false);
        } else if (from > 0) {
            out.add(ELLIPSIS, false);
        }
        int at = from;
        for (Delta d : passage) {
            int changeStart = old ? d.a() : d.b();
            int changeEnd = old ? d.aEnd() : d.bEnd();
            if (changeStart > at) {
                out.space().add(String.join(" ", words.subList(at, changeStart)), false);
            }
            if (changeEnd > changeStart) {
                out.space().add(run(words.subList(changeStart, changeEnd)), true);
            }
            at = changeEnd;
        }
        if (to > at) {
            out.space().add(String.join(" ", words.subList(at, to)), false);
        }
        if (last && (to < words.size() || more)) {
            out.space().add(ELLIPSIS, false);
        }
    }

    /** A run of changed words; a long one as its start and end. */
    private static String run(List<String> words) {
        if (words.size() <= MAX_RUN) {
            return String.join(" ", words);
        }
        int half = MAX_RUN / 2;
        return String.join(" ", words.subList(0, half)) + " " + ELLIPSIS + " "
                + String.join(" ", words.subList(words.size() - half, words.size()));
    }

    /** The start of a text filled in or emptied, all of it changed. */
    private static List<Value.Piece> start(List<String> words) {
        if (words.size() <= 2 * MAX_RUN) {
            return List.of(new Value.Piece(String.join(" ", words), true));
        }
        return List.of(new Value.Piece(String.join(" ", words.subList(0, 2 * MAX_RUN)), true),
                new Value.Piece(" " + ELLIPSIS, false));
    }
}
